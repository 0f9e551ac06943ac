package main

// The message keys. Add a key here and its two texts in catalogue below;
// TestCatalogueComplete fails when either language is missing.
const (
	msgLangEN msg = iota
	msgLangZH
	msgLanguage
	msgTheme
	msgThemeLight
	msgThemeDark
	msgThemeSystem
	msgPresent
	msgPresentExit
	msgShortcuts
	msgShortcutsTitle
	msgClose
	msgReset

	msgPlay
	msgPause
	msgStepBack
	msgStepFwd
	msgSpeed
	msgSlower
	msgFaster
	msgClock
	msgScrub
	msgTimeOf
	msgSimulating
	msgSimulated
	msgEvents
	msgLogs
	msgFiles
	msgNoEvents
	msgNoLogs
	msgNoFiles
	msgContainerPick
	msgColTime
	msgColType
	msgColReason
	msgColFrom
	msgColMessage
	msgJumpTo
	msgEventMarks

	msgStage
	msgNode
	msgNodeLabels
	msgNoLabels
	msgPodIP
	msgNoIP
	msgPhase
	msgNoPod
	msgInfraRole
	msgKindInfra
	msgKindInit
	msgKindSidecar
	msgKindApp
	msgStateWaiting
	msgStateRunning
	msgStateTerminated
	msgCompleted
	msgExitCode
	msgRestarts
	msgBackOff
	msgReady
	msgNotReady
	msgPorts
	msgPortListening
	msgPortDeclared
	msgMemoryUse
	msgMemoryOfLimit
	msgImage
	msgVolumes
	msgVolumeEmpty
	msgMountedAt
	msgReadOnly
	msgConditions
	msgGetPods
	msgProbeOK
	msgProbeFail
	msgProbeNone
	msgProbeLiveness
	msgProbeReadiness
	msgProbeStartup
	msgDeleting
	msgDeleted
	msgCheckResults
	msgLesson
	msgEditor

	msgNarrStatus
	msgNarrEvent
	msgNarrSeek
	msgNarrPlay
	msgNarrPause
	msgNarrSpeed

	msgKeySpace
	msgKeyArrows
	msgKeyBrackets
	msgKeyHome
	msgKeyP
	msgKeyT
	msgKeyL
	msgKeyQuestion
	msgKeyEscape

	msgSpecInvalid
	msgSimError
	msgNotes
	msgFileAt
	msgFileRemoved

	// The lesson panel, its checks, hints, solution and predict question,
	// the table of contents and the sandbox's examples (lesson_panel*.go,
	// checks*.go, predict*.go, toc*.go).
	msgTasks
	msgChecking
	msgFixSpec
	msgTasksPassed
	msgAllPassed
	msgNextLesson
	msgToSandbox
	msgCheckPassed
	msgCheckFailed
	msgHintShow
	msgHintNone
	msgHintN
	msgSolution
	msgSolutionAsk
	msgSolutionLoad
	msgCancel
	msgPredict
	msgPredictPlay
	msgPredictChosen
	msgPredictRight
	msgPredictWrong
	msgExamples
	msgExampleLoad
	msgExampleLoaded
	msgTocProgress
	msgTocDone
	msgLessonText

	msgConsoleTitle
	msgConsoleIntro
	msgConsoleFresh
	msgConsoleFailed
	msgConsoleTry
	msgConsoleTypeIt
	msgConsoleOutput
	msgConsoleInput
	msgConsolePlaceholder
	msgConsoleClock
	msgConsolePaused
	msgConsoleCluster
	msgConsoleUnscheduled
	msgConsoleNoPods
	msgConsoleRestoreFailed
	msgTryUsername
	msgTryPassword
	msgTryLs
	msgTrySecret
	msgTryGetSecrets
	msgTryApplyProjected
	msgTryWatch
	msgTryExec
	msgTryNodes
	msgTryApplyNginx
	msgTryWide
	msgTryLabel
	msgTryDescribe
	msgConsoleFollowing
	msgConsoleSleeping

	msgSkipToContent
	msgStagePane
	msgEditorPane
	msgCourseNav
	msgSiteFooter
	msgHomeHeading
	msgHomeLead
	msgLessons
	msgOpenSandbox
	msgSandboxWhy
	msgOpenConsole
	msgConsoleWhy
	msgNotFound
	msgNotFoundText
	msgGoToLessons
	msgContents
	msgSandbox
	msgKubectlConsole
	msgSandboxLead
	msgLessonSoon

	msgPaneOf
	msgCollapsePane
	msgExpandPane
	msgResizePanes
	msgResetLayout
	msgKeySplitter

	msgCount // the number of messages; keep last
)

// message is one UI string in each language.
type message struct{ en, zh string }

// catalogue holds every UI string, indexed by msg. It is read-only.
var catalogue = [msgCount]message{
	msgLangEN:         {"English", "English"},
	msgLangZH:         {"中文", "中文"},
	msgLanguage:       {"Language", "语言"},
	msgTheme:          {"Theme", "主题"},
	msgThemeLight:     {"Light", "浅色"},
	msgThemeDark:      {"Dark", "深色"},
	msgThemeSystem:    {"System", "跟随系统"},
	msgPresent:        {"Presentation mode", "演示模式"},
	msgPresentExit:    {"Leave presentation mode", "退出演示模式"},
	msgShortcuts:      {"Keyboard shortcuts", "键盘快捷键"},
	msgShortcutsTitle: {"Keyboard shortcuts", "键盘快捷键"},
	msgClose:          {"Close", "关闭"},
	msgReset:          {"Reset to the start", "回到开头"},

	msgPlay:          {"Play", "播放"},
	msgPause:         {"Pause", "暂停"},
	msgStepBack:      {"Previous event", "上一个事件"},
	msgStepFwd:       {"Next event", "下一个事件"},
	msgSpeed:         {"Speed", "速度"},
	msgSlower:        {"Slower", "减速"},
	msgFaster:        {"Faster", "加速"},
	msgClock:         {"Virtual time", "虚拟时间"},
	msgScrub:         {"Time since the Pod was created", "Pod 创建后经过的时间"},
	msgTimeOf:        {"%s of %s", "%s / %s"},
	msgSimulating:    {"simulating… %s computed", "模拟中… 已算到 %s"},
	msgSimulated:     {"simulated up to %s", "已模拟到 %s"},
	msgEvents:        {"Events", "事件"},
	msgLogs:          {"Logs", "日志"},
	msgFiles:         {"Files", "文件"},
	msgNoEvents:      {"No events yet.", "还没有事件。"},
	msgNoLogs:        {"No output yet.", "还没有输出。"},
	msgNoFiles:       {"No files written yet.", "还没有写入文件。"},
	msgContainerPick: {"Container", "容器"},
	msgColTime:       {"Time", "时间"},
	msgColType:       {"Type", "类型"},
	msgColReason:     {"Reason", "原因"},
	msgColFrom:       {"From", "来源"},
	msgColMessage:    {"Message", "消息"},
	msgJumpTo:        {"Jump to %s", "跳到 %s"},
	msgEventMarks:    {"Events on the time bar", "时间轴上的事件"},

	msgStage:           {"What the kubelet does", "kubelet 在做什么"},
	msgNode:            {"Node %s", "节点 %s"},
	msgNodeLabels:      {"labels", "标签"},
	msgNoLabels:        {"no labels", "无标签"},
	msgPodIP:           {"IP %s", "IP %s"},
	msgNoIP:            {"no IP yet", "尚无 IP"},
	msgPhase:           {"Phase", "阶段"},
	msgNoPod:           {"No Pod yet: fix the spec or wait for the simulation.", "还没有 Pod：请修正配置或等待模拟。"},
	msgInfraRole:       {"holds the network namespace (lo, eth0) and the IP", "持有网络命名空间（lo、eth0）和 IP"},
	msgKindInfra:       {"infra (pause)", "基础设施容器 (pause)"},
	msgKindInit:        {"init %d/%d", "初始化 %d/%d"},
	msgKindSidecar:     {"sidecar", "边车 (sidecar)"},
	msgKindApp:         {"app", "应用容器"},
	msgStateWaiting:    {"Waiting", "等待 (Waiting)"},
	msgStateRunning:    {"Running", "运行中 (Running)"},
	msgStateTerminated: {"Terminated", "已终止 (Terminated)"},
	msgCompleted:       {"done", "已完成"},
	msgExitCode:        {"exit code %d", "退出码 %d"},
	msgRestarts:        {"restarts: %d", "重启次数：%d"},
	msgBackOff:         {"back-off: restart in %s", "回退中：%s 后重启"},
	msgReady:           {"ready", "就绪"},
	msgNotReady:        {"not ready", "未就绪"},
	msgPorts:           {"ports", "端口"},
	msgPortListening:   {"port %d: listening", "端口 %d：正在监听"},
	msgPortDeclared:    {"port %d: declared in the spec, nothing listens", "端口 %d：spec 里声明了，但没有进程在监听"},
	msgMemoryUse:       {"memory %s", "内存 %s"},
	msgMemoryOfLimit:   {"memory %s of %s limit", "内存 %s / 上限 %s"},
	msgImage:           {"image", "镜像"},
	msgVolumes:         {"Volumes", "卷"},
	msgVolumeEmpty:     {"empty", "空"},
	msgMountedAt:       {"%s mounts %s at %s", "%s 把 %s 挂载到 %s"},
	msgReadOnly:        {"read-only", "只读"},
	msgConditions:      {"Conditions", "状况 (Conditions)"},
	msgGetPods:         {"kubectl get pods", "kubectl get pods"},
	msgProbeOK:         {"%s probe succeeded", "%s 探针成功"},
	msgProbeFail:       {"%s probe failed", "%s 探针失败"},
	msgProbeNone:       {"%s probe not run yet", "%s 探针尚未执行"},
	msgProbeLiveness:   {"liveness", "存活 (liveness)"},
	msgProbeReadiness:  {"readiness", "就绪 (readiness)"},
	msgProbeStartup:    {"startup", "启动 (startup)"},
	msgDeleting:        {"being deleted", "正在删除"},
	msgDeleted:         {"deleted (kubectl get pods: NotFound)", "已删除（kubectl get pods：NotFound）"},
	msgCheckResults:    {"Checks", "检查结果"},
	msgLesson:          {"Lesson", "课程"},
	msgEditor:          {"Pod spec (YAML)", "Pod 配置 (YAML)"},

	msgNarrStatus: {"At %s, Pod %s: %s, phase %s.", "%s 时，Pod %s：%s，阶段 %s。"},
	msgNarrEvent:  {"At %s, %s: %s", "%s 时，%s：%s"},
	msgNarrSeek:   {"Time %s.", "时间 %s。"},
	msgNarrPlay:   {"Playing at %s speed.", "以 %s 速度播放。"},
	msgNarrPause:  {"Paused at %s.", "暂停于 %s。"},
	msgNarrSpeed:  {"Speed %s.", "速度 %s。"},

	msgKeySpace:    {"play or pause", "播放或暂停"},
	msgKeyArrows:   {"previous or next event", "上一个或下一个事件"},
	msgKeyBrackets: {"slower or faster", "减速或加速"},
	msgKeyHome:     {"back to the start", "回到开头"},
	msgKeyP:        {"presentation mode on or off", "开关演示模式"},
	msgKeyT:        {"switch light or dark theme", "切换浅色或深色主题"},
	msgKeyL:        {"switch language", "切换语言"},
	msgKeyQuestion: {"show these shortcuts", "显示这些快捷键"},
	msgKeyEscape:   {"close this dialog", "关闭此对话框"},

	msgSpecInvalid: {"The spec has errors; the stage shows the last run that worked.", "配置有错误；舞台上显示的是上一次成功的运行。"},
	msgSimError:    {"The simulation could not start: %s", "模拟无法开始：%s"},
	msgNotes:       {"Notes from the simulator", "模拟器的提示"},
	msgFileAt:      {"written at %s, %d bytes", "写入于 %s，%d 字节"},
	msgFileRemoved: {"removed at %s", "删除于 %s"},

	msgTasks:         {"Your tasks", "你的任务"},
	msgChecking:      {"Checking your spec…", "正在检查你的配置…"},
	msgFixSpec:       {"Fix the errors in the YAML, then the tasks are checked again.", "先修正 YAML 里的错误，任务才会重新检查。"},
	msgTasksPassed:   {"%d of %d tasks pass.", "%d/%d 个任务已通过。"},
	msgAllPassed:     {"Every task passes. Well done!", "所有任务都通过了，做得好！"},
	msgNextLesson:    {"Next lesson: %s", "下一课：%s"},
	msgToSandbox:     {"On to the sandbox", "去沙盒自由练习"},
	msgCheckPassed:   {"Passed:", "通过："},
	msgCheckFailed:   {"Not yet:", "未通过："},
	msgHintShow:      {"Show a hint (%d of %d)", "显示提示（%d/%d）"},
	msgHintNone:      {"No more hints for this task.", "这个任务没有更多提示了。"},
	msgHintN:         {"Hint %d", "提示 %d"},
	msgSolution:      {"Show the solution…", "查看参考答案…"},
	msgSolutionAsk:   {"Load the reference solution into the editor? It replaces your YAML.", "把参考答案载入编辑器？它会替换你现在的 YAML。"},
	msgSolutionLoad:  {"Load the solution", "载入答案"},
	msgCancel:        {"Cancel", "取消"},
	msgPredict:       {"Predict, then play", "先预测，再播放"},
	msgPredictPlay:   {"Play and see", "播放看看"},
	msgPredictChosen: {"You predicted: %s. Play the run and watch.", "你的预测：%s。播放并观察吧。"},
	msgPredictRight:  {"You were right: %s.", "你猜对了：%s。"},
	msgPredictWrong:  {"You predicted %s; the answer is %s.", "你的预测是 %s；答案是 %s。"},
	msgExamples:      {"Example Pods from the notes", "笔记里的示例 Pod"},
	msgExampleLoad:   {"Load %s into the editor", "把 %s 载入编辑器"},
	msgExampleLoaded: {"%s is in the editor.", "%s 已载入编辑器。"},
	msgTocProgress:   {"%d of %d tasks done", "已完成 %d/%d 个任务"},
	msgTocDone:       {"done", "已完成"},
	msgLessonText:    {"The lesson", "课文"},

	msgConsoleTitle:         {"kubectl console", "kubectl 控制台"},
	msgConsoleIntro:         {"A small simulated cluster (three worker nodes, one labelled disktype=ssd, and a control-plane node) and your own workstation. Lines that start with kubectl go to the cluster; other lines (echo, ls, cat, mkdir) run in your workstation's folder, which kubectl apply -f and --from-file read.", "一个小型模拟集群（三个工作节点，其中一个带 disktype=ssd 标签，外加一个控制平面节点），以及你自己的工作站。以 kubectl 开头的命令发给集群；其他命令（echo、ls、cat、mkdir）在你工作站的文件夹里运行，kubectl apply -f 和 --from-file 读取的就是这个文件夹。"},
	msgConsoleFresh:         {"The cluster's clock runs while this page is open. Your workstation folder is kept in this browser across reloads; the cluster is not: it starts fresh each time the page opens.", "页面打开期间，集群的时钟一直在走。工作站文件夹保存在本浏览器中，刷新后仍在；集群不保存：每次打开页面都是全新的集群。"},
	msgConsoleFailed:        {"The simulated cluster could not start: %s", "模拟集群无法启动：%s"},
	msgConsoleTry:           {"Try this (from the notes)", "试试这些（来自笔记）"},
	msgConsoleTypeIt:        {"Type this line into the console", "把这行命令填入控制台"},
	msgConsoleOutput:        {"Console output", "控制台输出"},
	msgConsoleInput:         {"Command line", "命令行"},
	msgConsolePlaceholder:   {"kubectl get nodes   (Tab completes, ↑/↓ history, Ctrl-L clears)", "kubectl get nodes   （Tab 补全，↑/↓ 历史，Ctrl-L 清屏）"},
	msgConsoleClock:         {"Cluster time", "集群时间"},
	msgConsolePaused:        {"paused", "已暂停"},
	msgConsoleCluster:       {"Cluster", "集群"},
	msgConsoleUnscheduled:   {"Not scheduled yet", "尚未调度"},
	msgConsoleNoPods:        {"No Pods", "没有 Pod"},
	msgConsoleRestoreFailed: {"Your saved folder could not be restored (%s); the example files are there instead.", "无法恢复已保存的文件夹（%s）；现在是示例文件。"},
	msgTryUsername:          {"make a file on your workstation", "在工作站上创建文件"},
	msgTryPassword:          {"and another", "再创建一个"},
	msgTryLs:                {"list the folder", "列出文件夹"},
	msgTrySecret:            {"a Secret from a file", "用文件创建 Secret"},
	msgTryGetSecrets:        {"the Secrets stored", "查看已保存的 Secret"},
	msgTryApplyProjected:    {"the Pod that projects both Secrets", "创建投射两个 Secret 的 Pod"},
	msgTryWatch:             {"watch it start (as time passes)", "随时间观察它启动"},
	msgTryExec:              {"the Secrets as files in the container", "容器里看到的 Secret 文件"},
	msgTryNodes:             {"the nodes and their labels", "节点及其标签"},
	msgTryApplyNginx:        {"a Pod with nodeSelector disktype: ssd", "带 nodeSelector disktype: ssd 的 Pod"},
	msgTryWide:              {"which node it landed on", "它被调度到哪个节点"},
	msgTryLabel:             {"label another node", "给另一个节点打标签"},
	msgTryDescribe:          {"its events, from the scheduler on", "从调度开始的事件"},
	msgConsoleFollowing:     {"%s keeps printing as cluster time passes; the next command stops it.", "%s 会随集群时间继续输出；输入下一条命令即停止。"},
	msgConsoleSleeping:      {"sleep: %s of cluster time left (a long sleep runs a minute at a time, so the page stays responsive).", "sleep：集群时间还剩 %s（长时间的 sleep 每次推进一分钟，页面保持可用）。"},
	msgSkipToContent:        {"Skip to content", "跳到正文"},
	msgStagePane:            {"Stage", "舞台"},
	msgEditorPane:           {"Editor", "编辑器"},
	msgCourseNav:            {"Course", "课程导航"},
	msgSiteFooter:           {"Podlab · an interactive course on Kubernetes Pods · works offline once loaded", "Podlab · Kubernetes Pod 互动课程 · 加载一次后即可离线使用"},
	msgHomeHeading:          {"Kubernetes Pods, step by step", "一步一步学 Kubernetes Pod"},
	msgHomeLead:             {"Write a Pod spec, watch a simulated kubelet run it: the pause container, init containers, volumes, probes and restarts, on a clock you control.", "写一份 Pod 配置，看模拟的 kubelet 怎样运行它：pause 容器、Init 容器、数据卷、探针和重启，时钟由你掌控。"},
	msgLessons:              {"Lessons", "课程目录"},
	msgOpenSandbox:          {"Open the sandbox", "打开沙盒"},
	msgSandboxWhy:           {" to try any Pod spec without a lesson.", "，不受课程限制，随意试验任何 Pod 配置。"},
	msgOpenConsole:          {"Open the kubectl console", "打开 kubectl 控制台"},
	msgConsoleWhy:           {": create Secrets from files, apply Pods and watch them land on nodes.", "：从文件创建 Secret，apply Pod，看它们被调度到节点上。"},
	msgNotFound:             {"Page not found", "找不到页面"},
	msgNotFoundText:         {"There is no page at this address.", "这个地址没有页面。"},
	msgGoToLessons:          {"Go to the list of lessons", "去课程目录"},
	msgContents:             {"Contents", "目录"},
	msgSandbox:              {"Sandbox", "沙盒"},
	msgKubectlConsole:       {"kubectl console", "kubectl 控制台"},
	msgSandboxLead:          {"Paste or write any Pod spec; the stage shows what the kubelet does with it.", "粘贴或编写任意 Pod 配置；舞台会演示 kubelet 如何处理它。"},
	msgLessonSoon:           {"The text of this lesson appears here.", "这一课的正文会显示在这里。"},

	msgPaneOf:       {"%s pane", "%s栏"},
	msgCollapsePane: {"Collapse the %s", "收起%s"},
	msgExpandPane:   {"Expand the %s", "展开%s"},
	msgResizePanes:  {"Resize the %s and the %s", "调整%s和%s的宽度"},
	msgResetLayout:  {"Reset the pane layout", "恢复默认栏布局"},
	msgKeySplitter:  {"on a pane divider: move it (with Shift, further); Home, End: as far as it goes; Enter: default sizes", "在栏间分隔条上：移动它（按住 Shift 移得更远）；Home、End：移到尽头；Enter：恢复默认栏宽"},
}
