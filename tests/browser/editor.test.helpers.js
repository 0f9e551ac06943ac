// Shared by editor.test.js, share.test.js and persist.test.js: the site,
// Chromium, and the editor's test hooks (web/editor.js puts the editor
// object on its host element as el.podlabEditor).
import { deflateRawSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, watch } from "./browser.js";
import { serve } from "./server.js";

const here = dirname(fileURLToPath(import.meta.url));
export const dist = resolve(here, process.env.DIST || "../../dist");
export const prefix = process.env.PREFIX || "/podlab";
export const out = resolve(here, "../../out");
const readyTimeout = 90_000;

// The Pods of seed/pod-notes.zh.md, as the notes give them (javaweb-2
// keeps the notes' typo, hostPost, which the simulator reports at 24:11).
export const notes = {
  javaweb: `apiVersion: v1
kind: Pod
metadata:
  name: javaweb-2
spec:
  initContainers:
    - image: sample:v2
      name: war
      # 将war包拷贝到/app目录下，并将/app目录挂载为app-volume
      command: ["cp", "/sample.war", "/app"]
      volumeMounts:
        - mountPath: /app
          name: app-volume
  containers:
    - image: tomcat:7.0
      name: tomcat
      command: ["sh", "-c", "/root/apache-tomcat-7.0.42-v2/bin/start.sh"]
      # 因为tomcat也挂载了app-volume，所以它启动之后webapps肯定会存在一个sample.war包
      volumeMounts:
        - mountPath: /root/apache-tomcat-7.0.42/webapps
          name: app-volume
      ports:
        - containerPort: 8080
          hostPost: 8001
  volumes:
    - name: app-volume
      emptyDir: {}
`,
  livenessExec: `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-exec
spec:
  containers:
  - name: liveness
    image: k8s.gcr.io/busybox
    args:
    - /bin/sh
    - -c
    - touch /tmp/healthy; sleep 30; rm -rf /tmp/healthy; sleep 600
    livenessProbe:
      exec:
        command:
        - cat
        - /tmp/healthy
      initialDelaySeconds: 5
      periodSeconds: 5
`,
  livenessHTTP: `apiVersion: v1
kind: Pod
metadata:
  labels:
    test: liveness
  name: liveness-http
spec:
  containers:
  - name: liveness
    image: k8s.gcr.io/liveness
    args:
    - /server
    livenessProbe:
      httpGet:
        path: /healthz
        port: 8080
        httpHeaders:
        - name: Custom-Header
          value: Awesome
      initialDelaySeconds: 3
      periodSeconds: 3
`,
  downwardAPI: `apiVersion: v1
kind: Pod
metadata:
  name: kubernetes-downwardapi-volume-example
  labels:
    zone: us-est-coast
    cluster: test-cluster1
    rack: rack-22
  annotations:
    build: two
    builder: john-doe
spec:
  containers:
    - name: client-container
      image: k8s.gcr.io/busybox
      command: ["sh", "-c"]
      args:
      - while true; do
          if [[ -e /etc/podinfo/labels ]]; then
            echo -en '\\n\\n'; cat /etc/podinfo/labels; fi;
          if [[ -e /etc/podinfo/annotations ]]; then
            echo -en '\\n\\n'; cat /etc/podinfo/annotations; fi;
          sleep 5;
        done;
      volumeMounts:
        - name: podinfo
          mountPath: /etc/podinfo
          readOnly: false
  volumes:
    - name: podinfo
      downwardAPI:
        items:
          - path: "labels"
            fieldRef:
              fieldPath: metadata.labels
          - path: "annotations"
            fieldRef:
              fieldPath: metadata.annotations
`,
};

// fixed is javaweb-2 with the notes' typo corrected: a valid spec.
export const javawebFixed = notes.javaweb.replace("hostPost", "hostPort");

// start serves dist/ and launches Chromium; problems collects console
// errors, uncaught exceptions and requests to other hosts.
export async function start() {
  const site = await serve(dist, prefix);
  const browser = await launch();
  const problems = watch(browser.context, site.origin);
  return {
    site,
    browser,
    problems,
    url: (path) => site.origin + prefix + path,
    close: async () => {
      await browser.close();
      await site.close();
    },
  };
}

// open loads path and waits for the app and for CodeMirror.
export async function open(env, path) {
  const page = await env.browser.context.newPage();
  await page.goto(env.url(path));
  await ready(page);
  return page;
}

export async function ready(page) {
  await page.waitForSelector('[data-testid="app-ready"]', { timeout: readyTimeout, state: "attached" });
  await page.waitForSelector('[data-testid="editor"] .cm-content, .code-editor-fallback', { timeout: 30_000 });
  if (await page.locator(".code-editor-fallback").count())
    throw new Error("the editor fell back to the textarea: web/editor.js did not load");
}

// setSpec replaces the editor's text and reports it at once (no debounce).
export async function setSpec(page, text) {
  await page.evaluate((t) => {
    const ed = document.querySelector('[data-testid="editor"]').podlabEditor;
    ed.setText(t);
    ed.fire();
  }, text);
}

export async function getSpec(page) {
  return page.evaluate(() => document.querySelector('[data-testid="editor"]').podlabEditor.getText());
}

// shareFragment builds a share link's fragment as app/sharelink.go does.
export function shareFragment({ lesson, spec, t }) {
  const s = deflateRawSync(Buffer.from(spec, "utf8"), { level: 9 }).toString("base64url");
  return [lesson ? `l=${lesson}` : null, `t=${t}`, `s=${s}`].filter(Boolean).join("&");
}

// firstLesson is the first lesson's route, read from dist/.
export async function firstLesson() {
  const { readdirSync } = await import("node:fs");
  const f = readdirSync(resolve(dist, "lessons")).filter((n) => n.endsWith(".html")).sort()[0];
  return "/lessons/" + f.slice(0, -".html".length);
}
