<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Diagram</name>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>SYN queue %1/%2</source>
        <translation>半连接队列 %1/%2</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>in flight</source>
        <translation>传输中</translation>
    </message>
    <message>
        <source>%1 later</source>
        <translation>%1 之后</translation>
    </message>
    <message>
        <source>SYN queue %1/%2 full</source>
        <translation>半连接队列 %1/%2 已满</translation>
    </message>
    <message>
        <source>accept queue %1/%2 full</source>
        <translation>全连接队列 %1/%2 已满</translation>
    </message>
    <message>
        <source>accept queue %1/%2</source>
        <translation>全连接队列 %1/%2</translation>
    </message>
    <message>
        <source>ISN %1</source>
        <extracomment>The ISNs a host sent, under its name at the head of its lifeline: &quot;ISN x = 100&quot;.</extracomment>
        <translation>ISN %1</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>lost in the network</source>
        <translation>在网络中丢失</translation>
    </message>
    <message>
        <source>forged source address</source>
        <translation>伪造源地址</translation>
    </message>
    <message>
        <source>SYN cookie</source>
        <translation>SYN Cookie</translation>
    </message>
    <message>
        <source>arrived and dropped by the receiver</source>
        <translation>已到达，被接收方丢弃</translation>
    </message>
    <message>
        <source>a long idle stretch, shortened</source>
        <translation>较长的空闲时段（已缩短）</translation>
    </message>
    <message>
        <source>Linux counts a queue full only when it holds more than its backlog, so %1 fit a backlog of %2.</source>
        <translation>Linux 只有在队列中的数量超过上限时才算满，所以上限为 %2 的队列能容纳 %1 个。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>After the ISNs, the numbers of the close a host sent: &quot;ISN x = 100 · u = 106&quot;.</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 %3</source>
        <extracomment>A time break that a host spends waiting in a state: &quot;59.99 s later · TIME-WAIT 60 s&quot;.</extracomment>
        <translation>%1 · %2 %3</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>至 %1</translation>
    </message>
</context>
<context>
    <name>EventLog</name>
    <message>
        <source>%1 sends %2 to %3</source>
        <translation>%1 向%3发送 %2</translation>
    </message>
    <message>
        <source>%1 receives %2</source>
        <translation>%1 收到 %2</translation>
    </message>
    <message>
        <source>%1 is lost (%2)</source>
        <translation>%1 丢失（%2）</translation>
    </message>
    <message>
        <source>%1 drops %2 (%3)</source>
        <translation>%1 丢弃 %2（%3）</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>%1 arms its retransmission timer: RTO %2</source>
        <translation>%1 启动重传定时器：RTO %2</translation>
    </message>
    <message>
        <source>%1: SYN queue %2 of backlog %3</source>
        <translation>%1：半连接队列 %2，上限 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2, accept queue %3 of backlog %4</source>
        <translation>%1：%2，全连接队列 %3（队列上限 %4）</translation>
    </message>
    <message>
        <source>%1 starts its TIME-WAIT timer: %2</source>
        <translation>%1 启动 TIME-WAIT 计时器：%2</translation>
    </message>
    <message>
        <source>%1 starts its FIN-WAIT-2 timeout: %2</source>
        <translation>%1 启动 FIN-WAIT-2 超时：%2</translation>
    </message>
    <message>
        <source>%1: its timer expires</source>
        <translation>%1：计时器到期</translation>
    </message>
    <message>
        <source>%1 stops its timer (%2)</source>
        <translation>%1 停止计时器（%2）</translation>
    </message>
    <message>
        <source>%1 delays its ACK by up to %2</source>
        <translation>%1 把 ACK 最多推迟 %2</translation>
    </message>
    <message>
        <source>%1&apos;s delayed ACK rides on its segment (%2)</source>
        <translation>%1 推迟的 ACK 搭在它的报文段上（%2）</translation>
    </message>
    <message>
        <source>%1 measures RTT %2: SRTT %3, RTTVAR %4, RTO %5</source>
        <translation>%1 测得 RTT %2：SRTT %3，RTTVAR %4，RTO %5</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write &apos;%1&apos;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>the image would be %1 x %2 pixels; use a smaller --scale or --width, or SVG or PDF</source>
        <translation>图片将达到 %1 x %2 像素；请用更小的 --scale 或 --width，或改用 SVG、PDF</translation>
    </message>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation>内存不足，无法生成 %1 x %2 的图片</translation>
    </message>
    <message>
        <source>permission denied or the disk is full</source>
        <translation>没有权限或磁盘已满</translation>
    </message>
    <message>
        <source>TCP sequence diagram drawn by tcpviz</source>
        <translation>由 tcpviz 绘制的 TCP 时序图</translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;.</source>
        <translation>无法创建文件夹“%1”。</translation>
    </message>
    <message>
        <source>cannot export to &apos;%1&apos;: the file name must end in .png, .svg, .pdf, .html, .txt, .mmd, .puml, .pcap or .json.</source>
        <translation>无法导出到“%1”：文件名必须以 .png、.svg、.pdf、.html、.txt、.mmd、.puml、.pcap 或 .json 结尾。</translation>
    </message>
    <message>
        <source>Worksheet: write each arrow&apos;s flags, Seq and Ack, and each state, in its box.</source>
        <translation>练习单：在方框中填写每个箭头的标志位、Seq 与 Ack，以及每个状态。</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>答案</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>Stop %1 of %2</source>
        <translation>第 %1 个停顿点，共 %2 个</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <extracomment>A handout&apos;s heading for one step: its number and what happened.</extracomment>
        <translation>第 %1 步：%2</translation>
    </message>
    <message numerus="yes">
        <source>The run goes on for %n more step(s); export its diagram to see them all.</source>
        <translation>
            <numerusform>运行还有 %n 步；导出它的时序图即可看到全部。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Legend of the diagram</source>
        <translation>时序图图例</translation>
    </message>
    <message>
        <source>About tcpviz</source>
        <translation>关于 tcpviz</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;tcpviz %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Drive a TCP connection step by step and watch it as a sequence diagram: every segment with its Seq and Ack, every endpoint in its RFC 9293 state.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;tcpviz %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;一步一步驱动一条 TCP 连接，并以时序图观察它：每个报文段都带有 Seq 与 Ack，每个端点都标出 RFC 9293 状态。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Lesson</name>
    <message>
        <source>Why three segments and not two?</source>
        <translation>为什么是三个报文段，而不是两个？</translation>
    </message>
    <message>
        <source>Could two segments, a SYN and its SYN-ACK, open a connection? This scenario pretends so: its server calls the connection established as soon as it has answered. Real TCP never does this; watch what goes wrong.</source>
        <translation>只用两个报文段（SYN 和它的 SYN-ACK）能建立连接吗？这个场景假设可以：服务器一应答就认为连接已建立。真实的 TCP 从不这样做；看看会出什么问题。</translation>
    </message>
    <message>
        <source>A SYN from an attempt long over, delayed in the network, reaches the server now. Nothing in it says that it is old.</source>
        <translation>一个来自早已结束的连接尝试的 SYN，在网络中滞留后，现在才到达服务器。报文里没有任何信息表明它是旧的。</translation>
    </message>
    <message>
        <source>With only two segments the server has no way to ask whether this SYN is current: it answers, calls the connection ESTABLISHED, keeps state for it and even sends data.</source>
        <translation>只有两个报文段时，服务器无法确认这个 SYN 是不是当前的：它作出应答，认为连接已进入 ESTABLISHED（已建立连接），为它保存状态，甚至开始发送数据。</translation>
    </message>
    <message>
        <source>The client never asked for this connection and resets it. By then the server has already committed to it. The third segment exists so that the client can confirm a SYN is its own before either side commits: in the scenario old-duplicate-syn, real TCP answers the stale SYN-ACK with RST while the server is still only SYN-RECEIVED.</source>
        <translation>客户端从没请求过这条连接，于是把它复位。可此时服务器已经为它投入了资源。第三个报文段的作用，就是让客户端在双方投入之前确认这个 SYN 确实是自己发的：在场景 old-duplicate-syn 中，真实的 TCP 用 RST 回应过时的 SYN-ACK，而那时服务器还只处于 SYN-RECEIVED（同步已接收）状态。</translation>
    </message>
    <message>
        <source>The RST closes the false connection, but only after it was used. Three segments are the fewest with which each side learns the other&apos;s ISN and confirms that the other received its own (RFC 9293 §3.5).</source>
        <translation>RST 关闭了这条错误的连接，但它已经被使用过了。要让双方都知道对方的 ISN，并确认对方收到了自己的 ISN，三个报文段是最少的（RFC 9293 §3.5）。</translation>
    </message>
    <message>
        <source>Why not four segments?</source>
        <translation>为什么不是四个报文段？</translation>
    </message>
    <message>
        <source>Each side must send its SYN and acknowledge the other&apos;s: four jobs. In the usual handshake the server does two of them in one segment, the SYN-ACK. Only when both sides open at the same moment do four segments really cross: the simultaneous open (RFC 9293 Figure 7).</source>
        <translation>每一方都要发送自己的 SYN，并确认对方的 SYN：一共四件事。在通常的握手中，服务器用一个报文段（SYN-ACK）完成其中两件。只有双方同时发起连接时，才真的会有四个报文段交叉而过：这就是同时打开（RFC 9293 图 7）。</translation>
    </message>
    <message>
        <source>peer-a sends its SYN. It does not know that peer-b is about to do the same.</source>
        <translation>peer-a 发送它的 SYN。它不知道 peer-b 也正要这样做。</translation>
    </message>
    <message>
        <source>peer-b sends its own SYN before peer-a&apos;s arrives: two SYNs cross in the network.</source>
        <translation>peer-b 在 peer-a 的 SYN 到达之前发出了自己的 SYN：两个 SYN 在网络中交叉而过。</translation>
    </message>
    <message>
        <source>A SYN arrives at a side that is itself in SYN-SENT. It moves to SYN-RECEIVED and answers with a SYN-ACK that repeats its own ISN.</source>
        <translation>一个 SYN 到达了本身处于 SYN-SENT（同步已发送）状态的一方。它转入 SYN-RECEIVED（同步已接收）状态，并回复一个再次带上自己 ISN 的 SYN-ACK。</translation>
    </message>
    <message>
        <source>Each SYN-ACK acknowledges the other side&apos;s SYN: both reach ESTABLISHED. Four segments crossed, two SYNs and two SYN-ACKs, and no bare third ACK was needed. In the usual case the server merges its ACK and its SYN, which is why the handshake has three segments, not four.</source>
        <translation>每个 SYN-ACK 都确认了对方的 SYN：双方都进入 ESTABLISHED（已建立连接）。四个报文段（两个 SYN、两个 SYN-ACK）交叉而过，不需要单独的第三个 ACK。通常情况下服务器把 ACK 和 SYN 合在一起发送，所以握手是三个报文段，而不是四个。</translation>
    </message>
    <message>
        <source>Why does the second segment carry SYN as well as ACK?</source>
        <translation>为什么第二个报文段既带 SYN 又带 ACK？</translation>
    </message>
    <message>
        <source>A TCP connection is two byte streams, one in each direction, and each stream numbers its bytes from its own initial sequence number (ISN). Both ISNs must be announced and acknowledged.</source>
        <translation>一条 TCP 连接是两条字节流，每个方向一条，每条流都从自己的初始序列号 (ISN) 开始给字节编号。两个 ISN 都必须告知对方，并得到确认。</translation>
    </message>
    <message>
        <source>The client announces its ISN, {seq}, with the SYN flag: &quot;synchronize to my sequence numbers&quot;.</source>
        <translation>客户端用 SYN 标志位告知自己的 ISN {seq}：“请与我的序号同步”。</translation>
    </message>
    <message>
        <source>The server&apos;s answer has two jobs. Its ACK flag with Ack={ack} acknowledges the client&apos;s SYN. Its SYN flag with Seq={seq} announces the server&apos;s own ISN for the other direction. One segment does both.</source>
        <translation>服务器的应答有两项任务：ACK 标志位和 Ack={ack} 确认客户端的 SYN；SYN 标志位和 Seq={seq} 告知服务器自己在另一个方向上的 ISN。一个报文段同时完成两项任务。</translation>
    </message>
    <message>
        <source>The client acknowledges the server&apos;s SYN with Ack={ack}. Now both directions are synchronized and the client is ESTABLISHED.</source>
        <translation>客户端用 Ack={ack} 确认服务器的 SYN。现在两个方向都已同步，客户端进入 ESTABLISHED（已建立连接）。</translation>
    </message>
    <message>
        <source>The server receives that ACK and is ESTABLISHED too. Data can now flow both ways, each direction numbered from its own ISN.</source>
        <translation>服务器收到这个 ACK，也进入 ESTABLISHED（已建立连接）。现在数据可以双向流动，每个方向都从自己的 ISN 开始编号。</translation>
    </message>
    <message>
        <source>How is the first sequence number chosen, and why did predictable ISNs matter?</source>
        <translation>初始序列号是怎样选的？可预测的 ISN 为什么危险？</translation>
    </message>
    <message>
        <source>RFC 6528 chooses ISN = M + F(addresses, ports, secret key): M is a clock ticking every 4 microseconds, F a keyed hash, so nobody outside can predict the next ISN. Old 4.4BSD systems simply added 64000 for every new connection. This scenario uses such a server.</source>
        <translation>RFC 6528 规定 ISN = M + F(地址, 端口, 密钥)：M 是每 4 微秒加一的时钟，F 是带密钥的哈希，因此外人无法预测下一个 ISN。老的 4.4BSD 系统只是每建立一个新连接就加 64000。这个场景用的就是这样的服务器。</translation>
    </message>
    <message>
        <source>The attacker opens an ordinary connection of its own, only to read the server&apos;s current ISN.</source>
        <translation>攻击者用自己的地址建立一个普通连接，只是为了读出服务器当前的 ISN。</translation>
    </message>
    <message>
        <source>The attacker has seen the server&apos;s ISN in the SYN-ACK. With a predictable generator it now knows the next one: this ISN plus 64000.</source>
        <translation>攻击者已经在 SYN-ACK 中看到了服务器的 ISN。由于生成方式可预测，它现在知道下一个 ISN：就是这个 ISN 加 64000。</translation>
    </message>
    <message>
        <source>The attacker sends a SYN with the address of a host the server trusts. The server&apos;s SYN-ACK will go to that host, and the attacker will never see it.</source>
        <translation>攻击者冒用服务器信任的主机地址发送 SYN。服务器的 SYN-ACK 会发往那台主机，攻击者永远看不到它。</translation>
    </message>
    <message>
        <source>The attacker guesses the server&apos;s ISN and sends the ACK blind, in the trusted host&apos;s name.</source>
        <translation>攻击者猜出服务器的 ISN，冒充受信任主机盲发 ACK。</translation>
    </message>
    <message>
        <source>The guess was right: the server believes it has a connection with the trusted host and accepts the attacker&apos;s data. Open the Charts panel to see the ISN line of 4.4BSD; then set the ISN option to RFC 6528, apply it, and run the lesson again: the guess fails.</source>
        <translation>猜对了：服务器以为自己和受信任主机建立了连接，并接受了攻击者的数据。打开“图表”面板，可以看到 4.4BSD 的 ISN 是一条直线；然后在选项中把 ISN 改为 RFC 6528，应用后再运行一次：猜测就失败了。</translation>
    </message>
    <message>
        <source>What does a SYN flood do, and how do SYN cookies answer it?</source>
        <translation>SYN 洪泛攻击会造成什么后果？SYN Cookie 如何应对？</translation>
    </message>
    <message>
        <source>A server keeps every half-open connection in its SYN queue until the handshake completes or its SYN-ACK retries run out. A flood of SYNs from forged addresses, which never answer, fills that queue. Here the backlog is 4 and SYN cookies are used when the queue overflows.</source>
        <translation>服务器把每个半连接都放在半连接队列中，直到握手完成或 SYN-ACK 重传次数用完。来自伪造地址的大量 SYN 永远不会有回应，它们会塞满这个队列。这里的队列上限 (backlog) 是 4，队列溢出时启用 SYN Cookie。</translation>
    </message>
    <message>
        <source>The flood begins: forged SYNs from addresses where nobody answers.</source>
        <translation>洪泛开始：来自无人应答地址的伪造 SYN。</translation>
    </message>
    <message>
        <source>The queue is full. Without cookies the server would now drop every new SYN, the legitimate client&apos;s too (see the scenario syn-flood). With cookies it answers without keeping state: the SYN-ACK&apos;s Seq encodes what the server needs to know.</source>
        <translation>队列已满。如果没有 Cookie，服务器此时会丢弃每一个新的 SYN，包括正常客户端的（见场景 syn-flood）。有了 Cookie，它不保存状态就能应答：SYN-ACK 的 Seq 中编码了服务器需要记住的信息。</translation>
    </message>
    <message>
        <source>A legitimate client connects while the queue is still full of the attacker&apos;s half-open requests.</source>
        <translation>正常客户端发起连接，而此时队列里仍塞满了攻击者的半连接。</translation>
    </message>
    <message>
        <source>The client&apos;s ACK returns the cookie plus one. The server checks it, rebuilds the connection and goes straight to ESTABLISHED: the flood did not keep the client out. Open the Charts panel to see the SYN queue against the backlog.</source>
        <translation>客户端的 ACK 带回了 Cookie 加一。服务器验证它、重建连接，直接进入 ESTABLISHED（已建立连接）：洪泛没能把客户端挡在门外。打开“图表”面板，可以对照队列上限查看半连接队列的长度。</translation>
    </message>
    <message>
        <source>What happens when the SYN is lost?</source>
        <translation>SYN 丢失会怎样？</translation>
    </message>
    <message>
        <source>The first segment of the handshake is lost in the network. Only the client knows that it sent something.</source>
        <translation>握手的第一个报文段在网络中丢失。只有客户端知道自己发过东西。</translation>
    </message>
    <message>
        <source>The SYN is lost. The server never learns that anyone tried to connect: it stays in LISTEN.</source>
        <translation>SYN 丢失了。服务器根本不知道有人试图连接：它仍处于 LISTEN（监听）状态。</translation>
    </message>
    <message>
        <source>The client&apos;s retransmission timer expires after its RTO of 1 s and it sends the SYN again, with the same ISN.</source>
        <translation>客户端的重传定时器在 1 秒的 RTO 后超时，它用同样的 ISN 再次发送 SYN。</translation>
    </message>
    <message>
        <source>The second SYN gets through and the handshake completes, one second late. Only the sender of a lost segment can recover it, by its timer.</source>
        <translation>第二个 SYN 顺利到达，握手完成，只是晚了一秒。丢失的报文段只能由它的发送方靠定时器来恢复。</translation>
    </message>
    <message>
        <source>What happens when the SYN-ACK is lost?</source>
        <translation>SYN-ACK 丢失会怎样？</translation>
    </message>
    <message>
        <source>The second segment is lost. Now both sides have sent something that was not acknowledged, and both have a timer running.</source>
        <translation>第二个报文段丢失。此时双方都发出了未被确认的报文段，双方的定时器都在运行。</translation>
    </message>
    <message>
        <source>The SYN-ACK is lost. The server waits in SYN-RECEIVED, the client in SYN-SENT.</source>
        <translation>SYN-ACK 丢失了。服务器在 SYN-RECEIVED（同步已接收）状态等待，客户端在 SYN-SENT（同步已发送）状态等待。</translation>
    </message>
    <message>
        <source>The client&apos;s timer expires first and it sends its SYN again.</source>
        <translation>客户端的定时器先超时，它再次发送 SYN。</translation>
    </message>
    <message>
        <source>The server&apos;s timer expires too and it resends its SYN-ACK. Either retransmission alone would recover the handshake.</source>
        <translation>服务器的定时器也超时了，它重发 SYN-ACK。两次重传中的任意一次都足以让握手恢复。</translation>
    </message>
    <message>
        <source>The handshake completes. The duplicate segments that crossed are answered or ignored without harm.</source>
        <translation>握手完成。交叉而过的重复报文段要么得到应答，要么被忽略，都不会造成危害。</translation>
    </message>
    <message>
        <source>What happens when the third segment, the ACK, is lost?</source>
        <translation>第三个报文段 ACK 丢失会怎样？</translation>
    </message>
    <message>
        <source>The last segment is lost. The client is already ESTABLISHED and has nothing more to send, so only the server can notice.</source>
        <translation>最后一个报文段丢失。客户端已经进入 ESTABLISHED（已建立连接），没有别的要发送，所以只有服务器能察觉。</translation>
    </message>
    <message>
        <source>The ACK is lost. The client is ESTABLISHED; the server is still in SYN-RECEIVED and does not know the ACK was ever sent.</source>
        <translation>ACK 丢失了。客户端处于 ESTABLISHED（已建立连接）；服务器仍处于 SYN-RECEIVED（同步已接收），并不知道 ACK 曾经发出过。</translation>
    </message>
    <message>
        <source>The server&apos;s timer expires and it resends its SYN-ACK, asking again for the ACK.</source>
        <translation>服务器的定时器超时，它重发 SYN-ACK，再次索要 ACK。</translation>
    </message>
    <message>
        <source>The client, already ESTABLISHED, receives a SYN-ACK again. It answers with an ACK of its current numbers, which is just the ACK the server was missing.</source>
        <translation>已处于 ESTABLISHED 的客户端再次收到 SYN-ACK。它用当前序号回复一个 ACK，这正是服务器缺少的那个 ACK。</translation>
    </message>
    <message>
        <source>The server receives the ACK and is ESTABLISHED. Had the client sent data at once, that data segment would have carried the same ACK (see the scenario lost-ack-with-data).</source>
        <translation>服务器收到 ACK，进入 ESTABLISHED（已建立连接）。如果客户端当时立即发送了数据，那个数据报文段也会带着同样的 ACK（见场景 lost-ack-with-data）。</translation>
    </message>
    <message>
        <source>What happens when the application is slow to accept()?</source>
        <translation>应用程序迟迟不调用 accept() 会怎样？</translation>
    </message>
    <message>
        <source>The handshake is the kernel&apos;s work; the application only meets a connection when it calls accept(). Until then the connection waits in the listener&apos;s accept queue, which the same backlog bounds. Here the backlog is 1 and the server&apos;s application calls accept() only every 1.5 s, while three clients connect.</source>
        <translation>握手是内核的工作；应用程序只有在调用 accept() 时才接触到连接。在此之前，连接在监听套接字的全连接队列中等待，而这个队列同样受队列上限（backlog）约束。这里队列上限为 1，服务器的应用程序每 1.5 s 才调用一次 accept()，同时有三个客户端来连接。</translation>
    </message>
    <message>
        <source>The first handshake is complete in the server&apos;s kernel, but the application has not called accept() yet: the connection waits in the accept queue. The client&apos;s 5 bytes are acknowledged by the kernel all the same; no answer comes until the application accepts.</source>
        <translation>第一次握手已在服务器内核中完成，但应用程序还没有调用 accept()：连接在全连接队列中等待。客户端的 5 字节照样由内核确认；在应用程序 accept() 之前不会有任何应答。</translation>
    </message>
    <message>
        <source>Two connections now wait, one more than the backlog of 1: the accept queue is full. Linux drops client-3&apos;s ACK and keeps its half-open request. client-3 is ESTABLISHED and believes it is connected; the server does not know it yet.</source>
        <translation>现在有两个连接在等待，比队列上限 1 多一个：全连接队列已满。Linux 丢弃 client-3 的 ACK，并保留它的半连接。client-3 已处于 ESTABLISHED，以为连接已建立；服务器却还不知道。</translation>
    </message>
    <message>
        <source>The server&apos;s SYN-ACK timer for client-3 expires and it sends the SYN-ACK again. client-3 answers with an ACK, which is dropped again while the queue stays full.</source>
        <translation>服务器为 client-3 设的 SYN-ACK 定时器到期，它再次发送 SYN-ACK。client-3 以 ACK 应答，而在队列仍满时这个 ACK 又被丢弃。</translation>
    </message>
    <message>
        <source>The application calls accept() and takes the oldest connection: only now does it read the client&apos;s data and answer it. The queue has room for one more connection.</source>
        <translation>应用程序调用 accept()，取走等待最久的连接：直到这时它才读取客户端的数据并作出应答。队列又能容纳一个连接了。</translation>
    </message>
    <message>
        <source>The next SYN-ACK retransmission draws another ACK from client-3, and this time there is room: the server completes the handshake, and the connection waits in the accept queue for its turn.</source>
        <translation>下一次 SYN-ACK 重传又引来 client-3 的一个 ACK，这一次队列有空位：服务器完成握手，连接进入全连接队列排队等待。</translation>
    </message>
    <message>
        <source>Why does closing take four segments, and when only three?</source>
        <translation>为什么关闭连接要四个报文段？什么时候只要三个？</translation>
    </message>
    <message>
        <source>Opening needs three segments; closing usually needs four. The client writes 5 bytes, the server answers, then the client closes. Watch each direction close on its own.</source>
        <translation>建立连接需要三个报文段，关闭连接通常需要四个。客户端写入 5 字节，服务器应答，然后客户端关闭。请观察两个方向是如何各自关闭的。</translation>
    </message>
    <message>
        <source>The client&apos;s application is done and calls close(). TCP sends FIN with Seq={seq}: a FIN takes one sequence number, like a SYN. The client is in FIN-WAIT-1. It will send nothing more, but it can still receive.</source>
        <translation>客户端的应用程序已完成，调用 close()。TCP 发送 Seq={seq} 的 FIN：FIN 和 SYN 一样占用一个序号。客户端处于 FIN-WAIT-1（终止等待1）。它不再发送数据，但仍然可以接收。</translation>
    </message>
    <message>
        <source>The server receives the FIN and enters CLOSE-WAIT: its application will read end-of-file. Only that application knows when it has nothing more to send, so the server cannot send its own FIN yet. Linux holds the ACK back for up to 40 ms, in case something comes for it to ride on.</source>
        <translation>服务器收到 FIN，进入 CLOSE-WAIT（关闭等待）：它的应用程序将读到文件结束。只有这个应用程序知道自己什么时候没有数据要发了，所以服务器现在还不能发送自己的 FIN。Linux 把 ACK 最多推迟 40 ms，看是否有数据可以捎带它。</translation>
    </message>
    <message>
        <source>Nothing came: the delayed-ACK timer expires and the ACK goes alone, Ack={ack}. The client&apos;s direction is closed; the server&apos;s is still open. This is the half-closed connection of RFC 9293 §3.6.1.</source>
        <translation>没有数据：延迟确认计时器到期，ACK 单独发出，Ack={ack}。客户端方向已经关闭，服务器方向仍然打开。这就是 RFC 9293 §3.6.1 所说的半关闭连接。</translation>
    </message>
    <message>
        <source>The client&apos;s FIN is acknowledged: FIN-WAIT-2. It waits for the server&apos;s FIN, however long the server&apos;s application takes.</source>
        <translation>客户端的 FIN 得到确认：进入 FIN-WAIT-2（终止等待2）。无论服务器的应用程序需要多久，它都等待服务器的 FIN。</translation>
    </message>
    <message>
        <source>One second later the server&apos;s application calls close(): FIN with Seq={seq} Ack={ack}, and LAST-ACK. Four segments in all: each direction has its own FIN and its own ACK, and between them lies the server application&apos;s decision.</source>
        <translation>一秒后服务器的应用程序调用 close()：发送 Seq={seq} Ack={ack} 的 FIN，进入 LAST-ACK（最后确认）。一共四个报文段：每个方向都有自己的 FIN 和 ACK，而两者之间隔着服务器应用程序的决定。</translation>
    </message>
    <message>
        <source>The client acknowledges the server&apos;s FIN with the last ACK, Ack={ack}, and enters TIME-WAIT. Had the server&apos;s application closed at once, its FIN would have carried the delayed ACK, and three segments would have done: see the scenario close-three-way.</source>
        <translation>客户端用最后一个 ACK（Ack={ack}）确认服务器的 FIN，进入 TIME-WAIT（时间等待）。如果服务器的应用程序立即关闭，它的 FIN 就会带上延迟的 ACK，三个报文段就够了：见场景 close-three-way。</translation>
    </message>
    <message>
        <source>The server receives the last ACK and deletes its connection. The client still waits in TIME-WAIT: the lesson on TIME-WAIT says why.</source>
        <translation>服务器收到最后的 ACK，删除连接。客户端仍在 TIME-WAIT 中等待：原因见关于 TIME-WAIT 的课程。</translation>
    </message>
    <message>
        <source>Why does the side that closes first wait in TIME-WAIT?</source>
        <translation>为什么先关闭的一方要在 TIME-WAIT 中等待？</translation>
    </message>
    <message>
        <source>The side that closes first does not forget its connection when the last ACK leaves: it waits in TIME-WAIT. Here the last ACK is lost, which is the first of the two reasons for waiting.</source>
        <translation>先关闭的一方在最后一个 ACK 发出后并不立即忘掉连接：它在 TIME-WAIT 中等待。这里最后的 ACK 丢失了，这正是需要等待的两个原因中的第一个。</translation>
    </message>
    <message>
        <source>The client receives the server&apos;s FIN, sends the last ACK, Ack={ack}, and enters TIME-WAIT. It cannot know whether that ACK will arrive.</source>
        <translation>客户端收到服务器的 FIN，发出最后的 ACK（Ack={ack}），进入 TIME-WAIT。它无法知道这个 ACK 能否到达。</translation>
    </message>
    <message>
        <source>The last ACK is lost. The server is still in LAST-ACK and does not know the client has answered.</source>
        <translation>最后的 ACK 丢失了。服务器仍处于 LAST-ACK，并不知道客户端已经应答。</translation>
    </message>
    <message>
        <source>The server&apos;s retransmission timer expires and it sends its FIN again, Seq={seq}. Had the client already deleted its connection, this FIN would meet no TCB and draw a RST, and the server&apos;s application would see an error instead of a clean close.</source>
        <translation>服务器的重传计时器到期，它再次发送 FIN，Seq={seq}。如果客户端已经删除了连接，这个 FIN 就找不到 TCB，会引出一个 RST，服务器的应用程序看到的将是错误，而不是正常的关闭。</translation>
    </message>
    <message>
        <source>Because the client is still in TIME-WAIT, it acknowledges the FIN again and restarts its timer. This is the first reason for TIME-WAIT: to answer a retransmitted FIN. The second: while the same addresses and ports cannot be used again, every old segment of this connection dies out in the network, and none can be taken for part of a new one.</source>
        <translation>因为客户端仍在 TIME-WAIT 中，它再次确认这个 FIN，并重新启动计时器。这是 TIME-WAIT 的第一个理由：应答重传的 FIN。第二个理由：在相同的地址和端口不能再次使用期间，这个连接的所有旧报文段都在网络中消失，不会被误认为新连接的一部分。</translation>
    </message>
    <message>
        <source>This time the ACK arrives and the server deletes its connection.</source>
        <translation>这次 ACK 到达了，服务器删除连接。</translation>
    </message>
    <message>
        <source>TIME-WAIT ends. RFC 9293 asks for twice the maximum segment lifetime, 2 MSL = 4 minutes (switch the profile to rfc6298 to see it); Linux waits a fixed 60 s, long enough in practice and much cheaper for a busy server.</source>
        <translation>TIME-WAIT 结束。RFC 9293 要求等待最长报文段寿命的两倍，即 2 MSL = 4 分钟（把配置切换为 rfc6298 即可看到）；Linux 固定等待 60 s，实际中已经足够，而且对繁忙的服务器代价小得多。</translation>
    </message>
    <message>
        <source>What happens when a FIN is lost?</source>
        <translation>FIN 丢失会怎样？</translation>
    </message>
    <message>
        <source>A FIN takes a sequence number, so it is acknowledged and retransmitted like data. Here the client&apos;s FIN is lost.</source>
        <translation>FIN 占用一个序号，所以它像数据一样被确认和重传。这里客户端的 FIN 丢失了。</translation>
    </message>
    <message>
        <source>The client closes: FIN with Seq={seq}, FIN-WAIT-1, and its retransmission timer runs.</source>
        <translation>客户端关闭：发送 Seq={seq} 的 FIN，进入 FIN-WAIT-1，重传计时器开始计时。</translation>
    </message>
    <message>
        <source>The FIN is lost. The server is still ESTABLISHED and knows nothing of the close.</source>
        <translation>FIN 丢失了。服务器仍处于 ESTABLISHED，对关闭一无所知。</translation>
    </message>
    <message>
        <source>No ACK came back within the RTO, and the client sends the FIN again with the same Seq={seq}. The RTO is not the 1 s of the handshake: the client has measured round trips of 20 ms, and Linux waits SRTT + max(4 x RTTVAR, 200 ms), here 220 ms (RFC 6298 §2).</source>
        <translation>在 RTO 内没有收到 ACK，客户端以相同的 Seq={seq} 再次发送 FIN。这个 RTO 不是握手时的 1 s：客户端已测得 20 ms 的往返时间，Linux 等待 SRTT + max(4 × RTTVAR, 200 ms)，这里是 220 ms（RFC 6298 §2）。</translation>
    </message>
    <message>
        <source>The FIN arrives. The server enters CLOSE-WAIT, its application reads end-of-file and closes at once.</source>
        <translation>FIN 到达了。服务器进入 CLOSE-WAIT，它的应用程序读到文件结束并立即关闭。</translation>
    </message>
    <message>
        <source>The server&apos;s FIN, Seq={seq} Ack={ack}, carries the ACK of the client&apos;s FIN too: from here the close goes as if nothing had been lost.</source>
        <translation>服务器的 FIN（Seq={seq} Ack={ack}）同时带上了对客户端 FIN 的确认：从这里开始，关闭过程就像什么都没丢失一样。</translation>
    </message>
    <message>
        <source>Why do connections pile up in CLOSE-WAIT?</source>
        <translation>为什么连接会在 CLOSE-WAIT 中越积越多？</translation>
    </message>
    <message>
        <source>A server with thousands of connections in CLOSE-WAIT has a bug, and it is not in TCP. This server&apos;s application never calls close().</source>
        <translation>如果一台服务器有成千上万个处于 CLOSE-WAIT 的连接，说明它有缺陷，而缺陷不在 TCP。这台服务器的应用程序从不调用 close()。</translation>
    </message>
    <message>
        <source>The client has closed and the server receives its FIN: CLOSE-WAIT. TCP has done its part; from now on only the server&apos;s application can end the connection, by calling close() once read() has returned 0.</source>
        <translation>客户端已经关闭，服务器收到它的 FIN：进入 CLOSE-WAIT。TCP 已经尽了自己的职责；从现在起，只有服务器的应用程序能结束连接：在 read() 返回 0 之后调用 close()。</translation>
    </message>
    <message>
        <source>The server acknowledges the FIN, Ack={ack}. Nothing else will ever come from the server: its application has forgotten the socket.</source>
        <translation>服务器确认这个 FIN，Ack={ack}。服务器再也不会发出任何东西：它的应用程序已经忘了这个套接字。</translation>
    </message>
    <message>
        <source>The client is in FIN-WAIT-2, waiting for a FIN that will never come.</source>
        <translation>客户端处于 FIN-WAIT-2，等待一个永远不会来的 FIN。</translation>
    </message>
    <message>
        <source>Linux does not let the client wait for ever: its application has closed, so after tcp_fin_timeout (60 s) the connection is deleted. The server has no such timer: CLOSE-WAIT has none in RFC 9293 or in Linux, and the socket, its buffers and its file descriptor stay until the process exits. Look for the missing close() after read() returns 0.</source>
        <translation>Linux 不让客户端永远等下去：它的应用程序已经关闭，所以在 tcp_fin_timeout（60 s）之后连接被删除。服务器没有这样的计时器：无论在 RFC 9293 还是 Linux 中，CLOSE-WAIT 都没有计时器，套接字、它的缓冲区和文件描述符会一直保留到进程退出。请查找 read() 返回 0 之后缺少的 close()。</translation>
    </message>
    <message>
        <source>How does a RST end a connection, and when is it sent instead of a FIN?</source>
        <translation>RST 如何结束连接？什么时候用 RST 代替 FIN？</translation>
    </message>
    <message>
        <source>close() normally sends a FIN. With SO_LINGER set to a zero timeout it aborts instead: one RST, and the connection is gone on both sides.</source>
        <translation>close() 通常发送 FIN。如果 SO_LINGER 设为零超时，它就改为中止连接：一个 RST，双方的连接都消失了。</translation>
    </message>
    <message>
        <source>The client aborts: RST with Seq={seq}. There is no FIN, no waiting for an ACK, no TIME-WAIT; whatever was still unsent or unacknowledged is thrown away.</source>
        <translation>客户端中止连接：发送 Seq={seq} 的 RST。没有 FIN，不等待 ACK，也没有 TIME-WAIT；尚未发送或尚未确认的数据全部丢弃。</translation>
    </message>
    <message>
        <source>The RST&apos;s Seq is exactly what the server expects (RFC 5961 §3), so the server believes it: its application will see &quot;connection reset by peer&quot; and the connection is deleted. TCP also sends a RST instead of a FIN when an application closes with data it never read: see the scenario close-unread-data-rst (RFC 2525 §2.17).</source>
        <translation>这个 RST 的 Seq 正是服务器期望的值（RFC 5961 §3），所以服务器相信它：它的应用程序会看到“connection reset by peer”（连接被对端重置），连接被删除。当应用程序关闭时还有从未读取的数据，TCP 也会用 RST 代替 FIN：见场景 close-unread-data-rst（RFC 2525 §2.17）。</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <source>%1 opens port %2 and waits in LISTEN (a passive OPEN): it has no connection yet, only a listening socket that will answer SYNs (RFC 9293 §3.5).</source>
        <translation>%1打开端口 %2，进入 LISTEN（监听）状态等待（被动打开）：此时还没有任何连接，只有一个会应答 SYN 的监听套接字（RFC 9293 §3.5）。</translation>
    </message>
    <message>
        <source>%1 calls connect(): it chooses its initial sequence number ISN = %2 and sends a SYN with Seq=%2 to %3. A SYN consumes one sequence number, so the answer must acknowledge %4 (ISN + 1). %1 is now in SYN-SENT (RFC 9293 §3.4, Figure 6).</source>
        <translation>%1调用 connect()：选定初始序列号 ISN = %2，并向%3发送 Seq=%2 的 SYN。SYN 本身占用一个序号，所以对方的应答必须确认 %4（ISN + 1）。%1现在处于 SYN-SENT（同步已发送）状态（RFC 9293 §3.4，图 6）。</translation>
    </message>
    <message>
        <source>%1 opens an ordinary connection from its own address, only to read the server&apos;s ISN in the SYN-ACK that comes back.</source>
        <translation>%1用自己的真实地址发起一个普通连接，目的只是从返回的 SYN-ACK 中读出服务器的 ISN。</translation>
    </message>
    <message>
        <source>%1 starts with a connection to %2 already ESTABLISHED, left over from before (RFC 9293 §3.5.1, Figure 9).</source>
        <translation>%1一开始就有一条到 %2 的 ESTABLISHED（已建立连接）连接，是以前遗留下来的（RFC 9293 §3.5.1，图 9）。</translation>
    </message>
    <message>
        <source>%1 crashes and reboots: it forgets every connection it had, and its peers do not know yet (RFC 9293 §3.5.1).</source>
        <translation>%1崩溃并重启：它忘掉了原有的全部连接，而对端还不知道（RFC 9293 §3.5.1）。</translation>
    </message>
    <message>
        <source>The application on %1 writes %2 bytes (&quot;%3&quot;); TCP sends them once the connection is ESTABLISHED.</source>
        <translation>%1上的应用程序写入 %2 字节（“%3”）；连接进入 ESTABLISHED（已建立连接）后 TCP 才会发送它们。</translation>
    </message>
    <message>
        <source>No SYN-ACK came back within %1&apos;s retransmission timeout: it sends the SYN again with the same Seq=%2 (retransmission %3) and now waits %4 (RFC 9293 §3.8.1, RFC 6298 §5).</source>
        <translation>%1在重传超时内没有收到 SYN-ACK：它用同样的 Seq=%2 再次发送 SYN（第 %3 次重传），这次等待 %4（RFC 9293 §3.8.1，RFC 6298 §5）。</translation>
    </message>
    <message>
        <source>%1 gives up after %2 retransmissions without an answer: connect() fails with a timeout and the connection returns to CLOSED (RFC 9293 §3.8.3; Linux tcp_syn_retries).</source>
        <translation>%1重传 %2 次仍无应答，于是放弃：connect() 以超时失败，连接回到 CLOSED（关闭）状态（RFC 9293 §3.8.3；Linux tcp_syn_retries）。</translation>
    </message>
    <message>
        <source>%1 receives the SYN-ACK. Its Ack=%2 acknowledges the SYN (ISN + 1) and its Seq=%3 is the server&apos;s own ISN, which %1 records as IRS. %1 enters ESTABLISHED and sends the third segment: ACK with Seq=%4 and Ack=%5 (IRS + 1) (RFC 9293 §3.10.7.3).</source>
        <translation>%1收到 SYN-ACK。其中 Ack=%2 确认了自己的 SYN（ISN + 1），Seq=%3 是服务器自己的 ISN，%1把它记为 IRS。%1进入 ESTABLISHED（已建立连接）状态，并发送第三个报文段：Seq=%4、Ack=%5（IRS + 1）的 ACK（RFC 9293 §3.10.7.3）。</translation>
    </message>
    <message>
        <source>%1 is in SYN-SENT and receives a SYN without ACK (Seq=%2): both ends opened at once. It records IRS = %2, moves to SYN-RECEIVED and answers with SYN-ACK Seq=%3 Ack=%4, repeating its own ISN (RFC 9293 §3.5, Figure 7).</source>
        <translation>%1处于 SYN-SENT（同步已发送）状态，却收到一个不带 ACK 的 SYN（Seq=%2）：双方同时发起了连接。它记下 IRS = %2，转入 SYN-RECEIVED（同步已接收）状态，并回复 SYN-ACK Seq=%3 Ack=%4，再次带上自己的 ISN（RFC 9293 §3.5，图 7）。</translation>
    </message>
    <message>
        <source>%1 is in SYN-RECEIVED and receives a SYN-ACK whose Ack=%2 acknowledges its SYN: the simultaneous open is complete and %1 enters ESTABLISHED (RFC 9293 Figure 7).</source>
        <translation>%1处于 SYN-RECEIVED（同步已接收）状态，收到的 SYN-ACK 中 Ack=%2 确认了自己的 SYN：同时打开完成，%1进入 ESTABLISHED（已建立连接）状态（RFC 9293 图 7）。</translation>
    </message>
    <message>
        <source>%1 receives a RST whose Ack=%2 acknowledges its SYN: nothing listens on that port. connect() fails with &quot;connection refused&quot; and %1 returns to CLOSED (RFC 9293 §3.10.7.3).</source>
        <translation>%1收到一个 RST，其 Ack=%2 确认了自己的 SYN：该端口上没有进程监听。connect() 以“connection refused（连接被拒绝）”失败，%1回到 CLOSED（关闭）状态（RFC 9293 §3.10.7.3）。</translation>
    </message>
    <message>
        <source>%1 is in SYN-SENT and receives a SYN-ACK with Ack=%2, which does not acknowledge its own SYN: it belongs to an old attempt. %1 answers with RST Seq=%2 (the Ack it got) and keeps waiting for the right answer (RFC 9293 §3.10.7.3, Figure 8).</source>
        <translation>%1处于 SYN-SENT（同步已发送）状态，收到 Ack=%2 的 SYN-ACK，但它确认的不是自己的 SYN，而是属于一次旧的尝试。%1回复 RST，Seq=%2（即收到的 Ack），然后继续等待正确的应答（RFC 9293 §3.10.7.3，图 8）。</translation>
    </message>
    <message>
        <source>%1 is in LISTEN and receives a SYN with Seq=%2. It records IRS = %2, chooses its own ISN = %3 and answers with SYN-ACK Seq=%3 Ack=%4 (the SYN&apos;s Seq + 1): one segment acknowledges the SYN and carries its own. The half-open request waits in the SYN queue, in SYN-RECEIVED (RFC 9293 §3.10.7.2).</source>
        <translation>%1处于 LISTEN（监听）状态，收到 Seq=%2 的 SYN。它记下 IRS = %2，选定自己的 ISN = %3，并回复 SYN-ACK Seq=%3 Ack=%4（SYN 的 Seq + 1）：一个报文段既确认了对方的 SYN，又带上了自己的 SYN。这个半连接在半连接队列中等待，处于 SYN-RECEIVED（同步已接收）状态（RFC 9293 §3.10.7.2）。</translation>
    </message>
    <message>
        <source>No ACK came back for %1&apos;s SYN-ACK within the timeout: it sends the same SYN-ACK again (Seq=%2, Ack=%3), retransmission %4, and now waits %5 (RFC 9293 §3.8.1; Linux tcp_synack_retries).</source>
        <translation>%1的 SYN-ACK 在超时内没有等到 ACK：它再次发送同样的 SYN-ACK（Seq=%2，Ack=%3），第 %4 次重传，这次等待 %5（RFC 9293 §3.8.1；Linux tcp_synack_retries）。</translation>
    </message>
    <message>
        <source>%1 has resent its SYN-ACK %2 times without an ACK: it drops the half-open request and frees its place in the SYN queue (Linux tcp_synack_retries).</source>
        <translation>%1已重发 SYN-ACK %2 次仍没有收到 ACK：它丢弃这个半连接，腾出半连接队列中的位置（Linux tcp_synack_retries）。</translation>
    </message>
    <message>
        <source>%1 answers without keeping any state: the SYN-ACK&apos;s Seq=%2 is a SYN cookie, a number made of a time counter, the MSS and a keyed hash of the addresses and ports. Only an ACK that gives back %3 can bring the connection to life (RFC 4987 §3.6).</source>
        <translation>%1不保存任何状态就作出应答：SYN-ACK 的 Seq=%2 就是 SYN Cookie，由时间计数、MSS 以及地址和端口的带密钥哈希组成。只有带回 %3 的 ACK 才能让这条连接真正建立（RFC 4987 §3.6）。</translation>
    </message>
    <message>
        <source>%1 has no request for this ACK, but Ack − 1 = %2 is a valid SYN cookie: it rebuilds the connection from it and goes straight to ESTABLISHED (RFC 4987 §3.6).</source>
        <translation>%1没有这个 ACK 对应的请求，但 Ack − 1 = %2 是有效的 SYN Cookie：它据此重建连接，直接进入 ESTABLISHED（已建立连接）状态（RFC 4987 §3.6）。</translation>
    </message>
    <message>
        <source>%1 receives an ACK in LISTEN that matches no request and no valid cookie: it answers with RST (RFC 9293 §3.10.7.2).</source>
        <translation>%1在 LISTEN（监听）状态收到一个 ACK，既对不上任何请求，也不是有效的 Cookie：它回复 RST（RFC 9293 §3.10.7.2）。</translation>
    </message>
    <message>
        <source>%1 receives the ACK with Seq=%2 and Ack=%3, which acknowledges its SYN (ISN + 1): the handshake is complete, the request leaves the SYN queue and %1 enters ESTABLISHED (RFC 9293 §3.10.7.4).</source>
        <translation>%1收到 Seq=%2、Ack=%3 的 ACK，它确认了自己的 SYN（ISN + 1）：三次握手完成，请求离开半连接队列，%1进入 ESTABLISHED（已建立连接）状态（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 never got the bare ACK, but this data segment carries the same Ack=%2: it completes the handshake, %1 enters ESTABLISHED and takes the %3 bytes (RFC 9293 §3.10.7.4).</source>
        <translation>%1没有收到单独的 ACK，但这个数据报文段带着同样的 Ack=%2：它完成了握手，%1进入 ESTABLISHED（已建立连接）状态并收下这 %3 字节（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 is in SYN-RECEIVED and receives Ack=%2, which does not acknowledge its SYN-ACK: it answers with RST Seq=%2 (RFC 9293 §3.10.7.4).</source>
        <translation>%1处于 SYN-RECEIVED（同步已接收）状态，收到的 Ack=%2 并没有确认它的 SYN-ACK：它回复 RST，Seq=%2（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 receives a valid RST for its half-open request: the request is dropped and %1 is back in LISTEN (RFC 9293 §3.10.7.4).</source>
        <translation>%1收到针对这个半连接的有效 RST：请求被丢弃，%1回到 LISTEN（监听）状态（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 receives a valid RST: the connection is aborted and %1 goes to CLOSED (RFC 9293 §3.10.7.4).</source>
        <translation>%1收到有效的 RST：连接被中止，%1进入 CLOSED（关闭）状态（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>Hypothetical: %1 calls the connection ESTABLISHED as soon as its SYN-ACK has left, without waiting for the ACK. Real TCP never does this: an old duplicate SYN would open a connection nobody asked for (RFC 9293 §3.5).</source>
        <translation>假设情形：%1一发出 SYN-ACK 就认为连接已进入 ESTABLISHED（已建立连接），不等 ACK。真实的 TCP 从不这样做：否则一个旧的重复 SYN 就会打开一条谁也没请求过的连接（RFC 9293 §3.5）。</translation>
    </message>
    <message>
        <source>No connection and no listening socket at %1 match this %2: it answers with RST-ACK, Seq=%3 and Ack=%4 (the segment&apos;s Seq + its length), so that the sender gives up at once (RFC 9293 §3.10.7.1).</source>
        <translation>%1上没有任何连接或监听套接字与这个 %2 对应：它回复 RST-ACK，Seq=%3，Ack=%4（该报文段的 Seq 加上其长度），让发送方立即放弃（RFC 9293 §3.10.7.1）。</translation>
    </message>
    <message>
        <source>No connection at %1 matches this %2: it answers with RST whose Seq=%3 is the segment&apos;s Ack (RFC 9293 §3.10.7.1).</source>
        <translation>%1上没有连接与这个 %2 对应：它回复 RST，其 Seq=%3 取自该报文段的 Ack（RFC 9293 §3.10.7.1）。</translation>
    </message>
    <message>
        <source>%1 is in LISTEN and receives an ACK, which belongs to no connection: it answers with RST Seq=%2, taken from the ACK (RFC 9293 §3.10.7.2).</source>
        <translation>%1处于 LISTEN（监听）状态，收到一个不属于任何连接的 ACK：它回复 RST，Seq=%2 取自这个 ACK（RFC 9293 §3.10.7.2）。</translation>
    </message>
    <message>
        <source>%1 receives a RST that matches nothing: a RST is never answered, so it is dropped (RFC 9293 §3.10.7.1).</source>
        <translation>%1收到一个对不上任何连接的 RST：RST 永远不会被回应，因此直接丢弃（RFC 9293 §3.10.7.1）。</translation>
    </message>
    <message>
        <source>%1 receives a segment outside its receive window: it drops it and sends an ACK with its own current numbers, Seq=%2 and Ack=%3, to show where it stands (RFC 9293 §3.10.7.4).</source>
        <translation>%1收到一个落在接收窗口之外的报文段：它丢弃该报文段，并用自己当前的序号发送 ACK（Seq=%2，Ack=%3），告诉对方自己的位置（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 has an ESTABLISHED connection and receives a SYN for it. It does not reset: it sends a challenge ACK with its current numbers (Seq=%2, Ack=%3). A peer that really restarted will answer it with RST (RFC 5961 §4).</source>
        <translation>%1已有一条 ESTABLISHED（已建立连接）的连接，又收到针对它的 SYN。它不直接复位，而是用当前序号发送挑战 ACK（Seq=%2，Ack=%3）。如果对端确实重启了，会用 RST 回应它（RFC 5961 §4）。</translation>
    </message>
    <message>
        <source>%1 receives a RST inside the window but not exactly at RCV.NXT: it may be forged, so it sends a challenge ACK instead of closing (RFC 5961 §3.2).</source>
        <translation>%1收到一个落在窗口内、但不正好等于 RCV.NXT 的 RST：它可能是伪造的，所以发送挑战 ACK，而不是关闭连接（RFC 5961 §3.2）。</translation>
    </message>
    <message>
        <source>%1 receives a RST outside its receive window: it is dropped (RFC 5961 §3.2).</source>
        <translation>%1收到一个落在接收窗口之外的 RST：直接丢弃（RFC 5961 §3.2）。</translation>
    </message>
    <message>
        <source>%1 receives Ack=%2, which acknowledges data it has not sent yet: it answers with an ACK and drops the segment (RFC 9293 §3.10.7.4).</source>
        <translation>%1收到 Ack=%2，确认的是它还没发送的数据：它回复一个 ACK 并丢弃该报文段（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 receives a segment without the ACK flag on a synchronized connection: it is dropped (RFC 9293 §3.10.7.4).</source>
        <translation>%1在已同步的连接上收到一个没有 ACK 标志位的报文段：直接丢弃（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 receives %2 bytes in order at Seq=%3: RCV.NXT moves on to %4 and it acknowledges them with Ack=%4 (RFC 9293 §3.10.7.4).</source>
        <translation>%1按顺序收到从 Seq=%3 开始的 %2 字节：RCV.NXT 前进到 %4，并用 Ack=%4 确认它们（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1&apos;s data was not acknowledged within the timeout: it sends the %2 bytes again from Seq=%3 (RFC 6298 §5).</source>
        <translation>%1的数据在超时内没有得到确认：它从 Seq=%3 开始重发这 %2 字节（RFC 6298 §5）。</translation>
    </message>
    <message>
        <source>%1&apos;s data is acknowledged: it stops its retransmission timer (RFC 6298 §5.2).</source>
        <translation>%1的数据已被确认：它停止重传定时器（RFC 6298 §5.2）。</translation>
    </message>
    <message>
        <source>The %1 to %2 reaches nobody: no host has that address, so it is never answered.</source>
        <translation>发往 %2 的 %1 没有送达任何主机：没有主机使用这个地址，因此永远不会有应答。</translation>
    </message>
    <message>
        <source>The network loses this %1 (Seq=%2), as the scenario planned: it never arrives, and only a timer can recover it.</source>
        <translation>按照场景的安排，网络丢失了这个 %1（Seq=%2）：它永远不会到达，只能靠定时器来恢复。</translation>
    </message>
    <message>
        <source>You lost this %1 (Seq=%2) in flight: it never arrives, and only a timer can recover it.</source>
        <translation>你在传输途中丢弃了这个 %1（Seq=%2）：它永远不会到达，只能靠定时器来恢复。</translation>
    </message>
    <message>
        <source>This %1 (Seq=%2) is lost at random, with the scenario&apos;s loss probability.</source>
        <translation>这个 %1（Seq=%2）按场景设定的丢包概率被随机丢弃。</translation>
    </message>
    <message>
        <source>%1 sends a SYN with a forged source address, %2: the server&apos;s SYN-ACK will go there, not back to %1.</source>
        <translation>%1发送一个伪造源地址为 %2 的 SYN：服务器的 SYN-ACK 会发往那个地址，而不会回到%1。</translation>
    </message>
    <message>
        <source>A SYN flood starts: %1 SYNs from made-up source addresses, one every %2. Each one that the server answers takes a place in its SYN queue for as long as it retries its SYN-ACK (RFC 4987 §2).</source>
        <translation>SYN 洪泛攻击开始：%1 个来自虚构源地址的 SYN，每 %2 一个。服务器每应答一个，就在半连接队列中占用一个位置，直到它停止重传 SYN-ACK 为止（RFC 4987 §2）。</translation>
    </message>
    <message>
        <source>%1 sends another forged SYN, this time from %2.</source>
        <translation>%1又发送一个伪造的 SYN，这次源地址是 %2。</translation>
    </message>
    <message>
        <source>An old SYN with Seq=%1, left over from an earlier attempt and delayed in the network, arrives now (RFC 9293 §3.5, Figure 8).</source>
        <translation>一个 Seq=%1 的旧 SYN 现在到达了，它来自更早的一次尝试，在网络中被耽搁了（RFC 9293 §3.5，图 8）。</translation>
    </message>
    <message>
        <source>Armed: the next %1 sent will be lost in the network.</source>
        <translation>已设定：下一个发出的%1将在网络中丢失。</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>data segment</source>
        <translation>数据报文段</translation>
    </message>
    <message>
        <source>%1 cannot see the SYN-ACK sent to the trusted host, so it guesses: the server&apos;s ISN should be %2, and it sends ACK=%3 in the trusted host&apos;s name (blind spoofing; RFC 6528 §1).</source>
        <translation>%1看不到发给受信任主机的 SYN-ACK，只能猜测：服务器的 ISN 应该是 %2，于是它冒充受信任主机发送 ACK=%3（盲打欺骗；RFC 6528 §1）。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>%1 arms its retransmission timer: without an answer within %2 it will send again (RFC 6298 §5).</source>
        <translation>%1启动重传定时器：如果 %2 内没有应答，就会重新发送（RFC 6298 §5）。</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s SYN queue now holds %n half-open request(s) (backlog %2).</source>
        <translation>
            <numerusform>%1的半连接队列中现有 %n 个半连接（队列上限 %2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 receives Ack=%2, which acknowledges everything it sent: it stops its retransmission timer (RFC 6298 §5.2).</source>
        <translation>%1收到 Ack=%2，它确认了已发送的全部数据：%1停止重传定时器（RFC 6298 §5.2）。</translation>
    </message>
    <message>
        <source>segment received</source>
        <translation>收到报文段</translation>
    </message>
    <message>
        <source>%1 receives %2 (Seq=%3): nothing in its state changes.</source>
        <translation>%1收到 %2（Seq=%3）：它的状态没有任何变化。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Nothing has happened yet: every host is CLOSED and nothing listens. Step to begin.</source>
        <translation>还什么都没有发生：所有主机都处于 CLOSED（关闭）状态，也没有进程监听。点击“单步”开始。</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>开始监听</translation>
    </message>
    <message>
        <source>connect(): SYN sent</source>
        <translation>connect()：发送 SYN</translation>
    </message>
    <message>
        <source>connection from before</source>
        <translation>遗留的旧连接</translation>
    </message>
    <message>
        <source>host rebooted</source>
        <translation>主机重启</translation>
    </message>
    <message>
        <source>application writes data</source>
        <translation>应用程序写入数据</translation>
    </message>
    <message>
        <source>SYN retransmitted</source>
        <translation>重传 SYN</translation>
    </message>
    <message>
        <source>connect() timed out</source>
        <translation>connect() 超时</translation>
    </message>
    <message>
        <source>SYN-ACK received, ACK sent</source>
        <translation>收到 SYN-ACK，发送 ACK</translation>
    </message>
    <message>
        <source>simultaneous open</source>
        <translation>同时打开</translation>
    </message>
    <message>
        <source>simultaneous open complete</source>
        <translation>同时打开完成</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>RST for a stale SYN-ACK</source>
        <translation>对过时的 SYN-ACK 回复 RST</translation>
    </message>
    <message>
        <source>SYN received, SYN-ACK sent</source>
        <translation>收到 SYN，发送 SYN-ACK</translation>
    </message>
    <message>
        <source>SYN-ACK retransmitted</source>
        <translation>重传 SYN-ACK</translation>
    </message>
    <message>
        <source>SYN-ACK repeated for a repeated SYN</source>
        <translation>为重复的 SYN 重发 SYN-ACK</translation>
    </message>
    <message>
        <source>half-open request expired</source>
        <translation>半连接超时</translation>
    </message>
    <message>
        <source>SYN queue full: SYN dropped</source>
        <translation>半连接队列已满：丢弃 SYN</translation>
    </message>
    <message>
        <source>SYN cookie sent</source>
        <translation>发送 SYN Cookie</translation>
    </message>
    <message>
        <source>SYN cookie accepted</source>
        <translation>SYN Cookie 验证通过</translation>
    </message>
    <message>
        <source>no valid cookie: RST</source>
        <translation>Cookie 无效：回复 RST</translation>
    </message>
    <message>
        <source>handshake complete</source>
        <translation>三次握手完成</translation>
    </message>
    <message>
        <source>data completes the handshake</source>
        <translation>数据报文段完成握手</translation>
    </message>
    <message>
        <source>unacceptable ACK: RST</source>
        <translation>不可接受的 ACK：回复 RST</translation>
    </message>
    <message>
        <source>reset: back to LISTEN</source>
        <translation>复位：回到 LISTEN</translation>
    </message>
    <message>
        <source>reset: connection closed</source>
        <translation>复位：连接关闭</translation>
    </message>
    <message>
        <source>established after two segments (hypothetical)</source>
        <translation>两个报文段后即建立连接（假设情形）</translation>
    </message>
    <message>
        <source>no connection: RST</source>
        <translation>无连接：回复 RST</translation>
    </message>
    <message>
        <source>ACK in LISTEN: RST</source>
        <translation>LISTEN 状态收到 ACK：回复 RST</translation>
    </message>
    <message>
        <source>RST ignored</source>
        <translation>忽略 RST</translation>
    </message>
    <message>
        <source>out of window: ACK</source>
        <translation>窗口之外：回复 ACK</translation>
    </message>
    <message>
        <source>challenge ACK for a SYN</source>
        <translation>对 SYN 回复挑战 ACK</translation>
    </message>
    <message>
        <source>challenge ACK for a RST</source>
        <translation>对 RST 回复挑战 ACK</translation>
    </message>
    <message>
        <source>RST outside the window</source>
        <translation>RST 在窗口之外</translation>
    </message>
    <message>
        <source>ACK of unsent data</source>
        <translation>确认了未发送的数据</translation>
    </message>
    <message>
        <source>no ACK flag: dropped</source>
        <translation>没有 ACK 标志位：丢弃</translation>
    </message>
    <message>
        <source>data received</source>
        <translation>收到数据</translation>
    </message>
    <message>
        <source>data sent</source>
        <translation>发送数据</translation>
    </message>
    <message>
        <source>data sent with an ACK</source>
        <translation>发送数据并捎带 ACK</translation>
    </message>
    <message>
        <source>data retransmitted</source>
        <translation>重传数据</translation>
    </message>
    <message>
        <source>data acknowledged</source>
        <translation>数据已确认</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>目的主机不存在</translation>
    </message>
    <message>
        <source>lost (scenario)</source>
        <translation>丢失（场景设定）</translation>
    </message>
    <message>
        <source>lost (by you)</source>
        <translation>丢失（由你丢弃）</translation>
    </message>
    <message>
        <source>lost at random</source>
        <translation>随机丢失</translation>
    </message>
    <message>
        <source>delayed</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>forged SYN</source>
        <translation>伪造的 SYN</translation>
    </message>
    <message>
        <source>SYN flood</source>
        <translation>SYN 洪泛攻击</translation>
    </message>
    <message>
        <source>old duplicate SYN</source>
        <translation>旧的重复 SYN</translation>
    </message>
    <message>
        <source>loss armed</source>
        <translation>已设定丢包</translation>
    </message>
    <message>
        <source>attacker samples an ISN</source>
        <translation>攻击者取样 ISN</translation>
    </message>
    <message>
        <source>blind spoofed ACK</source>
        <translation>盲打伪造的 ACK</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences of a narration in a row: a space between them in English, none in Chinese.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 already holds this request in SYN-RECEIVED and receives the same SYN again (the client retransmitted it): it repeats the same SYN-ACK (Seq=%2, Ack=%3) instead of starting over, as Linux does (RFC 9293 §3.8.1).</source>
        <translation>%1已经为这个请求保存了 SYN-RECEIVED（同步已接收）状态，又收到了同一个 SYN（客户端重传了它）：它像 Linux 那样重发同样的 SYN-ACK（Seq=%2，Ack=%3），而不是从头再来（RFC 9293 §3.8.1）。</translation>
    </message>
    <message>
        <source>%1 sends %2 bytes of its own at Seq=%3; the same segment acknowledges what it received with Ack=%4, so no separate ACK is needed (RFC 9293 §3.10.7.4).</source>
        <translation>%1从 Seq=%3 开始发送自己的 %2 字节；同一个报文段用 Ack=%4 确认了它收到的数据，因此不需要单独的 ACK（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>The connection is ESTABLISHED in %1&apos;s kernel, but its application has not called accept() yet: it waits in the accept queue, which now holds %2 (backlog %3). The kernel ACKs data for it meanwhile; the application answers nothing until it accepts.</source>
        <translation>连接在%1的内核中已是 ESTABLISHED，但应用程序还没有调用 accept()：它在全连接队列中等待，队列现有 %2 个连接（队列上限 %3）。在此期间内核照常确认收到的数据；应用程序在 accept() 之前不作任何应答。</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s application calls accept() and takes the oldest waiting connection; %n connection(s) still wait in the accept queue.</source>
        <translation>
            <numerusform>%1的应用程序调用 accept()，取走等待最久的连接；全连接队列中还有 %n 个连接在等待。</numerusform>
        </translation>
    </message>
    <message>
        <source>waits in the accept queue</source>
        <translation>在全连接队列中等待</translation>
    </message>
    <message>
        <source>application accept()s it</source>
        <translation>应用程序 accept() 取走连接</translation>
    </message>
    <message>
        <source>accept queue full: dropped</source>
        <translation>全连接队列已满：丢弃</translation>
    </message>
    <message>
        <source>%1 sends %2 bytes with Seq=%3: they use the numbers %3 to %4, so the peer will acknowledge them with %5 (RFC 9293 §3.4).</source>
        <translation>%1 发送 %2 字节，Seq=%3：它们占用序号 %3 到 %4，所以对端将用 %5 确认它们（RFC 9293 §3.4）。</translation>
    </message>
    <message>
        <source>%1&apos;s SYN queue is full: it holds %2 half-open requests for a backlog of %3. %4 SYN cookies are off, so it drops this SYN without a word. The sender will retransmit and hope for room (RFC 4987 §2).</source>
        <translation>%1的半连接队列已满：已有 %2 个半连接，队列上限 %3。%4SYN Cookie 已关闭，所以它悄悄丢弃这个 SYN。发送方只能重传，指望队列腾出位置（RFC 4987 §2）。</translation>
    </message>
    <message>
        <source>%1&apos;s accept queue is full: %2 connections wait for accept() with a backlog of %3. %4 Linux drops the SYN, cookie or not, and the client will retransmit it.</source>
        <translation>%1的全连接队列已满：%2 个连接等待 accept()，队列上限 %3。%4无论是否启用 SYN Cookie，Linux 都丢弃这个 SYN，客户端会重传它。</translation>
    </message>
    <message>
        <source>%1&apos;s accept queue is full: %2 connections wait for accept() with a backlog of %3. %4 Linux drops this ACK and keeps the half-open request, so the client believes it is connected while %1 will send its SYN-ACK again (tcp_abort_on_overflow 0).</source>
        <translation>%1的全连接队列已满：%2 个连接等待 accept()，队列上限 %3。%4Linux 丢弃这个 ACK 并保留半连接，于是客户端以为连接已建立，而%1之后会重传 SYN-ACK（tcp_abort_on_overflow 为 0）。</translation>
    </message>
    <message>
        <source>This %1 arrives %2 later than the path&apos;s latency alone would bring it: the scenario&apos;s fault plan held it back, so segments sent after it may arrive first.</source>
        <translation>这个 %1 比仅凭路径时延应到的时间晚了 %2：场景的故障安排把它扣留了一段时间，因此在它之后发出的报文段可能先到。</translation>
    </message>
    <message>
        <source>%1&apos;s application calls close(): it sends FIN with Seq=%2, which takes one sequence number like a SYN, and enters FIN-WAIT-1 (RFC 9293 §3.10.4).</source>
        <translation>%1的应用程序调用 close()：它发送 Seq=%2 的 FIN（FIN 和 SYN 一样占用一个序号），进入 FIN-WAIT-1（RFC 9293 §3.10.4）。</translation>
    </message>
    <message>
        <source>%1&apos;s application closes too: from CLOSE-WAIT it sends its own FIN, Seq=%2 Ack=%3, and enters LAST-ACK to wait for the ACK of it (RFC 9293 §3.10.4).</source>
        <translation>%1的应用程序也关闭了：它在 CLOSE-WAIT 中发送自己的 FIN（Seq=%2 Ack=%3），进入 LAST-ACK，等待对它的确认（RFC 9293 §3.10.4）。</translation>
    </message>
    <message>
        <source>%1&apos;s application closes before the handshake is complete: in SYN-SENT there is no connection to end yet, so the TCB is simply deleted (RFC 9293 §3.10.4).</source>
        <translation>%1的应用程序在握手完成之前就关闭了：在 SYN-SENT 中还没有可以结束的连接，所以直接删除 TCB（RFC 9293 §3.10.4）。</translation>
    </message>
    <message>
        <source>%1 receives FIN Seq=%2: the peer will send nothing more. The FIN takes one sequence number, so %1 acknowledges it with Ack=%3 and enters CLOSE-WAIT; its application reads end-of-file and decides when to close (RFC 9293 §3.10.7.4).</source>
        <translation>%1收到 FIN Seq=%2：对方不会再发送数据。FIN 占用一个序号，所以%1用 Ack=%3 确认它，进入 CLOSE-WAIT；它的应用程序读到文件结束，由它决定何时关闭（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1&apos;s FIN is acknowledged (Ack=%2): it enters FIN-WAIT-2 and waits for the peer&apos;s FIN. The connection is half closed: the peer may still send (RFC 9293 §3.6.1).</source>
        <translation>%1的 FIN 得到确认（Ack=%2）：它进入 FIN-WAIT-2，等待对方的 FIN。连接处于半关闭状态：对方仍可发送数据（RFC 9293 §3.6.1）。</translation>
    </message>
    <message>
        <source>%1 receives the peer&apos;s FIN while its own is still unacknowledged: both sides closed at once. It acknowledges with Ack=%2 and enters CLOSING (RFC 9293 §3.5, Figure 13).</source>
        <translation>%1在自己的 FIN 尚未得到确认时收到了对方的 FIN：双方同时关闭。它用 Ack=%2 确认，进入 CLOSING（RFC 9293 §3.5，图 13）。</translation>
    </message>
    <message>
        <source>%1 receives the peer&apos;s FIN (Seq=%2) in FIN-WAIT-2: it sends the last ACK, Ack=%3, and enters TIME-WAIT, in case that ACK is lost and the FIN comes again (RFC 9293 §3.6.1).</source>
        <translation>%1在 FIN-WAIT-2 中收到对方的 FIN（Seq=%2）：它发送最后一个 ACK（Ack=%3），进入 TIME-WAIT，以防这个 ACK 丢失而 FIN 再次到来（RFC 9293 §3.6.1）。</translation>
    </message>
    <message>
        <source>%1&apos;s FIN is acknowledged in CLOSING: it enters TIME-WAIT (RFC 9293 §3.10.7.4).</source>
        <translation>%1的 FIN 在 CLOSING 中得到确认：它进入 TIME-WAIT（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 receives the ACK of its FIN (Ack=%2) in LAST-ACK: the connection is closed and its TCB deleted (RFC 9293 §3.10.7.4).</source>
        <translation>%1在 LAST-ACK 中收到对自己 FIN 的确认（Ack=%2）：连接关闭，TCB 被删除（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1, in TIME-WAIT, receives the peer&apos;s FIN again: its last ACK was lost. It acknowledges the FIN once more and starts TIME-WAIT over (RFC 9293 §3.10.7.4).</source>
        <translation>处于 TIME-WAIT 的%1再次收到对方的 FIN：它的最后一个 ACK 丢失了。它再次确认这个 FIN，并重新开始 TIME-WAIT 计时（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1&apos;s TIME-WAIT is over: any old segment of this connection has died out, so the same addresses and ports may be used again. The TCB is deleted (RFC 9293 §3.6.1).</source>
        <translation>%1的 TIME-WAIT 结束：这个连接的旧报文段都已在网络中消失，相同的地址和端口可以再次使用。TCB 被删除（RFC 9293 §3.6.1）。</translation>
    </message>
    <message>
        <source>%1&apos;s FIN was not acknowledged within the timeout: it sends it again with the same Seq=%2 (RFC 6298 §5).</source>
        <translation>%1的 FIN 在超时内没有得到确认：它以相同的 Seq=%2 重发 FIN（RFC 6298 §5）。</translation>
    </message>
    <message>
        <source>%1 has waited in FIN-WAIT-2 for a FIN that never came. Its application has closed, so Linux gives up after tcp_fin_timeout and deletes the TCB; the peer stays in CLOSE-WAIT.</source>
        <translation>%1在 FIN-WAIT-2 中等待的 FIN 始终没有到来。它的应用程序已经关闭（孤儿连接），所以 Linux 在 tcp_fin_timeout 之后放弃并删除 TCB；对方仍停留在 CLOSE-WAIT。</translation>
    </message>
    <message>
        <source>%1&apos;s FIN was never acknowledged: after its last retransmission it drops the connection (CLOSED).</source>
        <translation>%1的 FIN 始终没有得到确认：最后一次重传之后，它放弃这个连接（CLOSED）。</translation>
    </message>
    <message>
        <source>application closes: FIN sent</source>
        <translation>应用程序关闭：发送 FIN</translation>
    </message>
    <message>
        <source>application closes after the peer: FIN sent</source>
        <translation>应用程序随后关闭：发送 FIN</translation>
    </message>
    <message>
        <source>closed before the handshake finished</source>
        <translation>握手完成前关闭</translation>
    </message>
    <message>
        <source>FIN received: CLOSE-WAIT</source>
        <translation>收到 FIN：CLOSE-WAIT</translation>
    </message>
    <message>
        <source>FIN acknowledged</source>
        <translation>FIN 已确认</translation>
    </message>
    <message>
        <source>FINs crossed: CLOSING</source>
        <translation>双方 FIN 交叉：CLOSING</translation>
    </message>
    <message>
        <source>FIN received: TIME-WAIT</source>
        <translation>收到 FIN：TIME-WAIT</translation>
    </message>
    <message>
        <source>our FIN acknowledged: TIME-WAIT</source>
        <translation>我方 FIN 已确认：TIME-WAIT</translation>
    </message>
    <message>
        <source>last ACK received: CLOSED</source>
        <translation>收到最后的 ACK：CLOSED</translation>
    </message>
    <message>
        <source>FIN again: ACK, TIME-WAIT restarted</source>
        <translation>再次收到 FIN：确认，TIME-WAIT 重新计时</translation>
    </message>
    <message>
        <source>TIME-WAIT over: CLOSED</source>
        <translation>TIME-WAIT 结束：CLOSED</translation>
    </message>
    <message>
        <source>FIN retransmitted</source>
        <translation>FIN 重传</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 timeout: CLOSED</source>
        <translation>FIN-WAIT-2 超时：CLOSED</translation>
    </message>
    <message>
        <source>FIN never acknowledged: CLOSED</source>
        <translation>FIN 始终未确认：CLOSED</translation>
    </message>
    <message>
        <source>Linux acknowledges that SYN-ACK as well, with a bare ACK Seq=%1 Ack=%2: the SYN in it repeats one %3 has already received, so it lies below RCV.NXT, and such a segment draws an ACK (RFC 9293 §3.10.7.4, first step). Figure 7 of the RFC shows none.</source>
        <translation>Linux 还会用一个单独的 ACK（Seq=%1 Ack=%2）确认这个 SYN-ACK：其中的 SYN 重复了 %3 已经收到的那个，位于 RCV.NXT 之下，而这样的报文段会引出一个 ACK（RFC 9293 §3.10.7.4 第一步）。RFC 的图 7 中没有这个 ACK。</translation>
    </message>
    <message>
        <source>%1&apos;s application closes while the ACK of the peer&apos;s FIN is still waiting: its FIN, Seq=%2 Ack=%3, carries that ACK too, so this close takes three segments instead of four. %1 enters LAST-ACK (RFC 9293 §3.10.4).</source>
        <translation>%1 的应用程序在对端 FIN 的 ACK 还在等待时就关闭了：它的 FIN（Seq=%2 Ack=%3）同时带上了这个 ACK，所以这次关闭只用三个报文段而不是四个。%1 进入 LAST-ACK（RFC 9293 §3.10.4）。</translation>
    </message>
    <message>
        <source>%1 receives FIN Seq=%2: the peer will send nothing more, and %1 enters CLOSE-WAIT. It does not acknowledge the FIN at once: it waits up to %3 (the delayed-ACK timer) for its application to send something the ACK can ride on (RFC 9293 §3.8.6.3).</source>
        <translation>%1 收到 FIN Seq=%2：对端不会再发送数据，%1 进入 CLOSE-WAIT。它并不立即确认这个 FIN：它最多等待 %3（延迟确认计时器），看应用程序是否会发送可以捎带 ACK 的数据（RFC 9293 §3.8.6.3）。</translation>
    </message>
    <message>
        <source>%1&apos;s application has closed, so the %2 bytes that arrive can never be read: %1 answers with RST Seq=%3 and deletes the connection (RFC 9293 §3.10.7.4, RFC 2525 §2.17).</source>
        <translation>%1 的应用程序已经关闭，到达的 %2 字节永远无法被读取：%1 以 RST Seq=%3 回应并删除连接（RFC 9293 §3.10.7.4，RFC 2525 §2.17）。</translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s application closes with %n byte(s) it never read still waiting: instead of a FIN, %1 sends RST Seq=%2 Ack=%3, which tells the peer that data was lost, and goes to CLOSED (RFC 9293 §3.6.1, RFC 2525 §2.17).</source>
        <translation>
            <numerusform>%1 的应用程序关闭时还有 %n 字节从未读取：%1 发送 RST Seq=%2 Ack=%3 而不是 FIN，告诉对端有数据丢失了，并进入 CLOSED（RFC 9293 §3.6.1，RFC 2525 §2.17）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 aborts the connection: it sends RST Seq=%2 and deletes its TCB at once, with no FIN and no TIME-WAIT; anything still unsent or unacknowledged is thrown away (RFC 9293 §3.10.5).</source>
        <translation>%1 中止连接：它发送 RST Seq=%2 并立即删除 TCB，没有 FIN，也没有 TIME-WAIT；尚未发送或尚未确认的数据全部丢弃（RFC 9293 §3.10.5）。</translation>
    </message>
    <message>
        <source>%1&apos;s delayed-ACK timer expires and its application has sent nothing for the ACK to ride on: %1 sends the ACK alone, Ack=%2 (RFC 9293 §3.8.6.3).</source>
        <translation>%1 的延迟确认计时器到期，而应用程序没有发送可以捎带 ACK 的数据：%1 单独发送 ACK，Ack=%2（RFC 9293 §3.8.6.3）。</translation>
    </message>
    <message>
        <source>The application on %1 calls close(), but its connection is already closed: nothing is sent.</source>
        <translation>%1 上的应用程序调用 close()，但连接已经关闭：不发送任何报文段。</translation>
    </message>
    <message>
        <source>The application on %1 is done and calls close().</source>
        <translation>%1 上的应用程序已完成，调用 close()。</translation>
    </message>
    <message>
        <source>The application on %1 calls shutdown(SHUT_WR): it will write nothing more, but it still reads what the peer sends (a half-close, RFC 9293 §3.6.1).</source>
        <translation>%1 上的应用程序调用 shutdown(SHUT_WR)：它不再写入数据，但仍然读取对端发来的数据（半关闭，RFC 9293 §3.6.1）。</translation>
    </message>
    <message>
        <source>The application on %1 sets SO_LINGER to a zero timeout and calls close(): it wants the connection gone at once.</source>
        <translation>%1 上的应用程序把 SO_LINGER 设为零超时并调用 close()：它要立即结束连接。</translation>
    </message>
    <message>
        <source>%1 stays in TIME-WAIT for %2, twice the maximum segment lifetime of 2 minutes, then deletes the connection (RFC 9293 §3.6.1, §3.4.2).</source>
        <translation>%1 在 TIME-WAIT 中停留 %2，即最长报文段寿命（2 分钟）的两倍，然后删除连接（RFC 9293 §3.6.1、§3.4.2）。</translation>
    </message>
    <message>
        <source>%1 stays in TIME-WAIT for %2, Linux&apos;s fixed TCP_TIMEWAIT_LEN rather than the RFC&apos;s 2 MSL of 4 minutes, then deletes the connection.</source>
        <translation>%1 在 TIME-WAIT 中停留 %2，这是 Linux 固定的 TCP_TIMEWAIT_LEN，而不是 RFC 的 2 MSL（4 分钟），然后删除连接。</translation>
    </message>
    <message>
        <source>%1&apos;s application has closed, so it will not wait for the peer&apos;s FIN for ever: if none comes within %2 (Linux tcp_fin_timeout), the connection is deleted.</source>
        <translation>%1 的应用程序已经关闭，所以它不会永远等待对端的 FIN：如果 %2 内（Linux tcp_fin_timeout）没有收到，连接就被删除。</translation>
    </message>
    <message>
        <source>%1 measures a round trip of %2: SRTT %3, RTTVAR %4, so its next retransmission timeout is %5 (RFC 6298 §2).</source>
        <translation>%1 测得一次往返时间 %2：SRTT %3，RTTVAR %4，因此下一次重传超时为 %5（RFC 6298 §2）。</translation>
    </message>
    <message>
        <source>the crossing SYN-ACK acknowledged</source>
        <translation>确认交叉的 SYN-ACK</translation>
    </message>
    <message>
        <source>data after close: RST</source>
        <translation>关闭后收到数据：RST</translation>
    </message>
    <message>
        <source>closed with unread data: RST</source>
        <translation>关闭时有未读数据：RST</translation>
    </message>
    <message>
        <source>abort: RST</source>
        <translation>中止：RST</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>application calls close()</source>
        <translation>应用程序调用 close()</translation>
    </message>
    <message>
        <source>application shuts down its sending side</source>
        <translation>应用程序关闭发送方向</translation>
    </message>
    <message>
        <source>application aborts (SO_LINGER 0)</source>
        <translation>应用程序中止连接（SO_LINGER 0）</translation>
    </message>
    <message>
        <source>%1 receives FIN Seq=%2: the peer will send nothing more, and %1 enters CLOSE-WAIT. Its application reads end-of-file (RFC 9293 §3.10.7.4).</source>
        <translation>%1 收到 FIN Seq=%2：对端不会再发送数据，%1 进入 CLOSE-WAIT。它的应用程序读到文件结束（RFC 9293 §3.10.7.4）。</translation>
    </message>
    <message>
        <source>%1 was already in ESTABLISHED when the capture began: it holds no SYN of this connection, so its initial sequence numbers and options are not known, and the numbers count from the first segment seen.</source>
        <translation>抓包开始时 %1 已处于 ESTABLISHED（已建立连接）：抓包文件里没有这条连接的 SYN，因此不知道它的初始序列号和选项，序号从看到的第一个报文段算起。</translation>
    </message>
    <message>
        <source>%1 sends a RST (Seq=%2) and deletes its connection: CLOSED. The capture does not say why; an application that closes with data unread, or with SO_LINGER 0, does this (RFC 9293 §3.10.5).</source>
        <translation>%1 发送 RST（Seq=%2）并删除它的连接：CLOSED。抓包文件说不出原因；应用程序在数据未读完时关闭，或设置 SO_LINGER 0 后关闭，都会这样做（RFC 9293 §3.10.5）。</translation>
    </message>
    <message>
        <source>%1 sends an ACK (Ack=%2) that acknowledges nothing new; the note beside its arrow says what kind it is.</source>
        <translation>%1 发送一个 ACK（Ack=%2），它没有确认任何新数据；箭头旁的注释说明它属于哪一种。</translation>
    </message>
    <message>
        <source>The capture saw this %1 (Seq=%2), but its receiver evidently never got it: its sender sends it again, or the peer goes on as if it never came. It was probably lost after the capture point.</source>
        <translation>抓包看到了这个 %1（Seq=%2），但接收方显然没有收到：发送方又发了一次，或者对端的行为就像它从未到达。它很可能在抓包位置之后丢失了。</translation>
    </message>
    <message>
        <source>open before the capture began</source>
        <translation>抓包开始前已打开</translation>
    </message>
    <message>
        <source>RST sent</source>
        <translation>发送 RST</translation>
    </message>
    <message>
        <source>ACK</source>
        <translation>ACK</translation>
    </message>
    <message>
        <source>probably lost after the capture point</source>
        <translation>很可能在抓包位置之后丢失</translation>
    </message>
    <message>
        <source>%1 sends the %2 (Seq=%3) again right after the peer&apos;s duplicate ACKs: a fast retransmission, without waiting for its timer (RFC 5681 §3.2).</source>
        <translation>%1 在对端的重复确认之后立即再次发送 %2（Seq=%3）：这是快速重传，不等它的定时器（RFC 5681 §3.2）。</translation>
    </message>
    <message>
        <source>%1 sends the %2 (Seq=%3) again, though the capture already shows it acknowledged: a spurious retransmission, its timer ran out before the ACK reached it.</source>
        <translation>%1 再次发送 %2（Seq=%3），而抓包显示它已被确认：这是虚假重传，它的定时器在 ACK 到达之前就超时了。</translation>
    </message>
    <message>
        <source>This %1 (Seq=%2) from %3 comes after one with a higher Seq, within a round trip: out of order, as Wireshark counts it, rather than sent again.</source>
        <translation>%3 的这个 %1（Seq=%2）在一个序号更大的报文段之后、一个往返时间之内到达：按 Wireshark 的算法它是乱序，而不是重发。</translation>
    </message>
    <message>
        <source>%1 sends the %2 (Seq=%3) again: the capture holds an earlier copy of it.</source>
        <translation>%1 再次发送 %2（Seq=%3）：抓包中有它更早的一份。</translation>
    </message>
    <message>
        <source>%1 sends the %2 (Seq=%3) again %4 after the first: nothing acknowledged it, so its retransmission timer ran out. The initial RTO is 1 s (RFC 6298 §2.1); a timer fires a little late.</source>
        <translation>%1 在第一次之后 %4 再次发送 %2（Seq=%3）：没有任何报文确认它，所以它的重传定时器超时了。初始 RTO 为 1 s（RFC 6298 §2.1）；定时器总会稍晚一点触发。</translation>
    </message>
    <message>
        <source>%1 sends the %2 (Seq=%3) again %4 after the first: nothing acknowledged it, so its retransmission timer ran out, after the RTO its round trips gave it (RFC 6298 §2, §5).</source>
        <translation>%1 在第一次之后 %4 再次发送 %2（Seq=%3）：没有任何报文确认它，所以它的重传定时器在由往返时间算出的 RTO 之后超时了（RFC 6298 §2、§5）。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>StateMachine</name>
    <message>
        <source>passive OPEN</source>
        <translation>被动打开</translation>
    </message>
    <message>
        <source>create TCB</source>
        <translation>创建 TCB</translation>
    </message>
    <message>
        <source>CLOSE</source>
        <translation>调用 CLOSE</translation>
    </message>
    <message>
        <source>delete TCB</source>
        <translation>删除 TCB</translation>
    </message>
    <message>
        <source>active OPEN</source>
        <translation>主动打开</translation>
    </message>
    <message>
        <source>snd SYN</source>
        <translation>发送 SYN</translation>
    </message>
    <message>
        <source>rcv RST, timeout</source>
        <translation>收到 RST 或超时</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>调用 SEND</translation>
    </message>
    <message>
        <source>rcv SYN</source>
        <translation>收到 SYN</translation>
    </message>
    <message>
        <source>snd SYN,ACK</source>
        <translation>发送 SYN,ACK</translation>
    </message>
    <message>
        <source>(passive OPEN)</source>
        <translation>（被动打开时）</translation>
    </message>
    <message>
        <source>(active OPEN)</source>
        <translation>（主动打开时）</translation>
    </message>
    <message>
        <source>rcv SYN,ACK</source>
        <translation>收到 SYN,ACK</translation>
    </message>
    <message>
        <source>snd ACK</source>
        <translation>发送 ACK</translation>
    </message>
    <message>
        <source>rcv ACK of SYN</source>
        <translation>收到对 SYN 的 ACK</translation>
    </message>
    <message>
        <source>rcv cookie ACK</source>
        <translation>收到带 Cookie 的 ACK</translation>
    </message>
    <message>
        <source>rcv RST, ABORT</source>
        <translation>收到 RST，ABORT</translation>
    </message>
    <message>
        <source>snd FIN</source>
        <translation>发送 FIN</translation>
    </message>
    <message>
        <source>rcv FIN</source>
        <translation>收到 FIN</translation>
    </message>
    <message>
        <source>rcv ACK of FIN</source>
        <translation>收到 FIN 的 ACK</translation>
    </message>
    <message>
        <source>timeout 2 MSL</source>
        <translation>超时 2 MSL</translation>
    </message>
    <message>
        <source>timeout (Linux), rcv data</source>
        <translation>超时（Linux），收到数据</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>unknown scenario &apos;%1&apos;: run tcpviz --list-scenarios to see the built-in ones, or give a .json file.</source>
        <translation>未知场景“%1”：运行 tcpviz --list-scenarios 查看内置场景，或给出一个 .json 文件。</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &apos;%3&apos;.</source>
        <translation>--%1 必须是 %2 之一，而不是“%3”。</translation>
    </message>
    <message>
        <source>--seed must be a whole number of at least 0, not &apos;%1&apos;.</source>
        <translation>--seed 必须是不小于 0 的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--latency must be a number of milliseconds from 0 to 60000, not &apos;%1&apos;.</source>
        <translation>--latency 必须是 0 到 60000 之间的毫秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--theme must be one of light, dark, print, high-contrast, not &apos;%1&apos;.</source>
        <translation>--theme 必须是 light、dark、print、high-contrast 之一，而不是“%1”。</translation>
    </message>
    <message>
        <source>--scale must be a number from 0.25 to 8, not &apos;%1&apos;.</source>
        <translation>--scale 必须是 0.25 到 8 之间的数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--width must be a whole number of pixels from 100 to 20000, not &apos;%1&apos;.</source>
        <translation>--width 必须是 100 到 20000 之间的整数像素，而不是“%1”。</translation>
    </message>
    <message>
        <source>--lang must be one of %1, not &apos;%2&apos;.</source>
        <translation>--lang 必须是 %1 之一，而不是“%2”。</translation>
    </message>
    <message>
        <source>List the built-in scenarios and exit.</source>
        <translation>列出内置场景后退出。</translation>
    </message>
    <message>
        <source>Run a built-in scenario or a scenario file.</source>
        <translation>运行一个内置场景或场景文件。</translation>
    </message>
    <message>
        <source>name|file.json</source>
        <translation>名称|文件.json</translation>
    </message>
    <message>
        <source>Seed for random ISNs, keys and losses.</source>
        <translation>随机 ISN、密钥和丢包所用的随机种子。</translation>
    </message>
    <message>
        <source>ISN generator: fixed, random, rfc6528, linux or bsd.</source>
        <translation>ISN 生成方式：fixed、random、rfc6528、linux 或 bsd。</translation>
    </message>
    <message>
        <source>Timing profile: linux or rfc6298.</source>
        <translation>定时参数：linux 或 rfc6298。</translation>
    </message>
    <message>
        <source>SYN cookies: off, overflow or always.</source>
        <translation>SYN Cookie：off、overflow 或 always。</translation>
    </message>
    <message>
        <source>One-way latency of every link in milliseconds.</source>
        <translation>每条链路的单向时延（毫秒）。</translation>
    </message>
    <message>
        <source>Write the run to a file: .png, .svg or .pdf diagram, .txt ladder, .mmd Mermaid, .puml PlantUML, .pcap capture or .json trace.</source>
        <translation>把运行结果写入文件：.png、.svg 或 .pdf 时序图，.txt 文本梯形图，.mmd Mermaid，.puml PlantUML，.pcap 抓包文件或 .json 轨迹。</translation>
    </message>
    <message>
        <source>Write one PNG per step (step-001.png, ...) into a folder.</source>
        <translation>每一步写一张 PNG（step-001.png……）到一个文件夹。</translation>
    </message>
    <message>
        <source>Diagram theme: light, dark, print or high-contrast.</source>
        <translation>时序图主题：light、dark、print 或 high-contrast。</translation>
    </message>
    <message>
        <source>PNG pixels per diagram pixel (default 2).</source>
        <translation>每个图像素对应的 PNG 像素数（默认 2）。</translation>
    </message>
    <message>
        <source>PNG width in pixels (instead of --scale).</source>
        <translation>PNG 宽度（像素，代替 --scale）。</translation>
    </message>
    <message>
        <source>Stop after K steps: the diagram as it stands then.</source>
        <translation>在第 K 步后停止：输出那时的时序图。</translation>
    </message>
    <message>
        <source>Language of the messages and the diagrams: en or zh_CN (default: the system&apos;s).</source>
        <translation>提示信息和时序图的语言：en 或 zh_CN（默认跟随系统）。</translation>
    </message>
    <message>
        <source>nothing to do: give --scenario NAME (see --list-scenarios) or --help.</source>
        <translation>没有要做的事：请给出 --scenario 名称（见 --list-scenarios）或 --help。</translation>
    </message>
    <message>
        <source>--upto-step must be a whole number of steps, not &apos;%1&apos;.</source>
        <translation>--upto-step 必须是整数步数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--upto-step %1 is past the end: scenario &apos;%2&apos; has %3 steps.</source>
        <translation>--upto-step %1 超出了结尾：场景“%2”只有 %3 步。</translation>
    </message>
    <message>
        <source>--absolute-seq and --numbers %1 contradict each other: give one of them.</source>
        <translation>--absolute-seq 与 --numbers %1 相互矛盾：请只给出其中一个。</translation>
    </message>
    <message>
        <source>How Seq and Ack are written: symbolic (x, y+1, the default), relative (as Wireshark counts) or absolute.</source>
        <translation>Seq 与 Ack 的写法：symbolic（符号表示 x、y+1，默认）、relative（相对值，与 Wireshark 相同）或 absolute（绝对值）。</translation>
    </message>
    <message>
        <source>The same as --numbers absolute.</source>
        <translation>等同于 --numbers absolute。</translation>
    </message>
    <message>
        <source>--lesson must be a lesson number from 1 to %1 or a .json lesson file, not &apos;%2&apos;.</source>
        <translation>--lesson 必须是 1 到 %1 之间的课程编号或 .json 课程文件，而不是“%2”。</translation>
    </message>
    <message>
        <source>Run a lesson instead of a scenario: a built-in one by its number (1 to %1) or a lesson file; an .html export follows its stops.</source>
        <translation>运行一个课程而不是场景：内置课程用编号（1 到 %1），或给出课程文件；导出 .html 时按课程的停顿点组织。</translation>
    </message>
    <message>
        <source>--worksheet draws a diagram to fill in: give --export with a .pdf, .png or .svg file.</source>
        <translation>--worksheet 绘制待填写的时序图：请用 --export 给出 .pdf、.png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>With a .pdf, .png or .svg export: leave every arrow&apos;s flags, Seq and Ack and every state as a box to fill in; the answers follow on a second page of a PDF, or in a second file, NAME-answers.png or .svg.</source>
        <translation>与 .pdf、.png 或 .svg 导出一起使用：把每个箭头的标志位、Seq 与 Ack 以及每个状态留作待填写的方框；答案在 PDF 的第二页，或在第二个文件 NAME-answers.png 或 .svg 中。</translation>
    </message>
    <message>
        <source>With a .pdf, .png or .svg export: draw the legend of line styles and marks under the diagram.</source>
        <translation>导出 .pdf、.png 或 .svg 时：在时序图下方画出线型与标记的图例。</translation>
    </message>
    <message>
        <source>--legend goes under a drawn diagram: give --export with a .pdf, .png or .svg file.</source>
        <translation>--legend 画在时序图下方：请用 --export 给出一个 .pdf、.png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>--conversation must be all or a number from 1 to %1 (see --conversations), not &apos;%2&apos;.</source>
        <translation>--conversation 必须是 all 或 1 到 %1 之间的编号（见 --conversations），而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 does not go with --import: a capture is shown as it was recorded.</source>
        <translation>--%1 不能与 --import 一起使用：抓包文件按录制时的样子显示。</translation>
    </message>
    <message>
        <source>--worksheet and --legend go with a drawn diagram: give --export with a .pdf, .png or .svg file.</source>
        <translation>--worksheet 和 --legend 用于绘制的时序图：请用 --export 给出 .pdf、.png 或 .svg 文件。</translation>
    </message>
    <message>
        <source>List the TCP connections of a pcap or pcapng capture, one line each, and exit.</source>
        <translation>列出 pcap 或 pcapng 抓包文件中的 TCP 连接，每条一行，然后退出。</translation>
    </message>
    <message>
        <source>Show a pcap or pcapng capture instead of a scenario: its connections, with each endpoint&apos;s state inferred; every --export works on it.</source>
        <translation>显示 pcap 或 pcapng 抓包文件而不是场景：其中的连接，以及推断出的每个端点的状态；所有 --export 格式都可用。</translation>
    </message>
    <message>
        <source>With --import: which connection, by its number in --conversations, or all (the default).</source>
        <translation>与 --import 一起使用：选择哪条连接，用 --conversations 中的编号，或 all（默认）。</translation>
    </message>
    <message>
        <source>--conversation picks a connection of a capture: give --import with it.</source>
        <translation>--conversation 用来选择抓包文件中的一条连接：请同时给出 --import。</translation>
    </message>
    <message>
        <source>The model sends every segment the capture shows, each within 2 ms of it.</source>
        <translation>模型发送了抓包中的每一个报文段，时间相差都在 2 ms 以内。</translation>
    </message>
    <message>
        <source>Write the scenario, with the options given, as JSON; with --import, the model of the connection.</source>
        <translation>把场景（含给出的选项）写成 JSON；与 --import 一起使用时，写出该连接的模型。</translation>
    </message>
    <message>
        <source>With --import of one connection: run the model built from it (see --save-scenario) and list where the two part ways.</source>
        <translation>与导入的单条连接一起使用：运行由它构建的模型（见 --save-scenario），列出两者出现分歧的地方。</translation>
    </message>
    <message>
        <source>Teach TCP connections: simulate the handshake and the close step by step, or open a capture, and draw them. With no options, or with a scenario, lesson or capture FILE alone, it opens the window.</source>
        <translation>讲解 TCP 连接：逐步模拟握手与关闭，或打开抓包文件，并把它们画出来。不带选项，或只给出一个场景、课程或抓包文件 FILE 时，打开窗口。</translation>
    </message>
    <message>
        <source>A scenario, lesson or capture file: opened in the window, or with --export, written from.</source>
        <translation>场景、课程或抓包文件：在窗口中打开；与 --export 一起使用时，据此写出文件。</translation>
    </message>
    <message>
        <source>Open the window even with other options: a scenario, lesson or capture, a theme, a notation, a language, presentation mode.</source>
        <translation>即使带有其他选项也打开窗口：场景、课程或抓包，主题、序号写法、语言、演示模式。</translation>
    </message>
    <message>
        <source>Open the window in presentation mode, for a projector.</source>
        <translation>以演示模式打开窗口，用于投影。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;: give one file, and options start with --.</source>
        <translation>多余的参数“%1”：只能给出一个文件，选项以 -- 开头。</translation>
    </message>
    <message>
        <source>there is no file &apos;%1&apos; (options start with --).</source>
        <translation>没有文件“%1”（选项以 -- 开头）。</translation>
    </message>
    <message>
        <source>give one of --scenario, --lesson, --import or a file: each brings its own connection.</source>
        <translation>请只给出 --scenario、--lesson、--import 或一个文件中的一个：每一个都带有自己的连接。</translation>
    </message>
    <message>
        <source>--%1 writes or prints without the window: leave out --window and --present to use it.</source>
        <translation>--%1 不打开窗口，直接写文件或输出：要使用它，请去掉 --window 和 --present。</translation>
    </message>
    <message>
        <source>--%1 goes with --scenario or --lesson in the window: a file or a capture opens as it is.</source>
        <translation>在窗口中 --%1 只能与 --scenario 或 --lesson 一起使用：文件或抓包按原样打开。</translation>
    </message>
    <message>
        <source>--theme print is for paper: the window&apos;s themes are light, dark and high-contrast.</source>
        <translation>--theme print 用于打印：窗口的主题有 light、dark 和 high-contrast。</translation>
    </message>
    <message>
        <source>there is no display for the window (neither DISPLAY nor WAYLAND_DISPLAY is set): give --export FILE to draw without one.</source>
        <translation>没有可显示窗口的显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置）：请用 --export FILE 在无显示器时绘图。</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <source>the scenario must be a JSON object.</source>
        <translation>场景必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a JSON object.</source>
        <translation>字段“%1”必须是一个 JSON 对象。</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos;.</source>
        <translation>未知字段“%1”。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string.</source>
        <translation>字段“%1”必须是字符串。</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is missing.</source>
        <translation>缺少必需的字段“%1”。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be true or false.</source>
        <translation>字段“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a number.</source>
        <translation>字段“%1”必须是数字。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be between %2 and %3.</source>
        <translation>字段“%1”必须在 %2 到 %3 之间。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a whole number of at least 0.</source>
        <translation>字段“%1”必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be at most %2.</source>
        <translation>字段“%1”不能大于 %2。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be one of %2.</source>
        <translation>字段“%1”必须是 %2 之一。</translation>
    </message>
    <message>
        <source>the lesson is not valid JSON (error at byte %1).</source>
        <translation>课程不是有效的 JSON（错误位于第 %1 字节）。</translation>
    </message>
    <message>
        <source>required field &apos;lesson&apos; is missing: this is a scenario, not a lesson.</source>
        <translation>缺少必需的字段“lesson”：这是一个场景，不是课程。</translation>
    </message>
    <message>
        <source>field &apos;lesson.stops&apos; must list at least one stop.</source>
        <translation>字段“lesson.stops”必须至少列出一个停顿点。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an explanation id such as syn_ack_reply or handshake_complete.</source>
        <translation>字段“%1”必须是讲解标识，例如 syn_ack_reply 或 handshake_complete。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; needs either &apos;step&apos; or &apos;when&apos;, not both or neither.</source>
        <translation>字段“%1”需要“step”或“when”中的一个，不能两个都有，也不能都没有。</translation>
    </message>
    <message>
        <source>cannot read lesson file &apos;%1&apos;.</source>
        <translation>无法读取课程文件“%1”。</translation>
    </message>
    <message>
        <source>lesson file &apos;%1&apos;: %2</source>
        <translation>课程文件“%1”：%2</translation>
    </message>
    <message>
        <source>lesson stop %1 (%2) does not come after the stop before it in scenario &apos;%3&apos;.</source>
        <translation>在场景“%3”中，课程的第 %1 个停顿点（%2）没有出现在前一个停顿点之后。</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: it is a directory.</source>
        <translation>无法写入“%1”：它是一个文件夹。</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the folder &apos;%2&apos; does not exist.</source>
        <translation>无法写入“%1”：文件夹“%2”不存在。</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2.</source>
        <translation>无法写入“%1”：%2。</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: permission denied or the disk is read-only.</source>
        <translation>无法写入“%1”：没有权限或磁盘只读。</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: the disk is full or the write failed.</source>
        <translation>无法写入“%1”：磁盘已满或写入失败。</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: libpcap could not start a capture file.</source>
        <translation>无法写入“%1”：libpcap 无法创建抓包文件。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; has a bad prefix length: use a.b.c.d or a.b.c.d/n.</source>
        <translation>字段“%1”的前缀长度有误：请使用 a.b.c.d 或 a.b.c.d/n。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an IPv4 address like 192.0.2.10.</source>
        <translation>字段“%1”必须是 IPv4 地址，例如 192.0.2.10。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must not be empty.</source>
        <translation>字段“%1”不能为空。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; counts from 1; use &quot;every&quot; for all.</source>
        <translation>字段“%1”从 1 开始计数；表示全部请用 &quot;every&quot;。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be above 0 for a delay.</source>
        <translation>延迟时字段“%1”必须大于 0。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is longer than one segment (1400 bytes).</source>
        <translation>字段“%1”超过了一个报文段的长度（1400 字节）。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must name TCP flags like SYN, SYN-ACK or RST-ACK.</source>
        <translation>字段“%1”必须是 TCP 标志位名称，例如 SYN、SYN-ACK 或 RST-ACK。</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a list.</source>
        <translation>字段“%1”必须是列表。</translation>
    </message>
    <message>
        <source>the scenario is not valid JSON (error at byte %1).</source>
        <translation>场景不是有效的 JSON（错误位于第 %1 字节）。</translation>
    </message>
    <message>
        <source>field &apos;format&apos; must be &quot;tcpviz-scenario&quot;.</source>
        <translation>字段“format”必须是 &quot;tcpviz-scenario&quot;。</translation>
    </message>
    <message>
        <source>field &apos;version&apos; is %1, but this tcpviz reads version 1.</source>
        <translation>字段“version”是 %1，但这个版本的 tcpviz 只能读取第 1 版。</translation>
    </message>
    <message>
        <source>field &apos;hosts&apos; must list at least one host.</source>
        <translation>字段“hosts”必须至少列出一台主机。</translation>
    </message>
    <message>
        <source>cannot read scenario file &apos;%1&apos;.</source>
        <translation>无法读取场景文件“%1”。</translation>
    </message>
    <message>
        <source>scenario file &apos;%1&apos;: %2</source>
        <translation>场景文件“%1”：%2</translation>
    </message>
    <message>
        <source>the scenario defines more hosts than the simulator supports (254).</source>
        <translation>场景定义的主机数超过了模拟器的上限（254）。</translation>
    </message>
    <message>
        <source>host name &apos;%1&apos; is used twice.</source>
        <translation>主机名“%1”被使用了两次。</translation>
    </message>
    <message>
        <source>%1 names host &apos;%2&apos;, which the scenario does not define.</source>
        <translation>%1 引用了主机“%2”，但场景中没有定义它。</translation>
    </message>
    <message>
        <source>the preset connection of host &apos;%1&apos;</source>
        <translation>主机“%1”的预设连接</translation>
    </message>
    <message>
        <source>fault %1</source>
        <translation>故障 %1</translation>
    </message>
    <message>
        <source>timeline action %1 (%2)</source>
        <translation>时间线动作 %1（%2）</translation>
    </message>
    <message>
        <source>%1 has no &quot;host&quot;.</source>
        <translation>%1 缺少 &quot;host&quot;。</translation>
    </message>
    <message>
        <source>%1 has no &quot;target&quot;.</source>
        <translation>%1 缺少 &quot;target&quot;。</translation>
    </message>
    <message>
        <source>%1 has no &quot;as&quot; (the forged source host).</source>
        <translation>%1 缺少 &quot;as&quot;（伪造的源主机）。</translation>
    </message>
    <message>
        <source>%1 needs a positive &quot;count&quot; and a non-negative &quot;interval_ms&quot;.</source>
        <translation>%1 需要正的 &quot;count&quot; 和非负的 &quot;interval_ms&quot;。</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Attacker</source>
        <translation>攻击者</translation>
    </message>
    <message>
        <source>Spoofed host</source>
        <translation>被冒充的主机</translation>
    </message>
    <message>
        <source>Forged source</source>
        <translation>伪造源地址</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>retransmission</source>
        <translation>重传</translation>
    </message>
    <message>
        <source>forged source %1</source>
        <translation>伪造源地址 %1</translation>
    </message>
    <message>
        <source>old duplicate</source>
        <translation>旧的重复报文段</translation>
    </message>
    <message>
        <source>tcpviz ladder: %1</source>
        <translation>tcpviz 梯形图：%1</translation>
    </message>
    <message>
        <source> (hypothetical)</source>
        <translation>（假设情形）</translation>
    </message>
    <message>
        <source>isn %1, profile %2, cookies %3, latency %4 ms, seed %5</source>
        <translation>ISN %1，定时参数 %2，SYN Cookie %3，时延 %4 ms，随机种子 %5</translation>
    </message>
    <message>
        <source>hosts:</source>
        <translation>主机：</translation>
    </message>
    <message>
        <source>sent ms</source>
        <translation>发送 ms</translation>
    </message>
    <message>
        <source>arrive ms</source>
        <translation>到达 ms</translation>
    </message>
    <message>
        <source>from</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>to</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>标志位</translation>
    </message>
    <message>
        <source>seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>ack</source>
        <translation>Ack</translation>
    </message>
    <message>
        <source>len</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>states after</source>
        <translation>之后的状态</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>（无人）</translation>
    </message>
    <message>
        <source>the first Seq seen from %1</source>
        <translation>%1 发出的第一个 Seq</translation>
    </message>
    <message>
        <source>%1&apos;s ISN</source>
        <translation>%1 的初始序列号</translation>
    </message>
    <message>
        <source>%1&apos;s SYN cookie, sent as its ISN</source>
        <translation>%1 的 SYN Cookie，作为其初始序列号发送</translation>
    </message>
    <message>
        <source>the ISN of a SYN forged from %1</source>
        <translation>伪造源地址 %1 的 SYN 的初始序列号</translation>
    </message>
    <message>
        <source>%1&apos;s ISN for a forged SYN</source>
        <translation>%1 回应伪造 SYN 的初始序列号</translation>
    </message>
    <message>
        <source>the ISNs of the forged SYNs</source>
        <translation>伪造的 SYN 的初始序列号</translation>
    </message>
    <message>
        <source>the ISNs that answer them</source>
        <translation>回应它们的初始序列号</translation>
    </message>
    <message>
        <source>Symbolic numbers</source>
        <translation>序号：符号表示</translation>
    </message>
    <message>
        <source>Relative numbers (as Wireshark counts)</source>
        <translation>序号：相对值（与 Wireshark 相同）</translation>
    </message>
    <message>
        <source>Absolute numbers</source>
        <translation>序号：绝对值</translation>
    </message>
    <message>
        <source>the file holds a number too large to read (past about 1e308).</source>
        <translation>文件中有一个大到无法读取的数字（超过约 1e308）。</translation>
    </message>
    <message>
        <source>retransmission after RTO %1</source>
        <translation>RTO %1 后重传</translation>
    </message>
    <message>
        <source>repeated for a duplicate SYN</source>
        <translation>为重复的 SYN 再次发送</translation>
    </message>
    <message>
        <source>SYN cookie, no state kept</source>
        <translation>SYN Cookie，不保存状态</translation>
    </message>
    <message>
        <source>challenge ACK (RFC 5961)</source>
        <translation>挑战 ACK（RFC 5961）</translation>
    </message>
    <message>
        <source>blind guess from forged %1</source>
        <translation>冒充 %1 盲猜</translation>
    </message>
    <message>
        <source>ACK for an out-of-window segment</source>
        <translation>回应窗口外报文段的 ACK</translation>
    </message>
    <message>
        <source>no connection: reset</source>
        <translation>无连接：复位</translation>
    </message>
    <message>
        <source>ACK in LISTEN: reset</source>
        <translation>LISTEN 状态收到 ACK：复位</translation>
    </message>
    <message>
        <source>invalid cookie: reset</source>
        <translation>Cookie 无效：复位</translation>
    </message>
    <message>
        <source>unacceptable ACK: reset</source>
        <translation>不可接受的 ACK：复位</translation>
    </message>
    <message>
        <source>dropped: SYN queue full</source>
        <translation>丢弃：半连接队列已满</translation>
    </message>
    <message>
        <source>dropped: accept queue full</source>
        <translation>丢弃：全连接队列已满</translation>
    </message>
    <message>
        <source>ignored RST</source>
        <translation>忽略 RST</translation>
    </message>
    <message>
        <source>dropped: RST outside the window</source>
        <translation>丢弃：RST 在窗口之外</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1&apos;s FIN</source>
        <translation>%1 的 FIN</translation>
    </message>
    <message>
        <source>%1&apos;s Seq as it acknowledges the FIN</source>
        <translation>%1 确认 FIN 时的 Seq</translation>
    </message>
    <message>
        <source>%1&apos;s own FIN</source>
        <translation>%1 自己的 FIN</translation>
    </message>
    <message>
        <source>delayed ACK</source>
        <translation>延迟确认</translation>
    </message>
    <message>
        <source>the FIN again: ACK again</source>
        <translation>再次收到 FIN：再次确认</translation>
    </message>
    <message>
        <source>ACK of the crossing SYN-ACK (Linux)</source>
        <translation>确认交叉的 SYN-ACK（Linux）</translation>
    </message>
    <message>
        <source>data after close: reset</source>
        <translation>关闭后收到数据：复位</translation>
    </message>
    <message>
        <source>closed with data unread: reset</source>
        <translation>关闭时有未读数据：复位</translation>
    </message>
    <message>
        <source>abort (SO_LINGER 0): reset</source>
        <translation>中止（SO_LINGER 0）：复位</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a capture file: tcpviz reads pcap and pcapng files, as tcpdump -w and Wireshark write them.</source>
        <translation>“%1”不是抓包文件：tcpviz 读取 tcpdump -w 和 Wireshark 写出的 pcap 与 pcapng 文件。</translation>
    </message>
    <message>
        <source>capture &apos;%1&apos; has interfaces of different link types, which libpcap cannot read: save each interface on its own (Wireshark: File, Export Specified Packets with the filter frame.interface_id == 0) and open that.</source>
        <translation>抓包文件“%1”的各个接口链路类型不同，libpcap 无法读取：请把每个接口单独保存（Wireshark：文件 → 导出特定分组，过滤器 frame.interface_id == 0），再打开它。</translation>
    </message>
    <message>
        <source>capture &apos;%1&apos; ends inside its file header: it holds no packets.</source>
        <translation>抓包文件“%1”在文件头中途就结束了：其中没有分组。</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: there is no such file.</source>
        <translation>无法打开“%1”：没有这个文件。</translation>
    </message>
    <message>
        <source>cannot read capture &apos;%1&apos;: %2.</source>
        <translation>无法读取抓包文件“%1”：%2。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty, not a capture file.</source>
        <translation>“%1”是空文件，不是抓包文件。</translation>
    </message>
    <message>
        <source>capture &apos;%1&apos; has link type %2, which tcpviz cannot read: it reads Ethernet, Linux cooked (SLL, SLL2), raw IP and BSD loopback captures.</source>
        <translation>抓包文件“%1”的链路类型是 %2，tcpviz 无法读取：它读取以太网、Linux cooked（SLL、SLL2）、原始 IP 和 BSD 环回抓包。</translation>
    </message>
    <message>
        <source>capture &apos;%1&apos; ends inside its first packet: it holds no complete packet.</source>
        <translation>抓包文件“%1”在第一个分组中途就结束了：其中没有完整的分组。</translation>
    </message>
    <message>
        <source>capture &apos;%1&apos; holds no packets.</source>
        <translation>抓包文件“%1”中没有分组。</translation>
    </message>
    <message>
        <source>capture &apos;%1&apos; was taken with a snapshot length of %2 bytes, which cuts off the TCP headers: capture again with a larger one (tcpdump -s 0).</source>
        <translation>抓包文件“%1”的快照长度为 %2 字节，截掉了 TCP 首部：请用更大的快照长度重新抓包（tcpdump -s 0）。</translation>
    </message>
    <message>
        <source>capture &apos;%1&apos; holds %2 packets and none of them is TCP.</source>
        <translation>抓包文件“%1”有 %2 个分组，但没有一个是 TCP。</translation>
    </message>
    <message>
        <source>cannot open &apos;%1&apos;: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>connection attempt seen, no reply</source>
        <translation>看到连接请求，没有回应</translation>
    </message>
    <message>
        <source>established, not terminated</source>
        <translation>已建立，未终止</translation>
    </message>
    <message>
        <source>normal establishment and termination</source>
        <translation>正常建立并正常终止</translation>
    </message>
    <message>
        <source>connection attempt rejected</source>
        <translation>连接请求被拒绝</translation>
    </message>
    <message>
        <source>established, the originator began to close, no reply seen</source>
        <translation>已建立，发起方开始关闭，未见回应</translation>
    </message>
    <message>
        <source>established, the responder began to close, no reply seen</source>
        <translation>已建立，响应方开始关闭，未见回应</translation>
    </message>
    <message>
        <source>established, the originator aborted with a RST</source>
        <translation>已建立，发起方用 RST 异常终止</translation>
    </message>
    <message>
        <source>established, the responder sent a RST</source>
        <translation>已建立，响应方发送了 RST</translation>
    </message>
    <message>
        <source>the originator sent a SYN and then a RST, no SYN-ACK seen</source>
        <translation>发起方先发 SYN 后发 RST，未见 SYN-ACK</translation>
    </message>
    <message>
        <source>the responder sent a SYN-ACK and then a RST, no SYN seen</source>
        <translation>响应方先发 SYN-ACK 后发 RST，未见 SYN</translation>
    </message>
    <message>
        <source>the originator sent a SYN and then a FIN, no SYN-ACK seen</source>
        <translation>发起方先发 SYN 后发 FIN，未见 SYN-ACK</translation>
    </message>
    <message>
        <source>the responder sent a SYN-ACK and then a FIN, no SYN seen</source>
        <translation>响应方先发 SYN-ACK 后发 FIN，未见 SYN</translation>
    </message>
    <message>
        <source>no SYN seen, traffic from the middle of a connection</source>
        <translation>未见 SYN，是连接中途的流量</translation>
    </message>
    <message>
        <source>%1  %2 -&gt; %3  %4 packets  %5 + %6 bytes  %7  %8 %9</source>
        <translation>%1  %2 -&gt; %3  %4 个分组  %5 + %6 字节  %7  %8 %9</translation>
    </message>
    <message>
        <source>%1 packets that are not TCP skipped</source>
        <translation>跳过 %1 个非 TCP 分组</translation>
    </message>
    <message>
        <source>%1 packets whose headers the snapshot length cut skipped</source>
        <translation>跳过 %1 个首部被快照长度截断的分组</translation>
    </message>
    <message>
        <source>the capture ends inside a packet: its last %1 bytes skipped</source>
        <translation>抓包文件在一个分组中途结束：跳过最后 %1 字节</translation>
    </message>
    <message>
        <source>capture %1 (link type %2, %3 frames), conversation %4</source>
        <translation>抓包文件 %1（链路类型 %2，%3 帧），会话 %4</translation>
    </message>
    <message>
        <source>conversation %1: no handshake seen, so where the capture point sat is not known: every segment is drawn arriving when it was captured</source>
        <translation>会话 %1：未见握手，因此不知道抓包位置：每个报文段都画成在被抓到的时刻到达</translation>
    </message>
    <message>
        <source>near the originator</source>
        <translation>靠近发起方</translation>
    </message>
    <message>
        <source>near the responder</source>
        <translation>靠近响应方</translation>
    </message>
    <message>
        <source>between the two</source>
        <translation>在两者之间</translation>
    </message>
    <message>
        <source>conversation %1: initial RTT %2, captured %3; a segment is drawn leaving and arriving as that implies</source>
        <translation>会话 %1：初始 RTT %2，抓包位置%3；报文段的发出与到达时刻据此画出</translation>
    </message>
    <message>
        <source>%1 segments have a bad TCP checksum: normal in a capture taken at their sender, whose network card computes the checksum after the capture point (checksum offload)</source>
        <translation>%1 个报文段的 TCP 校验和错误：在发送方抓包时这很正常，因为网卡在抓包位置之后才计算校验和（校验和卸载）</translation>
    </message>
    <message>
        <source>retransmission, %1 after the first</source>
        <translation>重传，比第一次晚 %1</translation>
    </message>
    <message>
        <source>spurious retransmission</source>
        <translation>虚假重传</translation>
    </message>
    <message>
        <source>fast retransmission</source>
        <translation>快速重传</translation>
    </message>
    <message>
        <source>out of order</source>
        <translation>乱序</translation>
    </message>
    <message>
        <source>duplicate ACK #%1</source>
        <translation>重复确认 #%1</translation>
    </message>
    <message>
        <source>previous segment not captured</source>
        <translation>前一个报文段未被抓到</translation>
    </message>
    <message>
        <source>ACKed unseen segment</source>
        <translation>确认了未抓到的报文段</translation>
    </message>
    <message>
        <source>port numbers reused</source>
        <translation>端口号被重用</translation>
    </message>
    <message>
        <source>zero window</source>
        <translation>零窗口</translation>
    </message>
    <message>
        <source>keep-alive</source>
        <translation>保活</translation>
    </message>
    <message>
        <source>window update</source>
        <translation>窗口更新</translation>
    </message>
    <message>
        <source>bad checksum</source>
        <translation>校验和错误</translation>
    </message>
    <message>
        <source>probably lost after the capture point</source>
        <translation>很可能在抓包位置之后丢失</translation>
    </message>
    <message>
        <source>capture &apos;%1&apos; is damaged at packet %2: %3.</source>
        <translation>抓包文件“%1”在第 %2 个分组处损坏：%3。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <source>the ISNs of the hosts that open</source>
        <translation>发起连接的主机的初始序列号</translation>
    </message>
    <message>
        <source>the ISNs of the hosts that answer</source>
        <translation>应答主机的初始序列号</translation>
    </message>
    <message>
        <source>the SYN cookies sent as ISNs</source>
        <translation>作为初始序列号发送的 SYN Cookie</translation>
    </message>
    <message>
        <source>the first FINs</source>
        <translation>第一个 FIN</translation>
    </message>
    <message>
        <source>the Seqs that acknowledge them</source>
        <translation>确认它们时的序号</translation>
    </message>
    <message>
        <source>the second FINs</source>
        <translation>第二个 FIN</translation>
    </message>
    <message>
        <source>a model is of one connection: choose one with --conversation N (see --conversations).</source>
        <translation>模型只针对一条连接：请用 --conversation N 选择一条（见 --conversations）。</translation>
    </message>
    <message>
        <source>the model speaks IPv4 only: this connection is over IPv6.</source>
        <translation>模型只支持 IPv4：这条连接使用的是 IPv6。</translation>
    </message>
    <message>
        <source>the capture holds no SYN of this connection: a model starts from the handshake.</source>
        <translation>抓包中没有这条连接的 SYN：模型要从握手开始。</translation>
    </message>
    <message>
        <source>%1 from the server</source>
        <translation>服务器发出的 %1</translation>
    </message>
    <message>
        <source>%1 from the client</source>
        <translation>客户端发出的 %1</translation>
    </message>
    <message>
        <source>%1 was sent at %2; the model sent it at %3, %4 earlier.</source>
        <translation>%1 在 %2 发出；模型在 %3 发出，早了 %4。</translation>
    </message>
    <message>
        <source>%1 was sent at %2; the model sent it at %3, %4 later.</source>
        <translation>%1 在 %2 发出；模型在 %3 发出，晚了 %4。</translation>
    </message>
    <message>
        <source>%1 at %2 is in the capture only: the model does not send it.</source>
        <translation>%2 的 %1 只出现在抓包中：模型没有发送它。</translation>
    </message>
    <message>
        <source>%1 at %2 is in the model only: the capture does not show it.</source>
        <translation>%2 的 %1 只出现在模型中：抓包中没有它。</translation>
    </message>
</context>
<context>
    <name>scenario</name>
    <message>
        <source>The first SYN is lost; the client retransmits it when its 1 s RTO expires.</source>
        <translation>第一个 SYN 丢失；客户端在 1 秒 RTO 到期时重传它。</translation>
    </message>
    <message>
        <source>The SYN-ACK is lost; the server&apos;s retransmission and the client&apos;s repeated SYN both recover the handshake.</source>
        <translation>SYN-ACK 丢失；服务器的重传和客户端重发的 SYN 都能让握手恢复。</translation>
    </message>
    <message>
        <source>The third segment (ACK) is lost, but the client sends 5 bytes at once; that data segment carries the same ACK and completes the server&apos;s handshake.</source>
        <translation>第三个报文段（ACK）丢失，但客户端立即发送了 5 字节数据；这个数据报文段带着同样的 ACK，完成了服务器端的握手。</translation>
    </message>
    <message>
        <source>Nothing listens on the port: the SYN is answered with RST-ACK and connect() fails with &quot;connection refused&quot;.</source>
        <translation>端口上没有进程监听：SYN 得到 RST-ACK 回应，connect() 以“connection refused（连接被拒绝）”失败。</translation>
    </message>
    <message>
        <source>Every SYN is lost. With syn_retries 3 under the linux profile the client retransmits at 1, 2, 3, 4, 5, 7 and 11 s and gives up at 19 s.</source>
        <translation>每个 SYN 都丢失。在 linux 定时参数下设 syn_retries 为 3，客户端在第 1、2、3、4、5、7、11 秒重传，并在第 19 秒放弃。</translation>
    </message>
    <message>
        <source>One SYN forged with the address of a live host: that host answers the SYN-ACK with RST and the server drops the half-open request at once.</source>
        <translation>一个冒用在线主机地址的 SYN：该主机对 SYN-ACK 回以 RST，服务器立即丢弃这个半连接。</translation>
    </message>
    <message>
        <source>Both ends send a SYN at the same time (RFC 9293 Figure 7): four segments cross and both reach ESTABLISHED without a bare third ACK.</source>
        <translation>两端同时发送 SYN（RFC 9293 图 7）：四个报文段交叉而过，双方不需要单独的第三个 ACK 就进入 ESTABLISHED。</translation>
    </message>
    <message>
        <source>An old duplicate SYN arrives before the client&apos;s delayed SYN (RFC 9293 Figure 8): the client resets the stale attempt and the real handshake follows.</source>
        <translation>旧的重复 SYN 先于客户端被延迟的 SYN 到达（RFC 9293 图 8）：客户端复位这次过时的尝试，随后进行真正的握手。</translation>
    </message>
    <message>
        <source>The server still holds an ESTABLISHED connection from before the client rebooted (RFC 9293 Figure 9): the client&apos;s new SYN draws an ACK, the client resets it, and the next SYN opens a new connection.</source>
        <translation>客户端重启前的 ESTABLISHED 连接仍留在服务器上（RFC 9293 图 9）：客户端的新 SYN 换来一个 ACK，客户端将其复位，下一个 SYN 建立新连接。</translation>
    </message>
    <message>
        <source>Hypothetical: a server that calls the connection established right after its SYN-ACK. An old duplicate SYN then opens a connection the client never asked for.</source>
        <translation>假设情形：服务器一发出 SYN-ACK 就认为连接已建立。这样一个旧的重复 SYN 就会打开一个客户端从未请求过的连接。</translation>
    </message>
    <message>
        <source>4.4BSD-predictable server ISNs: the attacker samples one with its own connection, forges a SYN from a trusted host and completes the handshake blind. With --isn rfc6528 the same guess fails.</source>
        <translation>服务器使用 4.4BSD 式可预测的 ISN：攻击者先用自己的连接取样一个 ISN，再冒充受信任主机发送 SYN，盲打完成握手。改用 --isn rfc6528 后同样的猜测就会失败。</translation>
    </message>
    <message>
        <source>Three-way handshake</source>
        <translation>三次握手</translation>
    </message>
    <message>
        <source>Lost SYN</source>
        <translation>SYN 丢失</translation>
    </message>
    <message>
        <source>Lost SYN-ACK</source>
        <translation>SYN-ACK 丢失</translation>
    </message>
    <message>
        <source>Lost third segment (ACK)</source>
        <translation>第三个报文段（ACK）丢失</translation>
    </message>
    <message>
        <source>Lost ACK, data follows</source>
        <translation>ACK 丢失，随后的数据补上</translation>
    </message>
    <message>
        <source>Closed port: RST</source>
        <translation>端口未监听：RST</translation>
    </message>
    <message>
        <source>SYN timeout</source>
        <translation>SYN 超时</translation>
    </message>
    <message>
        <source>SYN flood</source>
        <translation>SYN 洪泛攻击</translation>
    </message>
    <message>
        <source>8 SYNs from unreachable forged sources, 20 ms apart, fill a backlog of 4 (Linux counts a queue full only when it holds more than its backlog, so 5 fit a backlog of 4) with SYN cookies off; a legitimate client 200 ms later is ignored until half-open requests expire.</source>
        <translation>来自不可达伪造源地址的 8 个 SYN，间隔 20 ms，在关闭 SYN Cookie 时塞满上限为 4 的半连接队列（Linux 只有在队列中的数量超过上限时才算满，所以上限为 4 的队列能容纳 5 个）；200 ms 后到来的正常客户端一直被忽略，直到半连接超时。</translation>
    </message>
    <message>
        <source>SYN flood with SYN cookies</source>
        <translation>SYN 洪泛攻击与 SYN Cookie</translation>
    </message>
    <message>
        <source>The same flood with SYN cookies on overflow: once the queue is full (Linux counts a queue full only when it holds more than its backlog, so 5 fit a backlog of 4) the server answers statelessly and the legitimate client connects at once.</source>
        <translation>同样的洪泛，但在队列溢出时启用 SYN Cookie：队列一满（Linux 只有在队列中的数量超过上限时才算满，所以上限为 4 的队列能容纳 5 个），服务器就以无状态方式应答，正常客户端立即连上。</translation>
    </message>
    <message>
        <source>Full accept queue</source>
        <translation>全连接队列已满</translation>
    </message>
    <message>
        <source>Forged SYN answered with RST</source>
        <translation>伪造的 SYN 被 RST 回应</translation>
    </message>
    <message>
        <source>Simultaneous open</source>
        <translation>同时打开</translation>
    </message>
    <message>
        <source>Old duplicate SYN</source>
        <translation>旧的重复 SYN</translation>
    </message>
    <message>
        <source>Half-open connection discovered</source>
        <translation>发现半开连接</translation>
    </message>
    <message>
        <source>Why not a two-way handshake?</source>
        <translation>为什么不是两次握手？</translation>
    </message>
    <message>
        <source>Blind spoofing with predictable ISNs</source>
        <translation>利用可预测 ISN 的盲目欺骗</translation>
    </message>
    <message>
        <source>Three-way handshake (RFC 9293 Figure 6), then 5 bytes each way and the close.</source>
        <translation>三次握手（RFC 9293 图 6），随后双方各发送 5 字节，然后关闭连接。</translation>
    </message>
    <message>
        <source>Close in three segments</source>
        <translation>三个报文段的关闭</translation>
    </message>
    <message>
        <source>The client closes 200 ms after reading the answer; the server&apos;s application closes as soon as it reads end-of-file, so under linux its FIN carries the delayed ACK of the client&apos;s FIN: FIN, FIN-ACK, ACK.</source>
        <translation>客户端读到应答 200 ms 后关闭；服务器的应用程序一读到文件结束就关闭，因此在 linux 配置下，它的 FIN 带上了对客户端 FIN 的延迟确认：FIN、FIN-ACK、ACK。</translation>
    </message>
    <message>
        <source>Close in four segments</source>
        <translation>四次挥手</translation>
    </message>
    <message>
        <source>The server&apos;s application closes 1 s after end-of-file, so its ACK of the client&apos;s FIN goes alone when the delayed-ACK timer expires and its FIN follows: the four segments of RFC 9293 Figure 12.</source>
        <translation>服务器的应用程序在文件结束 1 s 后才关闭，所以它对客户端 FIN 的 ACK 在延迟确认计时器到期时单独发出，随后才是它的 FIN：即 RFC 9293 图 12 的四个报文段。</translation>
    </message>
    <message>
        <source>Simultaneous close</source>
        <translation>同时关闭</translation>
    </message>
    <message>
        <source>Both applications close at the same moment, 200 ms after the exchange: the FINs cross, both pass through CLOSING and both wait in TIME-WAIT (RFC 9293 Figure 13).</source>
        <translation>双方应用程序在数据交换 200 ms 后同时关闭：两个 FIN 交叉，双方都经过 CLOSING，并都在 TIME-WAIT 中等待（RFC 9293 图 13）。</translation>
    </message>
    <message>
        <source>The server closes first</source>
        <translation>服务器先关闭</translation>
    </message>
    <message>
        <source>The server closes 200 ms after answering, the client 200 ms after it reads end-of-file: the server is the active closer, and it is the server that waits in TIME-WAIT.</source>
        <translation>服务器在应答 200 ms 后关闭，客户端在读到文件结束 200 ms 后关闭：服务器是主动关闭方，所以在 TIME-WAIT 中等待的是服务器。</translation>
    </message>
    <message>
        <source>Half-close</source>
        <translation>半关闭</translation>
    </message>
    <message>
        <source>The client shuts down its sending side right after writing; the server reads to end-of-file, then answers through the half-open direction and closes 200 ms later (RFC 9293 §3.6.1).</source>
        <translation>客户端写完后立即关闭发送方向；服务器读到文件结束后，通过仍然打开的方向应答，并在 200 ms 后关闭（RFC 9293 §3.6.1）。</translation>
    </message>
    <message>
        <source>Close with unread data: RST</source>
        <translation>带未读数据关闭：RST</translation>
    </message>
    <message>
        <source>The server&apos;s application closes 200 ms after accepting, without reading the request: TCP sends RST instead of FIN, because data was lost (RFC 2525 §2.17).</source>
        <translation>服务器的应用程序在 accept 后 200 ms 关闭，却没有读取请求：TCP 发送 RST 而不是 FIN，因为有数据丢失了（RFC 2525 §2.17）。</translation>
    </message>
    <message>
        <source>Abort with RST</source>
        <translation>用 RST 中止</translation>
    </message>
    <message>
        <source>The client sets SO_LINGER to 0 and closes 200 ms after reading the answer: one RST ends the connection on both sides, with no FIN and no TIME-WAIT (RFC 9293 §3.10.5).</source>
        <translation>客户端把 SO_LINGER 设为 0，并在读到应答 200 ms 后关闭：一个 RST 就结束了双方的连接，没有 FIN，也没有 TIME-WAIT（RFC 9293 §3.10.5）。</translation>
    </message>
    <message>
        <source>Lost FIN</source>
        <translation>FIN 丢失</translation>
    </message>
    <message>
        <source>The close in three segments, but the client&apos;s first FIN is lost: it sends it again when its RTO, measured from the connection&apos;s round trips, expires.</source>
        <translation>三个报文段的关闭，但客户端的第一个 FIN 丢失：当根据连接往返时间测得的 RTO 到期时，它重发 FIN。</translation>
    </message>
    <message>
        <source>Lost last ACK</source>
        <translation>最后的 ACK 丢失</translation>
    </message>
    <message>
        <source>The close in three segments, but the client&apos;s last ACK is lost: the server retransmits its FIN from LAST-ACK, and the client, in TIME-WAIT, acknowledges it again.</source>
        <translation>三个报文段的关闭，但客户端最后的 ACK 丢失：服务器在 LAST-ACK 中重传 FIN，处于 TIME-WAIT 的客户端再次确认它。</translation>
    </message>
    <message>
        <source>CLOSE-WAIT forever</source>
        <translation>永远的 CLOSE-WAIT</translation>
    </message>
    <message>
        <source>The server&apos;s application never closes: the server stays in CLOSE-WAIT, and the client&apos;s orphaned FIN-WAIT-2 ends after Linux&apos;s 60 s tcp_fin_timeout.</source>
        <translation>服务器的应用程序从不关闭：服务器一直停在 CLOSE-WAIT，而客户端的孤儿 FIN-WAIT-2 在 Linux 的 60 s tcp_fin_timeout 之后结束。</translation>
    </message>
    <message>
        <source>The third segment (ACK) is lost and the client stays silent: the server resends its SYN-ACK and the client&apos;s answer completes the handshake. The client writes only at 1.5 s, then the exchange and the close follow.</source>
        <translation>第三个报文段（ACK）丢失，客户端没有再发送：服务器重传 SYN-ACK，客户端的回应完成握手。客户端直到 1.5 s 才写入数据，随后是数据交换和关闭。</translation>
    </message>
    <message>
        <source>The server&apos;s application accept()s one connection every 1.5 s and its backlog is 1. Two connections fill the accept queue (Linux counts a queue full only when it holds more than its backlog, so 2 fit a backlog of 1); the third client&apos;s ACK is dropped, so it believes it is connected while the server resends its SYN-ACK. The clients only connect: none of them closes.</source>
        <translation>服务器的应用程序每 1.5 s 才 accept() 一个连接，队列上限为 1。两个连接就塞满了全连接队列（Linux 只有在队列中的数量超过上限时才算满，所以上限为 1 的队列能容纳 2 个）；第三个客户端的 ACK 被丢弃，它以为连接已建立，而服务器在重传 SYN-ACK。这些客户端只建立连接，都不关闭。</translation>
    </message>
</context>
<context>
    <name>tcpviz::ChartsPanel</name>
    <message>
        <source>Sequence numbers</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>ISNs</source>
        <translation>ISN</translation>
    </message>
    <message>
        <source>%1: half-open requests</source>
        <translation>%1：半连接数</translation>
    </message>
    <message>
        <source>time (ms)</source>
        <translation>时间（ms）</translation>
    </message>
    <message>
        <source>Seq sent over time (relative)</source>
        <translation>发送的 Seq 随时间的变化（相对值）</translation>
    </message>
    <message>
        <source>ISN of new connections over time: %1</source>
        <translation>新连接的 ISN 随时间的变化：%1</translation>
    </message>
    <message>
        <source>ISN</source>
        <translation>ISN</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>时间（s）</translation>
    </message>
    <message>
        <source>SYN and accept queue depth over time</source>
        <translation>半连接队列与全连接队列长度随时间变化</translation>
    </message>
    <message>
        <source>%1: waiting for accept()</source>
        <translation>%1：等待 accept() 的连接</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>连接数</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <source>Seq sent over time (absolute)</source>
        <translation>随时间发送的 Seq（绝对值）</translation>
    </message>
    <message>
        <source>Seq sent over time (x + n, y + n)</source>
        <translation>随时间发送的 Seq（x + n，y + n）</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Seq after the ISN</source>
        <translation>Seq 超出初始序列号的部分</translation>
    </message>
    <message>
        <source>backlog %1: full above it, so %2 fit</source>
        <translation>队列上限 %1：超过才算满，能容纳 %2 个</translation>
    </message>
    <message>
        <source>Drag to zoom in on a stretch of time, scroll to zoom, right-drag to pan, double-click to see the whole run.</source>
        <translation>拖动以放大一段时间，滚轮缩放，右键拖动平移，双击查看整个运行过程。</translation>
    </message>
</context>
<context>
    <name>tcpviz::ConversationPicker</name>
    <message>
        <source>Open capture</source>
        <translation>打开抓包文件</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n TCP connection(s). Pick the ones to step through; each gets its endpoints&apos; lifelines.</source>
        <translation>
            <numerusform>%1 中有 %n 条 TCP 连接。选择要逐步查看的连接；每条连接的端点各有一条生命线。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>tcpviz::DiagramView</name>
    <message>
        <source>In flight: click to lose it.</source>
        <translation>正在传输：单击即可让它丢失。</translation>
    </message>
    <message>
        <source>Space or → to step, ← to go back, F5 to present</source>
        <translation>按空格键或 → 单步，← 后退一步，F5 进入演示模式</translation>
    </message>
</context>
<context>
    <name>tcpviz::EventLogView</name>
    <message>
        <source>Filter events (e.g. SYN-ACK, server, lost)</source>
        <translation>筛选事件（例如 SYN-ACK、服务器、丢失）</translation>
    </message>
    <message>
        <source>step %1  %2  %3</source>
        <extracomment>One line of the event log: step number, virtual time, what happened.</extracomment>
        <translation>第 %1 步  %2  %3</translation>
    </message>
</context>
<context>
    <name>tcpviz::ExportDialog</name>
    <message>
        <source>Export diagram</source>
        <translation>导出时序图</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Print (black on white, no background)</source>
        <translation>打印（白底黑字，无背景）</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source> ×</source>
        <translation> ×</translation>
    </message>
    <message>
        <source>PNG pixels per diagram pixel</source>
        <translation>每个图像素对应的 PNG 像素数</translation>
    </message>
    <message>
        <source>As it stands now</source>
        <translation>当前进度</translation>
    </message>
    <message>
        <source>The whole run, to its end</source>
        <translation>完整运行到结束</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>PNG scale</source>
        <translation>PNG 缩放</translation>
    </message>
    <message>
        <source>Diagram</source>
        <translation>时序图</translation>
    </message>
    <message>
        <source>The extension picks the format: .png, .svg, .pdf, .html, .mmd, .puml, .txt, .pcap or .json</source>
        <translation>扩展名决定格式：.png、.svg、.pdf、.html、.mmd、.puml、.txt、.pcap 或 .json</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf);;Handout (*.html);;Mermaid (*.mmd);;PlantUML (*.puml);;Ladder text (*.txt);;Capture (*.pcap);;Trace (*.json)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf);;讲义 (*.html);;Mermaid (*.mmd);;PlantUML (*.puml);;时序文本 (*.txt);;抓包文件 (*.pcap);;跟踪记录 (*.json)</translation>
    </message>
    <message>
        <source>The legend of lines and marks under the diagram</source>
        <translation>在时序图下方加上线型与标记的图例</translation>
    </message>
</context>
<context>
    <name>tcpviz::LessonPanel</name>
    <message>
        <source>Start lesson</source>
        <translation>开始课程</translation>
    </message>
    <message>
        <source>Load the lesson&apos;s scenario from its beginning</source>
        <translation>从头载入这节课程的场景</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Play on to the next moment that matters</source>
        <translation>播放到下一个关键时刻</translation>
    </message>
    <message>
        <source>Open lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>A lesson written by a teacher: a scenario file with a &quot;lesson&quot; part</source>
        <translation>教师编写的课程：带有“lesson”部分的场景文件</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lesson files (*.json)</source>
        <translation>课程文件 (*.json)</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Introduction: press Continue to play to the first stop.</source>
        <translation>简介：按“继续”播放到第一个停顿点。</translation>
    </message>
    <message>
        <source>Stop %1 of %2: the end of the lesson.</source>
        <translation>第 %1 个停顿点，共 %2 个：课程结束。</translation>
    </message>
    <message>
        <source>Stop %1 of %2</source>
        <translation>第 %1 个停顿点，共 %2 个</translation>
    </message>
    <message>
        <source>Choose a lesson, then press Start lesson.</source>
        <translation>选择一节课程，然后按“开始课程”。</translation>
    </message>
</context>
<context>
    <name>tcpviz::LiveValuesView</name>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>对端</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>port %1</source>
        <extracomment>LISTEN is an RFC 9293 state name.</extracomment>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>SYN queue %1/%2</source>
        <translation>半连接队列 %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>… %n more half-open request(s)</source>
        <translation>
            <numerusform>……还有 %n 个半连接</numerusform>
        </translation>
    </message>
    <message>
        <source>waits for accept()</source>
        <translation>等待 accept()</translation>
    </message>
    <message>
        <source>SYN queue %1/%2, accept queue %3/%2</source>
        <translation>半连接队列 %1/%2，全连接队列 %3/%2</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>计时器</translation>
    </message>
    <message>
        <source>TIME-WAIT ends at %1, in %2</source>
        <translation>TIME-WAIT 在 %1 结束，还剩 %2</translation>
    </message>
    <message>
        <source>FIN-WAIT-2 gives up at %1, in %2</source>
        <translation>FIN-WAIT-2 在 %1 放弃，还剩 %2</translation>
    </message>
    <message>
        <source>%1; delayed ACK at %2</source>
        <translation>%1；延迟确认在 %2</translation>
    </message>
    <message>
        <source>not measured: RTO %1</source>
        <translation>尚未测量：RTO %1</translation>
    </message>
    <message>
        <source>retransmits at %1, in %2</source>
        <translation>在 %1 重传，还剩 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n retransmission(s), RTO %2</source>
        <translation>
            <numerusform>%1，已重传 %n 次，RTO %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not in a capture</source>
        <translation>抓包中没有</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier endpoint(s)</source>
        <translation>
            <numerusform>……此前还有 %n 个端点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpviz::MainWindow</name>
    <message>
        <source>tcpviz — TCP three-way handshake</source>
        <translation>tcpviz — TCP 三次握手</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Process the next event</source>
        <translation>处理下一个事件</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <source>Undo the last event exactly</source>
        <translation>精确撤销上一个事件</translation>
    </message>
    <message>
        <source>Step automatically at the chosen speed</source>
        <translation>按所选速度自动单步</translation>
    </message>
    <message>
        <source>Run to end</source>
        <translation>运行到结束</translation>
    </message>
    <message>
        <source>Process every remaining event</source>
        <translation>处理所有剩余事件</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the start of the scenario</source>
        <translation>回到场景开头</translation>
    </message>
    <message>
        <source>Open scenario…</source>
        <translation>打开场景…</translation>
    </message>
    <message>
        <source>Load a scenario file (JSON)</source>
        <translation>载入场景文件（JSON）</translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation>场景文件 (*.json)</translation>
    </message>
    <message>
        <source>Save scenario as…</source>
        <translation>场景另存为…</translation>
    </message>
    <message>
        <source>Save the scenario with its options as JSON</source>
        <translation>把场景连同选项保存为 JSON</translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Export diagram…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Save the diagram as it stands now (PNG, SVG, PDF, Mermaid, PlantUML, text, pcap, JSON)</source>
        <translation>保存当前进度的时序图（PNG、SVG、PDF、Mermaid、PlantUML、文本、pcap、JSON）</translation>
    </message>
    <message>
        <source>Export whole run…</source>
        <translation>导出完整运行…</translation>
    </message>
    <message>
        <source>Save the diagram of the run to its end</source>
        <translation>保存运行到结束时的时序图</translation>
    </message>
    <message>
        <source>Copy diagram</source>
        <translation>复制时序图</translation>
    </message>
    <message>
        <source>Copy the diagram to the clipboard as an image</source>
        <translation>把时序图作为图片复制到剪贴板</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Close tcpviz</source>
        <translation>关闭 tcpviz</translation>
    </message>
    <message>
        <source>any segment</source>
        <translation>任意报文段</translation>
    </message>
    <message>
        <source>data</source>
        <translation>数据报文段</translation>
    </message>
    <message>
        <source>Lose next %1</source>
        <translation>丢弃下一个%1</translation>
    </message>
    <message>
        <source>The next %1 sent is lost in the network</source>
        <translation>下一个发出的%1将在网络中丢失</translation>
    </message>
    <message>
        <source>Forged SYN (unreachable source)</source>
        <translation>伪造的 SYN（不可达源地址）</translation>
    </message>
    <message>
        <source>The attacker sends one SYN from an address where nobody answers</source>
        <translation>攻击者从一个无人应答的地址发送一个 SYN</translation>
    </message>
    <message>
        <source>Forged SYN (live host answers RST)</source>
        <translation>伪造的 SYN（在线主机回 RST）</translation>
    </message>
    <message>
        <source>The attacker sends one SYN with the address of a live host, which resets the SYN-ACK</source>
        <translation>攻击者冒用一台在线主机的地址发送一个 SYN，该主机会用 RST 复位 SYN-ACK</translation>
    </message>
    <message>
        <source>SYN flood…</source>
        <translation>SYN 洪泛攻击…</translation>
    </message>
    <message>
        <source>Many forged SYNs at a chosen rate</source>
        <translation>按所选速率发送大量伪造的 SYN</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Larger diagram</source>
        <translation>放大时序图</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Smaller diagram</source>
        <translation>缩小时序图</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Diagram at 100 %</source>
        <translation>时序图 100 % 显示</translation>
    </message>
    <message>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <source>Full screen, large type, clicker keys: Page Down steps, Page Up goes back</source>
        <translation>全屏、大字号，翻页笔按键：Page Down 单步，Page Up 后退一步</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近打开</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Faults</source>
        <translation>故障(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Play speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>events per second</source>
        <translation>每秒事件数</translation>
    </message>
    <message>
        <source>× real time</source>
        <translation>× 实际时间</translation>
    </message>
    <message>
        <source>Play at a number of events per second, or follow the virtual clock scaled</source>
        <translation>按每秒事件数播放，或按比例跟随虚拟时钟</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>报文段</translation>
    </message>
    <message>
        <source>Live values</source>
        <translation>实时变量</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>State machine</source>
        <translation>状态机</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>tcpviz — %1</source>
        <translation>tcpviz — %1</translation>
    </message>
    <message>
        <source> (hypothetical)</source>
        <translation>（假设情形）</translation>
    </message>
    <message>
        <source>Step %1   t = %2</source>
        <extracomment>The status bar: step counter and virtual clock.</extracomment>
        <translation>第 %1 步   t = %2</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>tcpviz: %1</source>
        <translation>tcpviz：%1</translation>
    </message>
    <message>
        <source>Diagram copied to the clipboard</source>
        <translation>时序图已复制到剪贴板</translation>
    </message>
    <message>
        <source>SYN flood</source>
        <translation>SYN 洪泛攻击</translation>
    </message>
    <message>
        <source>Forged SYNs to send:</source>
        <translation>要发送的伪造 SYN 数：</translation>
    </message>
    <message>
        <source>SYNs per second:</source>
        <translation>每秒 SYN 数：</translation>
    </message>
    <message>
        <source>Narration</source>
        <translation>讲解</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Predict, then reveal</source>
        <translation>先预测，再揭晓</translation>
    </message>
    <message>
        <source>Before each segment is shown, predict its flags, Seq, Ack and its receiver&apos;s next state</source>
        <translation>每个报文段显示之前，先预测它的标志位、Seq、Ack 以及接收方的下一个状态</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Colours of the diagram and the window: %1</source>
        <translation>时序图和窗口的配色：%1</translation>
    </message>
    <message>
        <source>Language of the window, the narration and the exports</source>
        <translation>窗口、讲解和导出图片的语言</translation>
    </message>
    <message>
        <source>Show or hide the %1 panel</source>
        <translation>显示或隐藏“%1”面板</translation>
    </message>
    <message>
        <source>Symbolic: x, y+1</source>
        <translation>符号表示：x、y+1</translation>
    </message>
    <message>
        <source>Relative: 0, 1</source>
        <translation>相对值：0、1</translation>
    </message>
    <message>
        <source>Absolute: as on the wire</source>
        <translation>绝对值：报文中的原值</translation>
    </message>
    <message>
        <source>Write Seq and Ack as textbooks do: the client&apos;s ISN is x, the server&apos;s y</source>
        <translation>像教科书一样书写 Seq 与 Ack：客户端的初始序列号为 x，服务器的为 y</translation>
    </message>
    <message>
        <source>Count Seq and Ack from each side&apos;s ISN, as Wireshark does</source>
        <translation>像 Wireshark 一样，从各方的初始序列号起计算 Seq 与 Ack</translation>
    </message>
    <message>
        <source>Write Seq and Ack as the segments carry them</source>
        <translation>按报文段中实际携带的值书写 Seq 与 Ack</translation>
    </message>
    <message>
        <source>Next notation for numbers</source>
        <translation>切换序号写法</translation>
    </message>
    <message>
        <source>Write Seq and Ack symbolically (x, y+1), relative to each ISN, or as on the wire</source>
        <translation>用符号表示（x、y+1）、相对各方初始序列号的值或报文中的原值书写 Seq 与 Ack</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>序号写法</translation>
    </message>
    <message>
        <source>How Seq and Ack are written in the diagram and every panel (Ctrl+R)</source>
        <translation>时序图和各面板中 Seq 与 Ack 的写法（Ctrl+R）</translation>
    </message>
    <message>
        <source>Step %1: what was sent, with which Seq and Ack, and which state follows? Call out your prediction, then reveal it (Enter).</source>
        <translation>第 %1 步：发送了什么报文段，Seq 与 Ack 是多少，接下来进入哪个状态？请说出你的预测，然后揭晓（Enter）。</translation>
    </message>
    <message>
        <source>Whole exchange or follow</source>
        <translation>显示全部交互或跟随当前报文段</translation>
    </message>
    <message>
        <source>In presentation mode: fit the whole exchange so far to the screen, or follow the current segment and the three before it</source>
        <translation>演示模式下：让迄今为止的全部交互适应屏幕，或跟随当前报文段及其前三个报文段</translation>
    </message>
    <message>
        <source>Class quiz</source>
        <translation>课堂竞猜</translation>
    </message>
    <message>
        <source>Draw what each step sends or changes with &quot;?&quot; until it is revealed, so that the room can call out its prediction</source>
        <translation>在揭晓之前，用“?”代替每一步发送或改变的内容，让全班说出自己的预测</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Show what the class quiz keeps back</source>
        <translation>显示课堂竞猜暂时隐藏的内容</translation>
    </message>
    <message>
        <source>Export handout…</source>
        <translation>导出讲义…</translation>
    </message>
    <message>
        <source>One web page with the diagram and the narration of every step (of a lesson: of its stops)</source>
        <translation>一个网页，包含每一步（课程则为每个停顿点）的时序图和讲解</translation>
    </message>
    <message>
        <source>Export worksheet…</source>
        <translation>导出练习单…</translation>
    </message>
    <message>
        <source>The diagram with every flag, number and state left blank to fill in, and the answers</source>
        <translation>把所有标志位、序号和状态留空待填写的时序图，以及答案</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>窗口响应的所有按键</translation>
    </message>
    <message>
        <source>Legend of the diagram</source>
        <translation>时序图图例</translation>
    </message>
    <message>
        <source>What the line styles and marks of the diagram mean</source>
        <translation>时序图中各种线型和标记的含义</translation>
    </message>
    <message>
        <source>About tcpviz</source>
        <translation>关于 tcpviz</translation>
    </message>
    <message>
        <source>The version of tcpviz</source>
        <translation>tcpviz 的版本</translation>
    </message>
    <message>
        <source>Show the lessons: questions answered step by step</source>
        <translation>显示课程：一步一步解答的问题</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Exported to %1 — &lt;a href=&quot;%2&quot;&gt;open the folder&lt;/a&gt;</source>
        <extracomment>The status bar after an export, with a link that opens the folder.</extracomment>
        <translation>已导出到 %1 — &lt;a href=&quot;%2&quot;&gt;打开所在文件夹&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Client closes</source>
        <translation>客户端关闭</translation>
    </message>
    <message>
        <source>The client&apos;s application calls close() now: FIN, or RST if it left data unread</source>
        <translation>客户端的应用程序现在调用 close()：发送 FIN；如果还有未读数据，则发送 RST</translation>
    </message>
    <message>
        <source>Server closes</source>
        <translation>服务器关闭</translation>
    </message>
    <message>
        <source>The server&apos;s application calls close() now: FIN, or RST if it left data unread</source>
        <translation>服务器的应用程序现在调用 close()：发送 FIN；如果还有未读数据，则发送 RST</translation>
    </message>
    <message>
        <source>Client shuts down its sending side</source>
        <translation>客户端关闭发送方向</translation>
    </message>
    <message>
        <source>The client&apos;s application calls shutdown(SHUT_WR): FIN, and it still reads (a half-close)</source>
        <translation>客户端的应用程序调用 shutdown(SHUT_WR)：发送 FIN，但仍然读取数据（半关闭）</translation>
    </message>
    <message>
        <source>Client aborts (RST)</source>
        <translation>客户端中止（RST）</translation>
    </message>
    <message>
        <source>The client&apos;s application sets SO_LINGER to 0 and closes: RST, no FIN, no TIME-WAIT</source>
        <translation>客户端的应用程序把 SO_LINGER 设为 0 并关闭：发送 RST，没有 FIN，也没有 TIME-WAIT</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>打开抓包文件</translation>
    </message>
    <message>
        <source>Open capture…</source>
        <translation>打开抓包文件…</translation>
    </message>
    <message>
        <source>Step through a pcap or pcapng capture, with each endpoint&apos;s state inferred</source>
        <translation>逐步查看 pcap 或 pcapng 抓包文件，并推断每个端点的状态</translation>
    </message>
    <message>
        <source>Captures (*.pcap *.pcapng *.cap);;All files (*)</source>
        <translation>抓包文件 (*.pcap *.pcapng *.cap);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>tcpviz::NarrationView</name>
    <message>
        <source>Step %1: %2</source>
        <extracomment>Heading of the narration: the step number and what happened.</extracomment>
        <translation>第 %1 步：%2</translation>
    </message>
</context>
<context>
    <name>tcpviz::OptionsPanel</name>
    <message>
        <source>Fixed teaching values (100, 300)</source>
        <translation>固定教学值（100、300）</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>RFC 6528: clock + keyed hash</source>
        <translation>RFC 6528：时钟 + 带密钥哈希</translation>
    </message>
    <message>
        <source>Linux: 64 ns clock + SipHash</source>
        <translation>Linux：64 ns 时钟 + SipHash</translation>
    </message>
    <message>
        <source>4.4BSD: predictable</source>
        <translation>4.4BSD：可预测</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>RFC 6298</source>
        <translation>RFC 6298</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>On overflow</source>
        <translation>队列溢出时</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>总是</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Apply and reset</source>
        <translation>应用并重置</translation>
    </message>
    <message>
        <source>Restart the scenario with these options</source>
        <translation>用这些选项重新开始场景</translation>
    </message>
    <message>
        <source>ISN</source>
        <translation>ISN</translation>
    </message>
    <message>
        <source>Timing profile</source>
        <translation>定时参数</translation>
    </message>
    <message>
        <source>SYN cookies</source>
        <translation>SYN Cookie</translation>
    </message>
    <message>
        <source>Latency (one way)</source>
        <translation>时延（单向）</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>队列上限 (backlog)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
</context>
<context>
    <name>tcpviz::PredictPanel</name>
    <message>
        <source>empty: no ACK flag</source>
        <translation>留空：没有 ACK 标志位</translation>
    </message>
    <message>
        <source>it never arrives</source>
        <translation>永远不会到达</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭晓</translation>
    </message>
    <message>
        <source>Send the segment and mark the prediction</source>
        <translation>发送这个报文段并批改预测</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志位</translation>
    </message>
    <message>
        <source>Receiver&apos;s next state</source>
        <translation>接收方的下一个状态</translation>
    </message>
    <message>
        <source>&lt;b&gt;Predict first:&lt;/b&gt; fill in the segment below, then press Reveal.</source>
        <translation>&lt;b&gt;请先预测：&lt;/b&gt;填好下面的报文段，然后按“揭晓”。</translation>
    </message>
    <message>
        <source>Turn on Predict, then reveal (Simulation menu) to predict each segment before it is shown.</source>
        <translation>打开“先预测，再揭晓”（模拟菜单），在每个报文段显示之前先预测它。</translation>
    </message>
    <message>
        <source>This run is too long to predict segment by segment.</source>
        <translation>这次运行太长，无法逐个报文段预测。</translation>
    </message>
    <message>
        <source>No segment is left to predict.</source>
        <translation>没有需要预测的报文段了。</translation>
    </message>
    <message>
        <source>Next, %1 sends a segment to %2. What will it be?</source>
        <translation>接下来，%1将向%2发送一个报文段。它会是什么样？</translation>
    </message>
    <message>
        <source>Flags: %1.</source>
        <translation>标志位：%1。</translation>
    </message>
    <message>
        <source>Flags: it is %1, not %2 (%3).</source>
        <translation>标志位：是 %1，而不是 %2（%3）。</translation>
    </message>
    <message>
        <source>Seq=%1.</source>
        <translation>Seq=%1。</translation>
    </message>
    <message>
        <source>Seq is %1: a SYN carries its sender&apos;s initial sequence number (ISN).</source>
        <translation>Seq 是 %1：SYN 携带的是发送方的初始序列号 (ISN)。</translation>
    </message>
    <message>
        <source>Seq is %1: the next sequence number %2 has not used yet (SND.NXT).</source>
        <translation>Seq 是 %1：也就是%2下一个尚未使用的序号 (SND.NXT)。</translation>
    </message>
    <message>
        <source>Ack=%1.</source>
        <translation>Ack=%1。</translation>
    </message>
    <message>
        <source>No ACK flag, so no Ack.</source>
        <translation>没有 ACK 标志位，所以没有 Ack。</translation>
    </message>
    <message>
        <source>This segment has no ACK flag, so it acknowledges nothing.</source>
        <translation>这个报文段没有 ACK 标志位，所以它不确认任何东西。</translation>
    </message>
    <message>
        <source>Ack is %1: the next number %2 expects from %3 (RCV.NXT), that is the Seq it last received plus that segment&apos;s length, a SYN counting as one.</source>
        <translation>Ack 是 %1：即%2期望从%3收到的下一个序号 (RCV.NXT)，等于它最后收到的 Seq 加上那个报文段的长度，SYN 算作一个序号。</translation>
    </message>
    <message>
        <source>It never arrives: it is lost on the way.</source>
        <translation>它永远不会到达：在途中丢失了。</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <source>%1 is then in %2.</source>
        <translation>之后%1处于 %2 状态。</translation>
    </message>
    <message>
        <source>Once it arrives, %1 is in %2 (%3).</source>
        <translation>报文段到达后，%1处于 %2 状态（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>Score: %1 of %2 fields right over %n segment(s)</source>
        <translation>
            <numerusform>得分：%n 个报文段，%2 个字段中答对 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (on the wire %2)</source>
        <translation>%1（报文中为 %2）</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>x+1, 1 or 101</source>
        <translation>x+1、1 或 101</translation>
    </message>
    <message numerus="yes">
        <source>No segment this step: step on (%n step(s) send nothing). Then %1 sends a segment to %2. What will it be?</source>
        <translation>
            <numerusform>这一步没有报文段：请继续单步（%n 步不发送任何报文段）。之后%1向%2发送一个报文段。它会是什么？</numerusform>
        </translation>
    </message>
    <message>
        <source>Last segment, %1 from %2: %3 of %4 right</source>
        <translation>上一个报文段（%2 发出的 %1）：%4 项中答对 %3 项</translation>
    </message>
</context>
<context>
    <name>tcpviz::ScenarioPicker</name>
    <message>
        <source>Built-in scenarios</source>
        <translation>内置场景</translation>
    </message>
</context>
<context>
    <name>tcpviz::SegmentInspector</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Select an arrow in the diagram to see its header and bytes.</source>
        <translation>在时序图中选择一个箭头，查看其首部和字节。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地址</translation>
    </message>
    <message>
        <source>Source port</source>
        <translation>源端口</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>目的端口</translation>
    </message>
    <message>
        <source>Sequence number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Acknowledgment number</source>
        <translation>确认号</translation>
    </message>
    <message>
        <source>%1 (ACK flag not set)</source>
        <translation>%1（未设置 ACK 标志位）</translation>
    </message>
    <message>
        <source>Header length</source>
        <translation>首部长度</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标志位</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>校验和</translation>
    </message>
    <message>
        <source>Urgent pointer</source>
        <translation>紧急指针</translation>
    </message>
    <message>
        <source>MSS %1</source>
        <translation>MSS %1</translation>
    </message>
    <message>
        <source>SACK permitted</source>
        <translation>允许 SACK</translation>
    </message>
    <message>
        <source>timestamps %1/%2</source>
        <translation>时间戳 %1/%2</translation>
    </message>
    <message>
        <source>window scale %1</source>
        <translation>窗口扩大因子 %1</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>%1 bytes: &quot;%2&quot;</source>
        <translation>%1 字节：“%2”</translation>
    </message>
    <message>
        <source>%1 (absolute %2)</source>
        <translation>%1（绝对值 %2）</translation>
    </message>
    <message>
        <source>Frame</source>
        <translation>帧</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的第 %1 帧</translation>
    </message>
    <message>
        <source>%1, wrong: normal at the sender with checksum offload</source>
        <translation>%1，错误：在发送方抓包且有校验和卸载时属正常</translation>
    </message>
    <message>
        <source>%1, not checked: the capture cut the segment</source>
        <translation>%1，未校验：抓包截断了该报文段</translation>
    </message>
    <message>
        <source>SACK %1-%2</source>
        <translation>SACK %1-%2</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
</context>
<context>
    <name>tcpviz::StateMachineView</name>
    <message>
        <source>Whose state machine to show</source>
        <translation>显示哪一方的状态机</translation>
    </message>
    <message>
        <source>last change: %1</source>
        <translation>最近一次变化：%1</translation>
    </message>
</context>
</TS>
