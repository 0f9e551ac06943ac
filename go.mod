module github.com/podlab/podlab

go 1.26.0

require (
	github.com/hack-pad/hackpadfs v0.2.4 // indirect
	github.com/maxence-charriere/go-app/v9 v9.8.0 // indirect
	go.yaml.in/yaml/v2 v2.4.2 // indirect
	mvdan.cc/sh/v3 v3.14.1 // indirect
	sigs.k8s.io/yaml v1.6.0 // indirect
)
