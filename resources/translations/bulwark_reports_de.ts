<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditReport</name>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>findings entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 of %2 rows, %3; &apos;bulwark assess&apos; lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed off (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be verified in this register: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lapsed: the map changed %n time(s) after the approval</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>valid: the map has not changed since the approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map as the register stands on the report&apos;s date: %1 critical or important functions. %2 of them have a single point of failure, an element whose failure alone stops the function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failure scenario is saved, so no recovery has been estimated against the tolerances. Save the scenarios the business continuity plan names (the Impact page, or &apos;bulwark scenario save&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each function&apos;s worst result across the %1 saved failure scenarios: the recovery estimate of the scenario that hurts it most against its maximum tolerable downtime (MTD). %2 would be beyond tolerance in at least one scenario, %3 unknown (a recovery time or a tolerance is not recorded), %4 within with little margin, %5 within, and %6 are affected by none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical functions with and without a single point of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 critical functions have a single point of failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical functions by their worst result in the saved scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond tolerance %1, unknown %2, within with little margin %3, within %4, not affected %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency maps of the critical functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each map shows a function at the top and what it needs below it, nearest first: solid arrows are hard dependencies, dashed ones soft, and a dot marks a member of a redundancy group. Single points of failure are outlined and labelled SPOF. A map keeps at most %1 elements so that it reads on paper; the Map page and &apos;bulwark map --around KEY&apos; draw the whole neighbourhood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it needs, nearest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 elements; the %3 nearest are drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 elements, all drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no single point of failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure: %1 (%2 drawn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency map of %1 showing %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the %2 critical functions are drawn, in key order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure, cycles and concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element alone stops a critical or important function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements are each a single point of failure of at least one critical or important function. Those that stop the most functions come first: they are what to fix first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No elements depend on each other in a cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups of elements depend on each other in a cycle, so none of them can be recovered first; each needs a documented start-up order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concentration: the Herfindahl-Hirschman index of the providers by the critical functions that depend on them is %1 (of 10,000; the share of each provider in percent, squared and summed), by the third-party ICT services %2, and of the countries by critical functions %3. A provider or location that more than %4 % of the critical functions depend on is a warning (amber), more than %5 % an alarm (red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The providers most critical functions depend on, by share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no assessment yet. Record one with &apos;bulwark assess run --save KEY&apos; or on the Assessment page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resilience audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 elements, %3 dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-trail head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed against %1 (version %2), %3 scores %4 overall. Of %5 requirements, %6 are compliant, %7 partially compliant and %8 non-compliant; %9 are left to the assessor&apos;s judgement and not yet assessed, and %10 do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map holds %1 critical or important functions; %2 of them have a single point of failure. No failure scenario is saved, so no recovery is estimated against the tolerances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map holds %1 critical or important functions; %2 of them have a single point of failure. In the %3 saved failure scenarios, %4 would be beyond their impact tolerance in at least one and %5 unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment left no finding open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its checks found %1 findings that are open or in remediation. What matters most, the most severe first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 open, the most severe %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores by chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each requirement scores 100 % when compliant, 50 % when partially compliant and 0 % when non-compliant or not assessed; one that does not apply is left out. A chapter&apos;s score is the mean of its requirements&apos; (appendix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements and score per chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score per chapter, 0-100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each requirement&apos;s result (the assessor&apos;s judgement where recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks of this assessment found %1 findings: %2 open, %3 in remediation, %4 with an accepted risk and %5 closed since. A finding is kept across runs by its check and the elements it names, so it keeps its history; the register holds %6 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open findings, the most severe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding (check)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the most severe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation actions by due date (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remediation action is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actions, %2 of them overdue on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk acceptances and their review dates (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAST REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are stored inside the register; the SHA-256 identifies their bytes, and &apos;bulwark verify&apos; hashes them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence and its validity (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(link to elements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of the map after the approval, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated checks run against the register: the map of business functions, the ICT services, assets, locations and providers they need, and the records of tests, exit plans and reviews. A check fails only on findings that no current risk acceptance covers. A requirement with no bound check is left to the assessor (not assessed until judged); one whose checks all do not apply does not apply; one with an open high or critical finding is non-compliant; any other failure makes it partially compliant; otherwise it is compliant. An assessor&apos;s judgement replaces the checks&apos; result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores: 100 % for compliant, 50 % for partially compliant, 0 % for non-compliant and not assessed; requirements that do not apply are left out. Article, chapter and overall scores are the means of their requirements&apos; scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChartPainter</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chapter is scored yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvRenderer</name>
    <message>
        <source>The CSV export was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; has no id to name its CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two tables are both named &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML export was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpactTables</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-loss tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical or important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical functions it stops alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure per critical function</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <source>The Graphviz layout library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be laid out: Graphviz&apos;s dot layout is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <source>SPOF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single point of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: hard dependency, dashed: soft, dot: member of a redundancy group, diamond: critical or important function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solid: hard dependency, dashed: soft, dot: member of a redundancy group, diamond: critical or important function, stack: a group of affected elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no drawing to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawing is too large for a PNG image; write it as SVG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF writer could not finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <source>Alarm (above %1 of the critical functions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning (above %1 of the critical functions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements, dependencies, providers, locations and their concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-trail head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every element and every dependency of the register, and how much of it rests on each provider, location and country. A provider, location or country that more than half of the critical or important functions depend on (directly or through other elements) is a concentration warning, above three quarters an alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical or important functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party ICT services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index, providers by ICT services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index, providers by critical functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index, countries by critical functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Herfindahl-Hirschman index runs from 0 to 10,000; above 2,500 is highly concentrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. tolerable downtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max. tolerable data loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substitutability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 elements in key order. Times are as recorded; an empty cell is not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dependencies: an element needs another. A hard dependency stops the element when what it needs is down; a soft one degrades it. Members of a redundancy group stand in for each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of critical functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of ICT services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every provider, with the critical or important functions and the third-party ICT services that depend on it, directly or through other elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every location, with what depends on it, directly or through other elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every country recorded on an element (a provider, a location, a facility, ...), with what depends on the elements it covers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Resilience audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResilienceTables</name>
    <message>
        <source>The analysis was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %L1 of %L2 rows, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical functions: SPOFs and the worst saved scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPOFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery / MTD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data loss / MTDL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none affects it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- / %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in key order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure: elements that alone stop critical or important functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>those that stop the most critical functions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: the critical functions and third-party ICT services that depend on each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the largest share of critical functions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations: where the critical functions run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved failure scenarios: their effect on the critical or important functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer matches the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycles: elements that depend on each other, so none of them can be recovered first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements that depend on each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical or important function is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst result in the saved scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved scenario: nothing is known about tolerance yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HHI %1 (providers by critical functions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alarm %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %, alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %, warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 critical functions depend on it (%5 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioReport</name>
    <message>
        <source>The first %1 of %2 rows, %3; &apos;bulwark scenario run&apos; lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every element in region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every element in country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every element tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map of the blast radius could not be laid out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius of scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 down, %2 degraded. An arrow points from an element to what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the blast radius of %1: every one of the %2 affected elements and every dependency between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of the blast radius of %1, limited to %2 boxes so that it reads on A4: the failed elements, the dependency chains from the failure to the worst-hit critical or important functions (%3), and the other %4 of the %5 affected elements counted %6. Left out: the single elements inside the groups and the dependencies among them; the tables above list every one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none fitted beside the groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by state (groups: %1), as groups by kind left no room for a chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by kind and state (groups: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes: %1; arrows: %2; failed elements: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical or important function is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical or important functions affected: %1, of them %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard functions affected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer matches the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This saved scenario no longer matches the register, so it cannot be run: %1 It is reported here as saved. Change it with &apos;bulwark scenario save %2 --replace&apos; or remove it with &apos;bulwark scenario remove %2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements down: %1 (the failed ones included); degraded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functions affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, of them %2 critical or important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical or important function affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: affected functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each affected business function&apos;s recovery estimate (when it is back, from the recovery times recorded along its dependencies) against its impact tolerance (maximum tolerable downtime), and its data loss against its maximum tolerable data loss. The verdict takes the worse of the two; unknown means a time or a tolerance is not recorded, so it may be beyond tolerance. The worst first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worst first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business function is affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: blast radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements down or degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down before degraded, then by key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: what to fix first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The single points of failure in this blast radius: elements this scenario takes down or degrades that alone stop critical or important functions, those that stop the most first (the register&apos;s ranking, as on the Impact page&apos;s &apos;What to fix first&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>those that stop the most critical functions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No element in this blast radius is a single point of failure of a critical or important function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register holds no saved scenario. Save one with &apos;bulwark scenario save NAME --fail KEY --description TEXT&apos; (or --region, --country, --tag) and report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved scenario %1. The saved ones are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no saved scenarios %1. The saved ones are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved failure scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 elements, %3 dependencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit-trail head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1, SHA-256 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved failure scenarios in this report: %1. Each is run against the register as it stands at audit-trail entry %2: the scenario&apos;s elements fail, the failure travels along the recorded dependencies (hard ones stop what needs them, redundancy groups hold while enough members stay up), and every affected business function&apos;s recovery estimate and data loss are judged against its impact tolerance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical functions affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer matches the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts: beyond tolerance when a recovery estimate or data loss is known to exceed the function&apos;s impact tolerance; unknown when a recovery time, recovery point or tolerance is not recorded; within, little margin when it uses more than half of the tolerance; within tolerance otherwise. The worst verdict of a scenario is the worst among the critical or important functions it affects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix first: every element that alone stops at least one critical or important function (a single point of failure), those that stop the most first, ties in key order; per scenario, those in its blast radius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maps: at most %1 boxes each. When a blast radius is larger, the map shows the failed elements, the shortest dependency chains from the failure to the %2 worst-hit critical or important functions, and counts the other affected elements in groups by kind and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitChartPainter</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
