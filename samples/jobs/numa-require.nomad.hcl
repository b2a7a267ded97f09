# A batch job whose tasks need every core on one NUMA node, next to their memory.
#
#   nomadic job plan samples/jobs/numa-require.nomad.hcl --nodes samples/nodes/cluster.json
#   nomadic job plan samples/jobs/numa-require.nomad.hcl --nodes samples/nodes/cluster.json -var cores=64
#
# With cores=64 no NUMA node of the sample cluster is large enough (r6a.metal has 48 per node):
# the plan fails with dimension "numa-cores" and exits 2.

variable "cores" {
  description = "Cores per instance, all on one NUMA node."
  type        = number
  default     = 16
}

job "numa-require" {
  datacenters = ["dc1", "dc2", "dc3"]
  type        = "batch"

  group "solver" {
    count = 3

    task "solve" {
      driver = "exec"

      config {
        command = "/usr/local/bin/solver"
        args    = ["--threads", "${var.cores}"]
      }

      resources {
        cores  = var.cores
        memory = 8192

        numa {
          affinity = "require"
        }
      }
    }
  }
}
