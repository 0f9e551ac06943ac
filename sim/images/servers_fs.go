package images

// NginxWelcome is nginx's default index.html (nginx 1.27, Debian package).
const NginxWelcome = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`

const nginx50x = `<!DOCTYPE html>
<html>
<head>
<title>Error</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>An error occurred.</h1>
<p>Sorry, the page you are looking for is currently unavailable.<br/>
Please try again later.</p>
<p>If you are the system administrator of this resource then you should check
the error log for details.</p>
<p><em>Faithfully yours, nginx.</em></p>
</body>
</html>
`

const nginxConf = `
user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /var/run/nginx.pid;


events {
    worker_connections  1024;
}


http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;

    log_format  main  '$remote_addr - $remote_user [$time_local] "$request" '
                      '$status $body_bytes_sent "$http_referer" '
                      '"$http_user_agent" "$http_x_forwarded_for"';

    access_log  /var/log/nginx/access.log  main;

    sendfile        on;
    #tcp_nopush     on;

    keepalive_timeout  65;

    #gzip  on;

    include /etc/nginx/conf.d/*.conf;
}
`

const nginxDefaultConf = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`

// nginxEntrypoint is a shortened /docker-entrypoint.sh with the lines it
// really prints.
const nginxEntrypoint = `#!/bin/sh
# vim:sw=4:ts=4:et

set -e

entrypoint_log() {
    if [ -z "${NGINX_ENTRYPOINT_QUIET_LOGS:-}" ]; then
        echo "$@"
    fi
}

if [ "$1" = "nginx" ] || [ "$1" = "nginx-debug" ]; then
    entrypoint_log "$0: /docker-entrypoint.d/ is not empty, will attempt to perform configuration"
    entrypoint_log "$0: Looking for shell scripts in /docker-entrypoint.d/"
    entrypoint_log "$0: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh"
    entrypoint_log "10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf"
    entrypoint_log "10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf"
    entrypoint_log "$0: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh"
    entrypoint_log "$0: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh"
    entrypoint_log "$0: Launching /docker-entrypoint.d/30-tune-worker-processes.sh"
    entrypoint_log "$0: Configuration complete; ready for start up"
fi

exec "$@"
`

func nginxFS() []File {
	b := debianBase()
	b.progs("/usr/sbin", "nginx").bins("/usr/bin", "busybox", "curl")
	b.mode("/docker-entrypoint.sh", nginxEntrypoint, 0o755)
	b.dir("/docker-entrypoint.d", "/var/cache/nginx", "/var/log/nginx", "/etc/nginx/conf.d")
	b.file("/etc/nginx/nginx.conf", nginxConf).file("/etc/nginx/conf.d/default.conf", nginxDefaultConf)
	b.file("/etc/nginx/mime.types", "types {\n    text/html                                        html htm shtml;\n    text/css                                         css;\n}\n")
	b.file("/usr/share/nginx/html/index.html", NginxWelcome).file("/usr/share/nginx/html/50x.html", nginx50x)
	b.file("/var/log/nginx/access.log", "").file("/var/log/nginx/error.log", "")
	return b.list()
}

func tomcatFS() []File {
	b := debianBase()
	b.progs("/usr/local/tomcat/bin", "catalina.sh")
	b.mode("/usr/local/tomcat/bin/startup.sh", "#!/bin/sh\nexec catalina.sh start \"$@\"\n", 0o755)
	b.mode("/usr/local/tomcat/bin/shutdown.sh", "#!/bin/sh\nexec catalina.sh stop \"$@\"\n", 0o755)
	b.progs("/usr/local/openjdk-8/bin", "java")
	b.bins("/usr/bin", "busybox", "curl", "wget") // buildpack-deps:curl underneath
	b.dir("/usr/local/tomcat/webapps", "/usr/local/tomcat/lib", "/usr/local/tomcat/logs", "/usr/local/tomcat/temp", "/usr/local/tomcat/work")
	b.file("/usr/local/tomcat/conf/server.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Server port=\"8005\" shutdown=\"SHUTDOWN\">\n  <Service name=\"Catalina\">\n    <Connector port=\"8080\" protocol=\"HTTP/1.1\" connectionTimeout=\"20000\" redirectPort=\"8443\" />\n    <Engine name=\"Catalina\" defaultHost=\"localhost\">\n      <Host name=\"localhost\"  appBase=\"webapps\" unpackWARs=\"true\" autoDeploy=\"true\" />\n    </Engine>\n  </Service>\n</Server>\n")
	b.file("/usr/local/tomcat/RELEASE-NOTES", "Apache Tomcat Version 7.0.109\n")
	for _, app := range []string{"ROOT", "docs", "examples", "host-manager", "manager"} {
		b.file("/usr/local/tomcat/webapps.dist/"+app+"/index.html", "<html><body>Apache Tomcat "+app+"</body></html>\n")
	}
	return b.list()
}

func livenessFS() []File { return fsb{}.progs("", "server").list() }

func agnhostFS() []File {
	b := alpineBase()
	b.progs("", "agnhost")
	return b.list()
}

const redisEntrypoint = `#!/bin/sh
set -e

# first arg is ` + "`-f` or `--some-option`" + `
# or first arg is ` + "`something.conf`" + `
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

exec "$@"
`

func redisFS() []File {
	b := debianBase()
	b.progs("/usr/local/bin", "redis-server", "redis-cli")
	b.mode("/usr/local/bin/docker-entrypoint.sh", redisEntrypoint, 0o755)
	b.dir("/data", "/usr/local/etc/redis")
	return b.list()
}

const mysqlEntrypoint = `#!/bin/bash
set -eo pipefail
exec "$@"
`

func mysqlFS() []File {
	b := glibcBase(osRelease("Oracle Linux Server 9.5", "Oracle Linux Server", `"ol"`, "9.5", "9.5", ""), true)
	b.progs("/usr/sbin", "mysqld").progs("/usr/bin", "mysql", "mysqladmin")
	b.mode("/usr/local/bin/docker-entrypoint.sh", mysqlEntrypoint, 0o755)
	b.dir("/var/lib/mysql", "/etc/mysql/conf.d", "/docker-entrypoint-initdb.d")
	return b.list()
}

func etcdFS() []File {
	b := fsb{}
	b.dir("/var/lib/etcd", "/tmp", "/etc")
	b.progs("/usr/local/bin", "etcd", "etcdctl")
	return b.list()
}

func fluentdFS() []File {
	b := debianBase()
	b.progs("/usr/local/bin", "fluentd")
	b.mode("/run.sh", "#!/bin/sh\nexec fluentd \"$@\"\n", 0o755)
	b.file("/etc/fluent/fluent.conf", "<source>\n  @type tail\n  path /var/log/containers/*.log\n</source>\n")
	return b.list()
}

// helloAppFS: hello-app is built on alpine (its Dockerfile's last stage).
func helloAppFS() []File { return alpineBase().progs("", "hello-app").list() }

func nodeHelloFS() []File {
	b := debianBase()
	b.progs("/usr/local/bin", "node")
	b.file("/server.js", "var http = require('http');\nvar handleRequest = function(request, response) {\n  console.log('Received request for URL: ' + request.url);\n  response.writeHead(200);\n  response.end('Hello Kubernetes!');\n};\nvar www = http.createServer(handleRequest);\nwww.listen(8080);\n")
	return b.list()
}

func httpEchoFS() []File { return fsb{}.progs("", "http-echo").list() }

func stressFS() []File { return busyboxBase().progs("/usr/bin", "stress").list() }

func vishStressFS() []File { return fsb{}.mode("/stress", Binary("vish-stress"), 0o755).list() }

func goproxyFS() []File { return fsb{}.progs("", "goproxy").list() }
