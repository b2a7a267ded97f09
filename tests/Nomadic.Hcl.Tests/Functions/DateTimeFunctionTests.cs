using static Nomadic.Hcl.Tests.Functions.Fn;

namespace Nomadic.Hcl.Tests.Functions;

public class DateTimeFunctionTests
{
    private const string Reference = "2006-01-02T15:04:05Z";

    [Theory]
    [InlineData("", "")]
    [InlineData("YYYY-MM-DD", "2006-01-02")]
    [InlineData("EEE, MMM D ''YY", "Mon, Jan 2 '06")]
    [InlineData("hh:mm:ss", "15:04:05")]
    [InlineData("H 'o''clock' AA", "3 o'clock PM")]
    [InlineData("H 'o''clock'", "3 o'clock")]
    [InlineData("hh:mm:ssZZZZ", "15:04:05+0000")]
    [InlineData("hh:mm:ssZZZZZ", "15:04:05+00:00")]
    [InlineData("MMMM", "January")]
    [InlineData("EEEE", "Monday")]
    [InlineData("aa", "pm")]
    [InlineData("YYYY-MM-DD'T'hh:mm:ssZ", "2006-01-02T15:04:05Z")]
    [InlineData("DD MMM YYYY hh:mm ZZZ", "02 Jan 2006 15:04 UTC")]
    [InlineData("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "Monday, 02-Jan-06 15:04:05 UTC")]
    [InlineData("EEE, DD MMM YYYY hh:mm:ss ZZZ", "Mon, 02 Jan 2006 15:04:05 UTC")]
    [InlineData("M/D h:m:s", "1/2 15:4:5")]
    [InlineData("HH", "03")]
    public void FormatDate(string format, string expected) => Same(S(expected), Call("formatdate", S(format), S(Reference)));

    [Theory]
    [InlineData("DD MMM YYYY hh:mm ZZZ", "2018-01-04T23:12:01-08:00", "04 Jan 2018 23:12 -0800")]
    [InlineData("hh:mm Z", "2018-01-04T23:12:01+05:30", "23:12 +05:30")]
    [InlineData("hh:mm Z", "2018-01-04T00:12:01.123Z", "00:12 Z")]
    [InlineData("H AA", "2018-01-04T00:12:01Z", "12 AM")]
    public void FormatDateKeepsTheOffset(string format, string timestamp, string expected) => Same(S(expected), Call("formatdate", S(format), S(timestamp)));

    [Theory]
    [InlineData("Y", "invalid date format verb \"Y\": year must either be \"YY\" or \"YYYY\"")]
    [InlineData("YYYYY", "invalid date format verb \"YYYYY\": year must either be \"YY\" or \"YYYY\"")]
    [InlineData("A", "invalid date format verb \"A\": must be \"AA\"")]
    [InlineData("a", "invalid date format verb \"a\": must be \"aa\"")]
    [InlineData("'blah blah", "unterminated literal '")]
    [InlineData("'", "unterminated literal '")]
    [InlineData("Q", "invalid date format verb \"Q\"")]
    public void FormatDateRejectsBadFormats(string format, string message)
    {
        var e = Fails("formatdate", S(format), S(Reference));
        Assert.Equal(message, e.Message);
        Assert.Equal(0, e.ArgumentIndex);
    }

    [Theory]
    [InlineData("", "not a valid RFC3339 timestamp: end of string before year")]
    [InlineData("2017-01-02", "not a valid RFC3339 timestamp: missing required time introducer 'T'")]
    [InlineData("2017-12-02t00:00:00Z", "not a valid RFC3339 timestamp: missing required time introducer 'T'")]
    [InlineData("2017:01:02", "not a valid RFC3339 timestamp: found \":01:02\" where \"-\" is expected")]
    [InlineData("2017", "not a valid RFC3339 timestamp: end of string where \"-\" is expected")]
    [InlineData("2017-01-02T", "not a valid RFC3339 timestamp: end of string before hour")]
    [InlineData("2017-01-02T00", "not a valid RFC3339 timestamp: end of string where \":\" is expected")]
    [InlineData("2017-01-02T00:00:00", "not a valid RFC3339 timestamp: end of string before UTC offset")]
    [InlineData("2017-01-02T26:00:00Z", "not a valid RFC3339 timestamp: hour must be between 0 and 23 inclusive")]
    [InlineData("2017-13-02T00:00:00Z", "not a valid RFC3339 timestamp: cannot use \"-02T00:00:00Z\" as month")]
    [InlineData("2017-02-31T00:00:00Z", "not a valid RFC3339 timestamp: day out of range")]
    [InlineData("\"2017-12-02T00:00:00Z\"", "not a valid RFC3339 timestamp: cannot use \"\\\"2017-12-02T00:00:00Z\\\"\" as year")]
    [InlineData("2-12-02T00:00:00Z", "not a valid RFC3339 timestamp: cannot use \"2-12-02T00:00:00Z\" as year")]
    [InlineData("2000-01-01T1:12:34Z", "not a valid RFC3339 timestamp: hour must have exactly two digits")]
    [InlineData("2000-01-01T01:1:34Z", "not a valid RFC3339 timestamp: minute must have exactly two digits")]
    [InlineData("2000-01-01T01:01:1Z", "not a valid RFC3339 timestamp: cannot use \"1Z\" as second")]
    [InlineData("2000-01-01T00:00:00,000Z", "not a valid RFC3339 timestamp: cannot use \",\" as timestamp segment")]
    [InlineData("2000-01-01T00:00:00+24:00", "not a valid RFC3339 timestamp: cannot use \"+24:00\" as UTC offset")]
    [InlineData("2000-01-01T00:00:00+00:60", "not a valid RFC3339 timestamp: cannot use \"+00:60\" as UTC offset")]
    public void FormatDateRejectsBadTimestamps(string timestamp, string message)
    {
        var e = Fails("formatdate", S(string.Empty), S(timestamp));
        Assert.Equal(message, e.Message);
        Assert.Equal(1, e.ArgumentIndex);
    }

    [Theory]
    [InlineData("2017-11-22T00:00:00Z", "1s", "2017-11-22T00:00:01Z")]
    [InlineData("2017-11-22T00:00:00Z", "10m1s", "2017-11-22T00:10:01Z")]
    [InlineData("2017-11-22T00:00:00Z", "-1h", "2017-11-21T23:00:00Z")]
    [InlineData("2017-11-22T00:00:00Z", "1h30m", "2017-11-22T01:30:00Z")]
    [InlineData("2017-11-22T00:00:00Z", "1.5h", "2017-11-22T01:30:00Z")]
    [InlineData("2017-11-22T00:00:00Z", "0", "2017-11-22T00:00:00Z")]
    [InlineData("2017-11-22T00:00:00Z", "24h", "2017-11-23T00:00:00Z")]
    [InlineData("2017-11-22T00:00:00+05:00", "1h", "2017-11-22T01:00:00+05:00")]
    [InlineData("2017-11-22T00:00:00.999Z", "1ms", "2017-11-22T00:00:01Z")]
    [InlineData("2017-11-22T00:00:00Z", "1500ms", "2017-11-22T00:00:01Z")]
    [InlineData("2017-11-22T00:00:00Z", "1\u00b5s", "2017-11-22T00:00:00Z")]
    public void TimeAdd(string timestamp, string duration, string expected) => Same(S(expected), Call("timeadd", S(timestamp), S(duration)));

    [Theory]
    [InlineData("2017-11-22 00:00:00Z", "1h", "not a valid RFC3339 timestamp: missing required time introducer 'T'")]
    [InlineData("2017-11-22T00:00:00Z", "1", "time: missing unit in duration \"1\"")]
    [InlineData("2017-11-22T00:00:00Z", "1d", "time: unknown unit \"d\" in duration \"1d\"")]
    [InlineData("2017-11-22T00:00:00Z", "", "time: invalid duration \"\"")]
    [InlineData("2017-11-22T00:00:00Z", "h", "time: invalid duration \"h\"")]
    public void TimeAddRejects(string timestamp, string duration, string message) => Assert.Equal(message, Fails("timeadd", S(timestamp), S(duration)).Message);
}
