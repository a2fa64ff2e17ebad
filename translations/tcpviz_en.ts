<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Handout</name>
    <message numerus="yes">
        <source>The run goes on for %n more step(s); export its diagram to see them all.</source>
        <translation>
            <numerusform>The run goes on for %n more step; export its diagram to see it.</numerusform>
            <numerusform>The run goes on for %n more steps; export its diagram to see them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message numerus="yes">
        <source>%1&apos;s SYN queue now holds %n half-open request(s) (backlog %2).</source>
        <translation>
            <numerusform>%1&apos;s SYN queue now holds %n half-open request (backlog %2).</numerusform>
            <numerusform>%1&apos;s SYN queue now holds %n half-open requests (backlog %2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s application calls accept() and takes the oldest waiting connection; %n connection(s) still wait in the accept queue.</source>
        <translation>
            <numerusform>%1&apos;s application calls accept() and takes the oldest waiting connection; %n connection still waits in the accept queue.</numerusform>
            <numerusform>%1&apos;s application calls accept() and takes the oldest waiting connection; %n connections still wait in the accept queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1&apos;s application closes with %n byte(s) it never read still waiting: instead of a FIN, %1 sends RST Seq=%2 Ack=%3, which tells the peer that data was lost, and goes to CLOSED (RFC 9293 §3.6.1, RFC 2525 §2.17).</source>
        <translation>
            <numerusform>%1&apos;s application closes with %n byte it never read still waiting: instead of a FIN, %1 sends RST Seq=%2 Ack=%3, which tells the peer that data was lost, and goes to CLOSED (RFC 9293 §3.6.1, RFC 2525 §2.17).</numerusform>
            <numerusform>%1&apos;s application closes with %n bytes it never read still waiting: instead of a FIN, %1 sends RST Seq=%2 Ack=%3, which tells the peer that data was lost, and goes to CLOSED (RFC 9293 §3.6.1, RFC 2525 §2.17).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpviz::ConversationPicker</name>
    <message numerus="yes">
        <source>%1 holds %n TCP connection(s). Pick the ones to step through; each gets its endpoints&apos; lifelines.</source>
        <translation>
            <numerusform>%1 holds %n TCP connection. Pick the ones to step through; each gets its endpoints&apos; lifelines.</numerusform>
            <numerusform>%1 holds %n TCP connections. Pick the ones to step through; each gets its endpoints&apos; lifelines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpviz::LiveValuesView</name>
    <message numerus="yes">
        <source>… %n more half-open request(s)</source>
        <translation>
            <numerusform>… %n more half-open request</numerusform>
            <numerusform>… %n more half-open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, after %n retransmission(s), RTO %2</source>
        <translation>
            <numerusform>%1, after %n retransmission, RTO %2</numerusform>
            <numerusform>%1, after %n retransmissions, RTO %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier endpoint(s)</source>
        <translation>
            <numerusform>… %n earlier endpoint</numerusform>
            <numerusform>… %n earlier endpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tcpviz::PredictPanel</name>
    <message numerus="yes">
        <source>Score: %1 of %2 fields right over %n segment(s)</source>
        <translation>
            <numerusform>Score: %1 of %2 fields right over %n segment</numerusform>
            <numerusform>Score: %1 of %2 fields right over %n segments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No segment this step: step on (%n step(s) send nothing). Then %1 sends a segment to %2. What will it be?</source>
        <translation>
            <numerusform>No segment this step: step on (%n step sends nothing). Then %1 sends a segment to %2. What will it be?</numerusform>
            <numerusform>No segment this step: step on (%n steps send nothing). Then %1 sends a segment to %2. What will it be?</numerusform>
        </translation>
    </message>
</context>
</TS>
