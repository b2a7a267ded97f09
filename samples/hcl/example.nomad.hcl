# A web service: an nginx front end, registered in Consul and health-checked over HTTP,
# that proxies to the instances of the "backend" service.
#
#   nomadic hcl2json samples/hcl/example.nomad.hcl
#   nomadic job validate samples/hcl/example.nomad.hcl -var replicas=5

variable "datacenters" {
  description = "The datacenters the job may run in."
  type        = list(string)
  default     = ["dc1"]
}

variable "image_tag" {
  description = "The nginx image tag to deploy."
  type        = string
  default     = "1.27.2"
}

variable "replicas" {
  description = "How many instances of the front end to run."
  type        = number
  default     = 3
}

variable "memory_mb" {
  description = "Memory per instance in MB; values below 256 are raised to 256."
  type        = number
  default     = 128
}

variable "extra_ports" {
  description = "Additional static ports to reserve, by name."
  type        = map(number)
  default = {
    metrics = 9113
  }
}

locals {
  service_name = lower(format("%s-frontend", "Web"))
  image        = "nginx:${var.image_tag}"
  log_level    = upper("info")
  memory_mb    = max(256, var.memory_mb)
  tags         = concat(["web", "nginx"], [for dc in var.datacenters : "dc-${dc}"])
}

job "web" {
  datacenters = var.datacenters
  type        = "service"

  meta {
    owner = "platform-team"
    tier  = "frontend"
  }

  constraint {
    attribute = "${attr.kernel.name}"
    value     = "linux"
  }

  update {
    max_parallel     = 1
    min_healthy_time = "10s"
    healthy_deadline = "3m"
    auto_revert      = true
  }

  group "frontend" {
    count = var.replicas

    network {
      port "http" {
        to = 8080
      }

      dynamic "port" {
        for_each = var.extra_ports
        labels   = [port.key]

        content {
          static = port.value
        }
      }
    }

    service {
      name     = local.service_name
      port     = "http"
      provider = "consul"
      tags     = local.tags

      check {
        name     = "alive"
        type     = "http"
        path     = "/healthz"
        interval = "10s"
        timeout  = "2s"
      }
    }

    restart {
      attempts = 2
      interval = "30m"
      delay    = "15s"
      mode     = "fail"
    }

    task "nginx" {
      driver = "docker"

      config {
        image   = local.image
        ports   = ["http"]
        volumes = ["local/default.conf:/etc/nginx/conf.d/default.conf"]
      }

      env {
        SERVICE_NAME = local.service_name
        LOG_LEVEL    = local.log_level
        NODE_NAME    = "${node.unique.name}"
      }

      template {
        destination   = "local/default.conf"
        change_mode   = "signal"
        change_signal = "SIGHUP"
        data          = <<-EOT
          upstream backend {
          {{- range service "backend" }}
            server {{ .Address }}:{{ .Port }};
          {{- else }}
            server 127.0.0.1:65535; # no backend yet
          {{- end }}
          }

          server {
            listen 8080;

            location = /healthz {
              return 200 'ok';
            }

            location / {
              proxy_pass http://backend;
            }
          }
        EOT
      }

      resources {
        cpu    = 200
        memory = local.memory_mb
      }
    }
  }
}
