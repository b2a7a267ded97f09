namespace Nomadic.Hcl.Syntax;

/// <summary>The kinds of node in a native-syntax tree. Each comment names the children, in order.</summary>
public enum NodeKind : byte
{
    /// <summary>A body: attributes and blocks.</summary>
    Body,

    /// <summary>An attribute <c>name = expr</c>: [expression]. Data is the name's length in bytes.</summary>
    Attribute,

    /// <summary>A block <c>type "label" { }</c>: [labels..., body]. Data is the type name's length in bytes.</summary>
    Block,

    /// <summary>A block label, quoted or bare: no children. Data is a string-table reference when the label has escapes.</summary>
    BlockLabel,

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>: no children. Data is a <see cref="LiteralKind"/>.</summary>
    Literal,

    /// <summary>A quoted or heredoc template: [parts...].</summary>
    Template,

    /// <summary>A template that is one interpolation, <c>"${x}"</c>, whose value is x's value: [expression].</summary>
    TemplateWrap,

    /// <summary>Literal text in a template: no children. Data is a string-table reference when the text was processed.</summary>
    TemplateLiteral,

    /// <summary>An <c>%{if}</c> directive or a conditional: [condition, true result, false result].</summary>
    TemplateIf,

    /// <summary>A <c>%{for}</c> directive: [key variable?, value variable, collection, body]. Data: 1 when a key variable is present.</summary>
    TemplateFor,

    /// <summary>A tuple constructor <c>[a, b]</c>: [elements...].</summary>
    Tuple,

    /// <summary>An object constructor <c>{ k = v }</c>: [items...].</summary>
    Object,

    /// <summary>One item of an object constructor: [key, value].</summary>
    ObjectItem,

    /// <summary>An object key: [expression]. Data is 1 when the key was parenthesized (always evaluated).</summary>
    ObjectKey,

    /// <summary>A variable reference, the root of a traversal: no children.</summary>
    Variable,

    /// <summary>An attribute access <c>x.name</c>: [source]. Data is the name's length in bytes; the name ends at the node's end.</summary>
    GetAttr,

    /// <summary>An index <c>x[key]</c> or legacy index <c>x.0</c>: [collection, key]. Data is 1 for the legacy form.</summary>
    Index,

    /// <summary>A splat <c>x[*].a</c> or <c>x.*.a</c>: [source, each]. Data is 1 for the attribute-only form.</summary>
    Splat,

    /// <summary>The placeholder for each element inside a splat's <c>each</c> expression: no children.</summary>
    AnonSymbol,

    /// <summary>A function call: [arguments...]. Data: the name's length in bytes, plus <see cref="SyntaxTree.ExpandFinalFlag"/>.</summary>
    FunctionCall,

    /// <summary>A <c>for</c> expression: [key var?, value var, collection, key expr?, value expr, condition?]. Data: <see cref="ForFlags"/>.</summary>
    For,

    /// <summary>An identifier declared by a <c>for</c>: no children.</summary>
    Identifier,

    /// <summary>A conditional <c>c ? a : b</c>: [condition, true result, false result].</summary>
    Conditional,

    /// <summary>A binary operation: [left, right]. Data is a <see cref="Operator"/>.</summary>
    Binary,

    /// <summary>A unary operation: [operand]. Data is a <see cref="Operator"/>.</summary>
    Unary,

    /// <summary>A parenthesized expression: [expression].</summary>
    Parentheses,

    /// <summary>A placeholder left where a syntax error was found: evaluates to an unknown value.</summary>
    Invalid,
}

/// <summary>What a <see cref="NodeKind.Literal"/> node holds.</summary>
public enum LiteralKind
{
    /// <summary>A number literal; its text is the node's source.</summary>
    Number,

    /// <summary><c>true</c>.</summary>
    True,

    /// <summary><c>false</c>.</summary>
    False,

    /// <summary><c>null</c>.</summary>
    Null,
}

/// <summary>The operators of HCL's expression language.</summary>
public enum Operator
{
    /// <summary><c>||</c>.</summary>
    Or = 1,

    /// <summary><c>&amp;&amp;</c>.</summary>
    And,

    /// <summary><c>==</c>.</summary>
    Equal,

    /// <summary><c>!=</c>.</summary>
    NotEqual,

    /// <summary><c>&gt;</c>.</summary>
    GreaterThan,

    /// <summary><c>&gt;=</c>.</summary>
    GreaterThanOrEqual,

    /// <summary><c>&lt;</c>.</summary>
    LessThan,

    /// <summary><c>&lt;=</c>.</summary>
    LessThanOrEqual,

    /// <summary><c>+</c>.</summary>
    Add,

    /// <summary><c>-</c> between two operands.</summary>
    Subtract,

    /// <summary><c>*</c>.</summary>
    Multiply,

    /// <summary><c>/</c>.</summary>
    Divide,

    /// <summary><c>%</c>.</summary>
    Modulo,

    /// <summary>Unary <c>-</c>.</summary>
    Negate,

    /// <summary>Unary <c>!</c>.</summary>
    Not,
}

/// <summary>Flags of a <see cref="NodeKind.For"/> node.</summary>
[Flags]
public enum ForFlags
{
    /// <summary>No flags: a tuple-producing <c>[for v in c : e]</c>.</summary>
    None = 0,

    /// <summary>Produces an object (<c>{for ...}</c>).</summary>
    Object = 1,

    /// <summary>Declares a key variable.</summary>
    HasKeyVariable = 2,

    /// <summary>Has an <c>if</c> condition.</summary>
    HasCondition = 4,

    /// <summary>Groups values by key (<c>...</c>).</summary>
    Group = 8,

    /// <summary>Has a key expression (<c>k =&gt; v</c>).</summary>
    HasKeyExpression = 16,
}
