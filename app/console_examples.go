package main

// The kubectl console's examples: the files the workstation folder starts
// with and the commands of the notes (seed/pod-notes.zh.md) the learner
// can click to type.

// projectedVolumeYAML is the notes' projected-volume Pod: two Secrets made
// with --from-file, projected into one directory.
const projectedVolumeYAML = `apiVersion: v1
kind: Pod
metadata:
  name: projected-volume
spec:
  containers:
  - name: test-secret-volume
    image: busybox
    args:
    - sleep
    - "86400"
    volumeMounts:
    - name: mysql-cred
      mountPath: "/projected-volume"
      readOnly: true
  volumes:
  - name: mysql-cred
    projected:
      sources:
      - secret:
          name: user
      - secret:
          name: pass
`

// podNginxYAML is the notes' nodeSelector example, as the Kubernetes docs
// give it (assign-pods-nodes): it runs only on a node labelled
// disktype=ssd.
const podNginxYAML = `apiVersion: v1
kind: Pod
metadata:
  name: nginx
  labels:
    env: test
spec:
  containers:
  - name: nginx
    image: nginx
    imagePullPolicy: IfNotPresent
  nodeSelector:
    disktype: ssd
`

// consoleExampleFiles are the files the workstation folder starts with.
func consoleExampleFiles() map[string]string {
	return map[string]string{
		"projected-volume.yaml": projectedVolumeYAML,
		"pod-nginx.yaml":        podNginxYAML,
	}
}

// tryStep is one command of the "try this" list and what it shows.
type tryStep struct {
	Line string
	Note msg
}

// consoleTrySteps is the notes' walk-through, in order.
func consoleTrySteps() []tryStep {
	return []tryStep{
		{"echo -n admin > ./username.txt", msgTryUsername},
		{"echo -n c1oudc0w! > ./password.txt", msgTryPassword},
		{"ls", msgTryLs},
		{"kubectl create secret generic user --from-file=./username.txt", msgTrySecret},
		{"kubectl create secret generic pass --from-file=./password.txt", msgTrySecret},
		{"kubectl get secrets", msgTryGetSecrets},
		{"kubectl apply -f projected-volume.yaml", msgTryApplyProjected},
		{"kubectl get pods -w", msgTryWatch},
		{"kubectl exec -it projected-volume -- ls /projected-volume", msgTryExec},
		{"kubectl get nodes --show-labels", msgTryNodes},
		{"kubectl apply -f pod-nginx.yaml", msgTryApplyNginx},
		{"kubectl get pods -o wide", msgTryWide},
		{"kubectl label nodes node-2 disktype=ssd", msgTryLabel},
		{"kubectl describe pod nginx", msgTryDescribe},
	}
}
