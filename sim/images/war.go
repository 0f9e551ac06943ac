package images

// The notes' geektime/sample:v2 image holds /sample.war; the archive itself
// is not published with the course, so Podlab's stands in for it with the
// smallest web application Maven's archetype makes (maven-archetype-webapp:
// index.jsp saying "Hello World!", which is what Podlab's tomcat serves,
// and a WEB-INF/web.xml). Paths are relative to the application's
// directory, as Tomcat's ExpandWar writes them under webapps/NAME/.
var sampleWarEntries = []File{
	{Path: "META-INF", Dir: true, Mode: 0o755},
	{Path: "META-INF/MANIFEST.MF", Mode: 0o644, Content: "Manifest-Version: 1.0\r\nArchiver-Version: Plexus Archiver\r\nCreated-By: Apache Maven\r\nBuild-Jdk: 1.8.0_181\r\n\r\n"},
	{Path: "WEB-INF", Dir: true, Mode: 0o755},
	{Path: "WEB-INF/classes", Dir: true, Mode: 0o755},
	{Path: "WEB-INF/web.xml", Mode: 0o644, Content: `<!DOCTYPE web-app PUBLIC
 "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN"
 "http://java.sun.com/dtd/web-app_2_3.dtd" >

<web-app>
  <display-name>Archetype Created Web Application</display-name>
</web-app>
`},
	{Path: "index.jsp", Mode: 0o644, Content: "<html>\n<body>\n<h2>Hello World!</h2>\n</body>\n</html>\n"},
}

// WarEntries lists what a web archive holds, in archive order (directories
// before their files), for a war the catalogue knows; ok is false for any
// other content (Podlab cannot unzip what a learner writes).
func WarEntries(content string) (entries []File, ok bool) {
	if content == sampleWar {
		return append([]File(nil), sampleWarEntries...), true
	}
	return nil, false
}
