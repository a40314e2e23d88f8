<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditReport</name>
    <message numerus="yes">
        <source>lapsed: the map changed %n time(s) after the approval</source>
        <translation>
            <numerusform>lapsed: the map changed %n time after the approval</numerusform>
            <numerusform>lapsed: the map changed %n times after the approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message numerus="yes">
        <source>it has %n character(s), not 20</source>
        <translation>
            <numerusform>it has %n character, not 20</numerusform>
            <numerusform>it has %n characters, not 20</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it was last tested on %1, more than %n month(s) ago</source>
        <translation>
            <numerusform>it was last tested on %1, more than %n month ago</numerusform>
            <numerusform>it was last tested on %1, more than %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it was last reviewed on %1, more than %n month(s) ago</source>
        <translation>
            <numerusform>it was last reviewed on %1, more than %n month ago</numerusform>
            <numerusform>it was last reviewed on %1, more than %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>System %1, needed by %2, was last tested on %3 (test %4), more than %n month(s) ago.</source>
        <translation>
            <numerusform>System %1, needed by %2, was last tested on %3 (test %4), more than %n month ago.</numerusform>
            <numerusform>System %1, needed by %2, was last tested on %3 (test %4), more than %n months ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The continuity plan of critical function %1 was last tested on %2 (test %3), more than %n month(s) ago.</source>
        <translation>
            <numerusform>The continuity plan of critical function %1 was last tested on %2 (test %3), more than %n month ago.</numerusform>
            <numerusform>The continuity plan of critical function %1 was last tested on %2 (test %3), more than %n months ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The last threat-led penetration test, %1 on %2, is more than %n month(s) old: the next was due by %3.</source>
        <translation>
            <numerusform>The last threat-led penetration test, %1 on %2, is more than %n month old: the next was due by %3.</numerusform>
            <numerusform>The last threat-led penetration test, %1 on %2, is more than %n months old: the next was due by %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was last risk-assessed on %2, more than %n month(s) ago.</source>
        <translation>
            <numerusform>%1 was last risk-assessed on %2, more than %n month ago.</numerusform>
            <numerusform>%1 was last risk-assessed on %2, more than %n months ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was last done on %2 (setting %3), more than %n month(s) ago.</source>
        <translation>
            <numerusform>%1 was last done on %2 (setting %3), more than %n month ago.</numerusform>
            <numerusform>%1 was last done on %2 (setting %3), more than %n months ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>critical functions %1 and %n more</source>
        <translation>
            <numerusform>critical functions %1 and %n more</numerusform>
            <numerusform>critical functions %1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message numerus="yes">
        <source>unknown element key(s): %1</source>
        <translation>
            <numerusform>unknown element key: %1</numerusform>
            <numerusform>unknown element keys: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of elements depend on each other in a circle:</source>
        <translation>
            <numerusform>%Ln group of elements depends on each other in a circle:</numerusform>
            <numerusform>%Ln groups of elements depend on each other in a circle:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failure of %Ln element(s):</source>
        <translation>
            <numerusform>Failure of %Ln element:</numerusform>
            <numerusform>Failure of %Ln elements:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: %Ln element(s) down, %L1 degraded.</source>
        <translation>
            <numerusform>Blast radius: %Ln element down, %L1 degraded.</numerusform>
            <numerusform>Blast radius: %Ln elements down, %L1 degraded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %1. %Ln element(s) down, %2 degraded.</source>
        <translation>
            <numerusform>Register %1. %Ln element down, %2 degraded.</numerusform>
            <numerusform>Register %1. %Ln elements down, %2 degraded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paths to the %Ln worst-hit critical function(s); the rest in groups.</source>
        <translation>
            <numerusform>Paths to the %Ln worst-hit critical function; the rest in groups.</numerusform>
            <numerusform>Paths to the %Ln worst-hit critical functions; the rest in groups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %1. What lies within %Ln step(s) (%2).</source>
        <translation>
            <numerusform>Register %1. What lies within %Ln step (%2).</numerusform>
            <numerusform>Register %1. What lies within %Ln steps (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %Ln element(s)</source>
        <translation>
            <numerusform>Wrote %1: %Ln element</numerusform>
            <numerusform>Wrote %1: %Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more in %Ln group(s)</source>
        <translation>
            <numerusform>%1 more in %Ln group</numerusform>
            <numerusform>%1 more in %Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dependency(ies)</source>
        <translation>
            <numerusform>%Ln dependency</numerusform>
            <numerusform>%Ln dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recovery against impact tolerance, %Ln element(s) failed:</source>
        <translation>
            <numerusform>Recovery against impact tolerance, %Ln element failed:</numerusform>
            <numerusform>Recovery against impact tolerance, %Ln elements failed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %1: at least %Ln member(s) up, failover %L2 min
</source>
        <translation>
            <numerusform>  %1: at least %Ln member up, failover %L2 min
</numerusform>
            <numerusform>  %1: at least %Ln members up, failover %L2 min
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %Ln single point(s) of failure:
</source>
        <translation>
            <numerusform>    %Ln single point of failure:
</numerusform>
            <numerusform>    %Ln single points of failure:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>TAMPERED: ... and %Ln more problem(s) in the trail.</source>
        <translation>
            <numerusform>TAMPERED: ... and %Ln more problem in the trail.</numerusform>
            <numerusform>TAMPERED: ... and %Ln more problems in the trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>MISMATCH: ... and %Ln more value(s) that differ from the trail.</source>
        <translation>
            <numerusform>MISMATCH: ... and %Ln more value that differs from the trail.</numerusform>
            <numerusform>MISMATCH: ... and %Ln more values that differ from the trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lapsed (%Ln change(s) since)</source>
        <translation>
            <numerusform>lapsed (%Ln change since)</numerusform>
            <numerusform>lapsed (%Ln changes since)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence expired.</source>
        <translation>
            <numerusform>%Ln piece of evidence expired.</numerusform>
            <numerusform>%Ln pieces of evidence expired.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln file</numerusform>
            <numerusform>%Ln files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue as of %1.
</source>
        <translation>
            <numerusform>%Ln overdue as of %1.
</numerusform>
            <numerusform>%Ln overdue as of %1.
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not drawn (limit %1).</source>
        <translation>
            <numerusform>%Ln more not drawn (limit %1).</numerusform>
            <numerusform>%Ln more not drawn (limit %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not drawn</source>
        <translation>
            <numerusform>%Ln more not drawn</numerusform>
            <numerusform>%Ln more not drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>RTO budget of %Ln element(s) that alone stop a critical function:</source>
        <translation>
            <numerusform>RTO budget of %Ln element that alone stops a critical function:</numerusform>
            <numerusform>RTO budget of %Ln elements that alone stop a critical function:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln element(s) with an RTO longer than their budget. BUDGET: the tightest maximum tolerable downtime of the critical functions the element alone puts down (SET BY). Meeting it is necessary, not sufficient.</source>
        <translation>
            <numerusform>  %Ln element with an RTO longer than its budget. BUDGET: the tightest maximum tolerable downtime of the critical functions the element alone puts down (SET BY). Meeting it is necessary, not sufficient.</numerusform>
            <numerusform>  %Ln elements with an RTO longer than their budget. BUDGET: the tightest maximum tolerable downtime of the critical functions the element alone puts down (SET BY). Meeting it is necessary, not sufficient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    %Ln common cause(s) (* nearest):
</source>
        <translation>
            <numerusform>    %Ln common cause (* nearest):
</numerusform>
            <numerusform>    %Ln common causes (* nearest):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln false redundancy(ies): group(s) that one element breaks
</source>
        <translation>
            <numerusform>%Ln false redundancy: a group that one element breaks
</numerusform>
            <numerusform>%Ln false redundancies: groups that one element breaks
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s): what the file has that was not imported:
</source>
        <translation>
            <numerusform>%Ln note: what the file has that was not imported:
</numerusform>
            <numerusform>%Ln notes: what the file has that was not imported:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more (bulwark roi check lists them all)</source>
        <translation>
            <numerusform>  ... and %Ln more (bulwark roi check lists them all)</numerusform>
            <numerusform>  ... and %Ln more (bulwark roi check lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bulwark roi: not exported: %Ln blocking problem(s) would make the supervisor reject the package. Fix them, or export anyway with --force:</source>
        <translation>
            <numerusform>bulwark roi: not exported: %Ln blocking problem would make the supervisor reject the package. Fix it, or export anyway with --force:</numerusform>
            <numerusform>bulwark roi: not exported: %Ln blocking problems would make the supervisor reject the package. Fix them, or export anyway with --force:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review (%Ln file(s)) into %1; open index.html.</source>
        <translation>
            <numerusform>Wrote the review (%Ln file) into %1; open index.html.</numerusform>
            <numerusform>Wrote the review (%Ln files) into %1; open index.html.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read the register of information of %1 (reference date %2) into the register; %Ln reference(s) it names could not be kept (see the notes).
</source>
        <translation>
            <numerusform>Read the register of information of %1 (reference date %2) into the register; %Ln reference it names could not be kept (see the notes).
</numerusform>
            <numerusform>Read the register of information of %1 (reference date %2) into the register; %Ln references it names could not be kept (see the notes).
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorList</name>
    <message numerus="yes">
        <source>... and %Ln more problem(s)</source>
        <translation>
            <numerusform>... and %Ln more problem</numerusform>
            <numerusform>... and %Ln more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailureSets</name>
    <message numerus="yes">
        <source>unknown element key(s): %1</source>
        <translation>
            <numerusform>unknown element key: %1</numerusform>
            <numerusform>unknown element keys: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapChecks</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redundancy group &apos;%1&apos; of %2 needs %3 of its %4 members, but %n element(s) outside it take down enough members alone to break it. Nearest shared: %5.</source>
        <translation>
            <numerusform>Redundancy group &apos;%1&apos; of %2 needs %3 of its %4 members, but %n element outside it takes down enough members alone to break it. Nearest shared: %5.</numerusform>
            <numerusform>Redundancy group &apos;%1&apos; of %2 needs %3 of its %4 members, but %n elements outside it each take down enough members alone to break it. Nearest shared: %5.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of elements take critical function %1 down when both fail, though neither does alone: %2.</source>
        <translation>
            <numerusform>%n pair of elements takes critical function %1 down when both fail, though neither does alone: %2.</numerusform>
            <numerusform>%n pairs of elements take critical function %1 down when both fail, though neither does alone: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>Remove %n element(s)</source>
        <translation>
            <numerusform>Remove %n element</numerusform>
            <numerusform>Remove %n elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n change(s) to the register...</source>
        <translation>
            <numerusform>Writing %n change to the register...</numerusform>
            <numerusform>Writing %n changes to the register...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Roi</name>
    <message numerus="yes">
        <source>%1: the template has %n row(s), but the filing indicator says it is not reported. Mark it as reported or remove the rows.</source>
        <translation>
            <numerusform>%1: the template has %n row, but the filing indicator says it is not reported. Mark it as reported or remove the row.</numerusform>
            <numerusform>%1: the template has %n rows, but the filing indicator says it is not reported. Mark it as reported or remove the rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Structurizr</name>
    <message numerus="yes">
        <source>&apos;%1&apos; is a person; people are not elements of the register, so it and its %n relationship(s) are left out</source>
        <translation>
            <numerusform>&apos;%1&apos; is a person; people are not elements of the register, so it and its %n relationship are left out</numerusform>
            <numerusform>&apos;%1&apos; is a person; people are not elements of the register, so it and its %n relationships are left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is a custom element, which is not mapped; it and its %n relationship(s) are left out</source>
        <translation>
            <numerusform>&apos;%1&apos; is a custom element, which is not mapped; it and its %n relationship are left out</numerusform>
            <numerusform>&apos;%1&apos; is a custom element, which is not mapped; it and its %n relationships are left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Terraform</name>
    <message numerus="yes">
        <source>%n data source instance(s) not imported (%1): a data source only reads what exists elsewhere. Dependencies on them left out: %2</source>
        <translation>
            <numerusform>%n data source instance not imported (%1): a data source only reads what exists elsewhere. Dependencies on it left out: %2</numerusform>
            <numerusform>%n data source instances not imported (%1): a data source only reads what exists elsewhere. Dependencies on them left out: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of access-control and policy resources not imported (%1): they grant rights and run nothing. Dependencies on them left out: %2</source>
        <translation>
            <numerusform>%n instance of access-control and policy resources not imported (%1): they grant rights and run nothing. Dependencies on it left out: %2</numerusform>
            <numerusform>%n instances of access-control and policy resources not imported (%1): they grant rights and run nothing. Dependencies on them left out: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of Terraform&apos;s helper resources not imported (%1): random values, keys and timers live only inside Terraform. Dependencies on them left out: %2</source>
        <translation>
            <numerusform>%n instance of Terraform&apos;s helper resources not imported (%1): random values, keys and timers live only inside Terraform. Dependencies on it left out: %2</numerusform>
            <numerusform>%n instances of Terraform&apos;s helper resources not imported (%1): random values, keys and timers live only inside Terraform. Dependencies on them left out: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment and association instance(s) not imported (%1): they join resources that are imported on their own. Dependencies on them left out: %2</source>
        <translation>
            <numerusform>%n attachment or association instance not imported (%1): it joins resources that are imported on their own. Dependencies on it left out: %2</numerusform>
            <numerusform>%n attachment and association instances not imported (%1): they join resources that are imported on their own. Dependencies on them left out: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deposed object(s) not imported (%1): Terraform keeps them only until it destroys them</source>
        <translation>
            <numerusform>%n deposed object not imported (%1): Terraform keeps it only until it destroys it</numerusform>
            <numerusform>%n deposed objects not imported (%1): Terraform keeps them only until it destroys them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; manages systems usually run in-house, not a third-party provider: its %n resource instance(s) are imported without a provider element</source>
        <translation>
            <numerusform>&apos;%1&apos; manages systems usually run in-house, not a third-party provider: its %n resource instance is imported without a provider element</numerusform>
            <numerusform>&apos;%1&apos; manages systems usually run in-house, not a third-party provider: its %n resource instances are imported without a provider element</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::RegisterService</name>
    <message numerus="yes">
        <source>group &apos;%1&apos; of &apos;%2&apos; still has %Ln member(s); take them out of the group first</source>
        <translation>
            <numerusform>group &apos;%1&apos; of &apos;%2&apos; still has %Ln member; take them out of the group first</numerusform>
            <numerusform>group &apos;%1&apos; of &apos;%2&apos; still has %Ln members; take them out of the group first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group &apos;%1&apos; of &apos;%2&apos; has no members: give at least %Ln dependency of &apos;%2&apos; the group &apos;%1&apos;</source>
        <translation>
            <numerusform>group &apos;%1&apos; of &apos;%2&apos; has no members: give at least %Ln dependency of &apos;%2&apos; the group &apos;%1&apos;</numerusform>
            <numerusform>group &apos;%1&apos; of &apos;%2&apos; has no members: give at least %Ln dependencies of &apos;%2&apos; the group &apos;%1&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group &apos;%1&apos; of &apos;%2&apos; needs %3 up but has only %Ln member(s)</source>
        <translation>
            <numerusform>group &apos;%1&apos; of &apos;%2&apos; needs %3 up but has only %Ln member</numerusform>
            <numerusform>group &apos;%1&apos; of &apos;%2&apos; needs %3 up but has only %Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> and %Ln more</numerusform>
            <numerusform> and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ActionDialog</name>
    <message numerus="yes">
        <source>An action answers the %Ln finding(s) chosen; an open one moves to &quot;in remediation&quot;.</source>
        <translation>
            <numerusform>An action answers the finding chosen; if it is open, it moves to &quot;in remediation&quot;.</numerusform>
            <numerusform>An action answers the %Ln findings chosen; an open one moves to &quot;in remediation&quot;.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::AssessmentPage</name>
    <message numerus="yes">
        <source>Sign-off %1: the map changed after the approval (%Ln change(s), &lt;a href=&quot;changes&quot;&gt;show them&lt;/a&gt;).</source>
        <translation>
            <numerusform>Sign-off %1: the map changed after the approval (%Ln change, &lt;a href=&quot;changes&quot;&gt;show them&lt;/a&gt;).</numerusform>
            <numerusform>Sign-off %1: the map changed after the approval (%Ln changes, &lt;a href=&quot;changes&quot;&gt;show them&lt;/a&gt;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln requirement(s): %L1 compliant, %L2 partially compliant, %L3 non-compliant, %L4 not applicable, %L5 not assessed.</source>
        <translation>
            <numerusform>%Ln requirement: %L1 compliant, %L2 partially compliant, %L3 non-compliant, %L4 not applicable, %L5 not assessed.</numerusform>
            <numerusform>%Ln requirements: %L1 compliant, %L2 partially compliant, %L3 non-compliant, %L4 not applicable, %L5 not assessed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open finding(s).</source>
        <translation>
            <numerusform>%Ln open finding.</numerusform>
            <numerusform>%Ln open findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The map changed in %Ln way(s) after the approval, so the sign-off has lapsed:</source>
        <translation>
            <numerusform>The map changed in %Ln way after the approval, so the sign-off has lapsed:</numerusform>
            <numerusform>The map changed in %Ln ways after the approval, so the sign-off has lapsed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checks run on %1: %L2 of %Ln failed.</source>
        <translation>
            <numerusform>Checks run on %1: %L2 of %Ln failed.</numerusform>
            <numerusform>Checks run on %1: %L2 of %Ln failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::AuditLogDialog</name>
    <message numerus="yes">
        <source>Tampered: ... and %Ln more problem(s) in the trail.</source>
        <translation>
            <numerusform>Tampered: ... and %Ln more problem in the trail.</numerusform>
            <numerusform>Tampered: ... and %Ln more problems in the trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mismatch: ... and %Ln more value(s) that differ from the trail.</source>
        <translation>
            <numerusform>Mismatch: ... and %Ln more value that differs from the trail.</numerusform>
            <numerusform>Mismatch: ... and %Ln more values that differ from the trail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln value</numerusform>
            <numerusform>%Ln values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %Ln Element(s)</source>
        <translation>
            <numerusform>Edit %Ln Element</numerusform>
            <numerusform>Edit %Ln Elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln element(s)</source>
        <translation>
            <numerusform>Edit %Ln element</numerusform>
            <numerusform>Edit %Ln elements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ComparisonDialog</name>
    <message numerus="yes">
        <source>Overall score %1 &amp;rarr; %2. %Ln requirement(s) changed; %L3 new finding(s), %L4 no longer seen.</source>
        <translation>
            <numerusform>Overall score %1 &amp;rarr; %2. %Ln requirement changed; %L3 new finding(s), %L4 no longer seen.</numerusform>
            <numerusform>Overall score %1 &amp;rarr; %2. %Ln requirements changed; %L3 new finding(s), %L4 no longer seen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::DashboardPage</name>
    <message numerus="yes">
        <source>In the %Ln saved scenario(s), %1 would be beyond tolerance in at least one, and %L2 unknown (a recovery time, RPO or tolerance not recorded).</source>
        <translation>
            <numerusform>In the %Ln saved scenario, %1 would be beyond tolerance, and %L2 unknown (a recovery time, RPO or tolerance not recorded).</numerusform>
            <numerusform>In the %Ln saved scenarios, %1 would be beyond tolerance in at least one, and %L2 unknown (a recovery time, RPO or tolerance not recorded).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical or important function(s)</source>
        <translation>
            <numerusform>%Ln critical or important function</numerusform>
            <numerusform>%Ln critical or important functions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln element(s).</source>
        <translation>
            <numerusform>%Ln element.</numerusform>
            <numerusform>%Ln elements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln circular dependency(ies).</source>
        <translation>
            <numerusform>%Ln circular dependency.</numerusform>
            <numerusform>%Ln circular dependencies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1. %Ln open finding(s) in the register.</source>
        <translation>
            <numerusform>%1. %Ln open finding in the register.</numerusform>
            <numerusform>%1. %Ln open findings in the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>LAPSED: the map changed %Ln time(s) since</source>
        <translation>
            <numerusform>LAPSED: the map changed %Ln time since</numerusform>
            <numerusform>LAPSED: the map changed %Ln times since</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>False redundancy: %L1 of %Ln redundancy group(s) can be broken by a single element outside them.</source>
        <translation>
            <numerusform>False redundancy: %L1 of %Ln redundancy group can be broken by a single element outside them.</numerusform>
            <numerusform>False redundancy: %L1 of %Ln redundancy groups can be broken by a single element outside them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical or important function(s) can be stopped by a double failure.</source>
        <translation>
            <numerusform>%Ln critical or important function can be stopped by a double failure.</numerusform>
            <numerusform>%Ln critical or important functions can be stopped by a double failure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::FunctionPage</name>
    <message numerus="yes">
        <source>%Ln single point(s) of failure.</source>
        <translation>
            <numerusform>%Ln single point of failure.</numerusform>
            <numerusform>%Ln single points of failure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln saved scenario(s) hits it.</source>
        <translation>
            <numerusform>The %Ln saved scenario does not hit it.</numerusform>
            <numerusform>None of the %Ln saved scenarios hits it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of the %Ln saved scenario(s) hit it; the worst result is &quot;%2&quot; (%3).</source>
        <translation>
            <numerusform>%L1 of the %Ln saved scenario hits it; the worst result is &quot;%2&quot; (%3).</numerusform>
            <numerusform>%L1 of the %Ln saved scenarios hit it; the worst result is &quot;%2&quot; (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer match(es) the register.</source>
        <translation>
            <numerusform>%Ln no longer matches the register.</numerusform>
            <numerusform>%Ln no longer match the register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It depends on %Ln element(s), among them %1 and %2.</source>
        <translation>
            <numerusform>It depends on %Ln element, among them %1 and %2.</numerusform>
            <numerusform>It depends on %Ln elements, among them %1 and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider(s)</source>
        <translation>
            <numerusform>%Ln provider</numerusform>
            <numerusform>%Ln providers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln location</numerusform>
            <numerusform>%Ln locations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ImpactPage</name>
    <message numerus="yes">
        <source>%Ln function(s) affected, %L1 of them critical or important: %L2 beyond tolerance, %L3 unknown (a recovery time, RPO or tolerance not recorded), %L4 within with little margin.</source>
        <translation>
            <numerusform>%Ln function affected, %L1 of them critical or important: %L2 beyond tolerance, %L3 unknown (a recovery time, RPO or tolerance not recorded), %L4 within with little margin.</numerusform>
            <numerusform>%Ln functions affected, %L1 of them critical or important: %L2 beyond tolerance, %L3 unknown (a recovery time, RPO or tolerance not recorded), %L4 within with little margin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: %Ln element(s) down, %L1 degraded.</source>
        <translation>
            <numerusform>Blast radius: %Ln element down, %L1 degraded.</numerusform>
            <numerusform>Blast radius: %Ln elements down, %L1 degraded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ImportDialog</name>
    <message numerus="yes">
        <source>%Ln field(s) that have a value now will be cleared.</source>
        <translation>
            <numerusform>%Ln field that has a value now will be cleared.</numerusform>
            <numerusform>%Ln fields that have a value now will be cleared.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dependency(ies) will leave, join or change a redundancy group; leaving one can create a single point of failure.</source>
        <translation>
            <numerusform>%Ln dependency will leave, join or change a redundancy group; leaving one can create a single point of failure.</numerusform>
            <numerusform>%Ln dependencies will leave, join or change a redundancy group; leaving one can create a single point of failure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more note(s)</source>
        <translation>
            <numerusform>... and %Ln more note</numerusform>
            <numerusform>... and %Ln more notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) about what the file has that is not imported: see Notes.</source>
        <translation>
            <numerusform>%Ln note about what the file has that is not imported: see Notes.</numerusform>
            <numerusform>%Ln notes about what the file has that is not imported: see Notes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::MainWindow</name>
    <message numerus="yes">
        <source>%1  |  %Ln element(s)</source>
        <translation>
            <numerusform>%1  |  %Ln element</numerusform>
            <numerusform>%1  |  %Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln dependency(ies)</source>
        <translation>
            <numerusform>, %Ln dependency</numerusform>
            <numerusform>, %Ln dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln element(s) added, %L2 changed. Edit &gt; Undo takes it back.</source>
        <translation>
            <numerusform>Imported %1: %Ln element added, %L2 changed. Edit &gt; Undo takes it back.</numerusform>
            <numerusform>Imported %1: %Ln elements added, %L2 changed. Edit &gt; Undo takes it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::MapPage</name>
    <message numerus="yes">
        <source>%Ln affected element(s) drawn</source>
        <translation>
            <numerusform>%Ln affected element drawn</numerusform>
            <numerusform>%Ln affected elements drawn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), what it needs: %Ln element(s)</source>
        <translation>
            <numerusform>%1 (%2), what it needs: %Ln element</numerusform>
            <numerusform>%1 (%2), what it needs: %Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln single point(s) of failure marked SPOF</source>
        <translation>
            <numerusform>%Ln single point of failure marked SPOF</numerusform>
            <numerusform>%Ln single points of failure marked SPOF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole register: %Ln element(s)</source>
        <translation>
            <numerusform>The whole register: %Ln element</numerusform>
            <numerusform>The whole register: %Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) and what lies within %Ln step(s)</source>
        <translation>
            <numerusform>%1 (%2) and what lies within %Ln step</numerusform>
            <numerusform>%1 (%2) and what lies within %Ln steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln element(s)</source>
        <translation>
            <numerusform>%Ln element</numerusform>
            <numerusform>%Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dependency(ies)</source>
        <translation>
            <numerusform>%Ln dependency</numerusform>
            <numerusform>%Ln dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not drawn to keep the map readable (limit %1, see Settings).</source>
        <translation>
            <numerusform>%Ln more not drawn to keep the map readable (limit %1, see Settings).</numerusform>
            <numerusform>%Ln more not drawn to keep the map readable (limit %1, see Settings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RegisterPage</name>
    <message numerus="yes">
        <source>%Ln element(s)</source>
        <translation>
            <numerusform>%Ln element</numerusform>
            <numerusform>%Ln elements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln elements?</source>
        <translation>
            <numerusform>Delete %Ln element?</numerusform>
            <numerusform>Delete %Ln elements?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dependency(ies)</source>
        <translation>
            <numerusform>%Ln dependency</numerusform>
            <numerusform>%Ln dependencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln redundancy group(s)</source>
        <translation>
            <numerusform>%Ln redundancy group</numerusform>
            <numerusform>%Ln redundancy groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RequirementTreeModel</name>
    <message numerus="yes">
        <source>%1 of %Ln compliant</source>
        <translation>
            <numerusform>%1 of %Ln compliant</numerusform>
            <numerusform>%1 of %Ln compliant</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RoiPage</name>
    <message numerus="yes">
        <source>%Ln blocking</source>
        <translation>
            <numerusform>%Ln blocking</numerusform>
            <numerusform>%Ln blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register of information has %Ln blocking problem(s): the supervisor would reject the package.</source>
        <translation>
            <numerusform>The register of information has %Ln blocking problem: the supervisor would reject the package.</numerusform>
            <numerusform>The register of information has %Ln blocking problems: the supervisor would reject the package.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The register of information has %Ln blocking problem(s). The supervisor&apos;s reception rejects a package with any of them.</source>
        <translation>
            <numerusform>The register of information has %Ln blocking problem. The supervisor&apos;s reception rejects a package with a blocking problem.</numerusform>
            <numerusform>The register of information has %Ln blocking problems. The supervisor&apos;s reception rejects a package with any of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>Delete %Ln record</numerusform>
            <numerusform>Delete %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s) of the table %1?</source>
        <translation>
            <numerusform>Delete %Ln record of the table %1?</numerusform>
            <numerusform>Delete %Ln records of the table %1?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RoiProblemModel</name>
    <message numerus="yes">
        <source>%Ln blocking</source>
        <translation>
            <numerusform>%Ln blocking</numerusform>
            <numerusform>%Ln blocking</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
</context>
</TS>
