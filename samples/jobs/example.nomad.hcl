# Nomad's example job, made to show the scheduler: a web front end spread over racks, and a redis cache
# with whole cores kept close together on one NUMA node.
#
#   nomadic job plan samples/jobs/example.nomad.hcl --nodes samples/nodes/cluster.json
#   nomadic job plan samples/jobs/example.nomad.hcl --generate 1000 --summary

variable "web_count" {
  description = "How many front end instances to run."
  type        = number
  default     = 4
}

job "example" {
  datacenters = ["dc*"]
  type        = "service"

  constraint {
    attribute = "${attr.kernel.name}"
    value     = "linux"
  }

  group "web" {
    count = var.web_count

    spread {
      attribute = "${meta.rack}"
      weight    = 100
    }

    network {
      port "http" {
        to = 8080
      }
    }

    task "frontend" {
      driver = "docker"

      config {
        image = "nginx:1.27"
        ports = ["http"]
      }

      resources {
        cpu    = 500
        memory = 256
      }
    }
  }

  group "cache" {
    count = 2

    constraint {
      attribute = "${attr.cpu.arch}"
      value     = "amd64"
    }

    network {
      port "db" {
        to = 6379
      }
    }

    task "redis" {
      driver = "docker"

      config {
        image = "redis:7"
        ports = ["db"]
      }

      resources {
        cores  = 4
        memory = 1024

        numa {
          affinity = "prefer"
        }
      }
    }
  }
}
