<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Context</name>
    <message>
        <source>Add an element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new element&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further fields, named as in the exchange format (rto_min=60, tags=a;b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the key of the new element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is required (one of: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set the %1 with the command&apos;s own argument, not %1=...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score (nothing applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, as of %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (risk accepted: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Requirements: %1 compliant, %2 partially compliant, %3 non-compliant, %4 not applicable, %5 not assessed (to be judged by the assessor)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the automated resilience checks against a framework (exit 1 if a check fails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assess only this function (repeat for several; default: every function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another catalogue file (default: the DORA catalogue shipped with Bulwark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With run: record the results as assessment KEY (a draft; created if new) and its findings in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With run --save: the assessment&apos;s title; with action add/set: the action&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date the checks count from, and today for actions (overdue) and finding add/accept (default: today), as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREPARER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APPROVED BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIGN-OFF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not verifiable here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lapsed (%Ln change(s) since)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No assessments yet. Record one with &apos;bulwark assess run --save KEY&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  status:     %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  catalogue:  %1 %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  prepared:   %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  submitted:  %1 on %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  approved:   %1 on %2 (register at entry %3, results %4)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sign-off:   NOT VERIFIABLE: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sign-off:   LAPSED: the map changed after the approval:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sign-off:   valid (the map has not changed since)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  requirements: %1 compliant, %2 partially compliant, %3 non-compliant, %4 not applicable, %5 not assessed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted assessment %1 as %2; a different person approves it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved assessment %1 as %2; it is frozen now.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: assess run | list | show KEY | submit KEY | approve KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required: the register to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--function: there is no element &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--function: &apos;%1&apos; is not a business function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment &apos;%1&apos; is %2; record a new run under a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as assessment %1 (draft).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: assess evidence [--json] | assess evidence add FILE --key KEY | assess evidence link --key KEY --element KEY | assess evidence export KEY OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIREMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELEMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No evidence yet. Add a file with &apos;bulwark assess evidence add FILE --key KEY&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence expired.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--key KEY is required: the evidence&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no such file to add as evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes; evidence files may have at most %3 bytes (50 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 as evidence %2 (%3 bytes, SHA-256 %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded evidence %1, linked to %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence %1 is a link to elements and has no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored bytes of evidence %1 (%2) no longer match their SHA-256; run &apos;bulwark verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 bytes, SHA-256 %4) to %5.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With evidence add/link: from when it is evidence, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With evidence add/link: until when it is evidence, as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With evidence add/link: a requirement id it supports (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With evidence add/link: the assessment it was gathered for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With evidence add/link: an element it is about (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no finding &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be open, in_remediation, closed or risk_accepted, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUBJECTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--severity must be low, medium, high or critical, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--subject: there is no element &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added finding %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be open, in_remediation or closed, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding set: give --owner and/or --status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed finding %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the risk of finding %1 as %2 (review by %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: assess finding add --key K --severity S --message M [--subject KEY...] | finding set KEY [--owner O] [--status S] | finding accept KEY --reason R --approver A --review DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overdue actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue as of %1.
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>action add: --key is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added action %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be open, in_progress or done, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed action %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: assess action add --key K --title T --owner O --due DATE [--finding KEY...] | action set KEY [--status S] [--owner O] [--due DATE] [--finding KEY...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESULT must be compliant, partially_compliant, non_compliant, not_applicable, not_assessed or clear, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged %1 in assessment %2: %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared the judgement on %1 in assessment %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3 (%4): %5, %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the two were run against different catalogues (%1 %2, %3 %4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chapter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Requirements changed: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
New findings: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer seen: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With findings: only findings with this status; with finding set or action set: the new status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With findings: only the findings of this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With finding add/set or action add/set: the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With finding add, action add or evidence add/link: the new key; with finding accept: the risk acceptance&apos;s key (default RA-&lt;finding key&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With finding add: low, medium, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With finding add: what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With finding add: an element the finding is about (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With finding accept: why the risk is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With finding accept: who approved the acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With finding accept: when the acceptance is reviewed (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With actions: only the overdue ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With action add/set: the due date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With action add/set: link this finding (repeat for several); an open finding moves to in_remediation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With judge: the assessor&apos;s notes (replace the ones recorded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: assess findings | finding add|set|accept ... | actions | action add|set ... | judge ASSESSMENT REQUIREMENT RESULT | diff A B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate each function&apos;s availability by Monte Carlo from its elements&apos; availability targets (exit 1 if a critical function falls short of its own target).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this function (default: every function).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of trials (default 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1); the same seed gives the same result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker threads (default: the number of cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trials must be a whole number from 1 to 100,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--threads must be a whole number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ESTIMATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% INTERVAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability from %1 trials (seed %2); elements fail independently with probability 1 - their availability target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD), got &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>unknown element key(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a business function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the elements that fail, separated by commas (any kind: a provider or a location fails what depends on it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fail every element whose region is REGION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fail every element whose country is CC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also fail every element with tag TAG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say what fails: --fail KEYS, --region, --country or --tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulwark %1: map, test and report digital operational resilience (DORA).

Usage: bulwark                      open the desktop application
       bulwark &lt;command&gt; --db FILE  work on a register from the command line

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;bulwark &lt;command&gt; --help&apos; for the options and examples of a command.
Exit codes: 0 ok, 1 findings (a check failed), 2 bad input or usage, 3 the register or a
file cannot be used now (locked, read-only, disk full, output not written), 141 the reader
of the output went away.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark: there is no file &apos;%1&apos;. &apos;bulwark FILE&apos; opens an existing register in the window; &apos;bulwark init --db FILE&apos; creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bulwark: &apos;%1&apos; is not a command. Run &apos;bulwark --help&apos; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON for machines instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (see &apos;bulwark %1 --help&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Examples:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output stream failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (standard output is closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the change to the register itself was saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how much rests on each provider, location and country, with Herfindahl-Hirschman indices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 1 when a single provider supports more than this share (0-1) of the critical functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-share must be a fraction between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL FUNCTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICT SERVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 critical or important functions, %2 third-party ICT services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index (0-10,000; above 2,500 is highly concentrated):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  providers by ICT services:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  providers by critical functions:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  countries by critical functions:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider supports more than %1 of the critical functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find circular dependencies (exit 1 if there are any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No circular dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of elements depend on each other in a circle:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each of these can only be recovered together; restart order needs a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a register filled with the demo bank (Demo Bank AG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required: the register to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the demo register (Demo Bank AG) at %1:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It also holds a history of assessments: one approved earlier whose sign-off has lapsed since, and a draft; see &apos;bulwark assess list&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the register as bulwark-register JSON (or CSV files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file (JSON) or folder (CSV) to write; JSON goes to standard output without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Use --output FOLDER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (or remove) a redundancy group: how many members must be up, the failover time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members that must be up (k of n).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover time in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the group (it must have no members left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element that owns the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the element&apos;s key and the group&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element &apos;%1&apos; has no group &apos;%2&apos;; create it with &apos;bulwark link --group&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --min-up, --failover or --remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail elements, providers, regions or tagged elements and show what goes down (exit 1 if a critical function breaches its tolerance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failure of %Ln element(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Business functions affected: %1 (%2 critical or important)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BACK AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOLERANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  * critical or important function. BACK AFTER: estimated time until the function works again; TOLERANCE: its maximum tolerable downtime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: %Ln element(s) down, %L1 degraded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>At least one critical or important function would be down longer than it can tolerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update elements, dependencies and groups from a JSON file or CSV folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default: csv for a folder or .csv file, json otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also remove what the register has and the file does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the register&apos;s value of a field the file leaves out (a missing JSON key or CSV column, an empty CSV cell) instead of clearing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and show what would change; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bulwark-register JSON file, or a folder with elements.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one file or folder to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db FILE is required: the register to import into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: importing %1 would change %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 into %2:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty register file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an empty register at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that FROM needs TO (hard by default), optionally in a redundancy group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM is only degraded, not down, when TO is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the dependency a member of FROM&apos;s redundancy group NAME (created when it does not exist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --group: members that must be up (default 1 for a new group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --group: failover time in minutes (default 0 for a new group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the dependency if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element that needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give two keys: FROM (the element that needs) and TO (what it needs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-up and --failover go with --group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now needs %2 (%3%4).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List elements (or dependencies, or groups), with filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only elements of this kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only elements with this tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only elements with this owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only critical or important business functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies or groups: only those of this element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes one of: elements, dependencies, groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STRENGTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ELEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIN UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILOVER MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the audit trail, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries about this element (and its dependencies and groups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N entries (default 50, 0 for all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail has no entries yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo of entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the dependency map, or a part of it, to an SVG or PNG file (laid out with Graphviz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write: .svg (vector) or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the neighbourhood of this element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency steps around --around (1-6, default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which way from --around: both (what it needs and what needs it), needs, needed-by (default both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most elements drawn (10-2000, default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE is required (.svg or .png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must end in .svg or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 10 to 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: both, needs, needed-by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose either --around or a failure, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Register %1. %Ln element(s) down, %2 degraded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paths to the %Ln worst-hit critical function(s); the rest in groups.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Register %1. What lies within %Ln step(s) (%2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register has %1 elements, more than --limit %2: choose --around KEY, a failure, or a larger --limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register %1, every element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not drawn (limit %1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Laid out with Graphviz dot; an arrow points from an element to what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %Ln element(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more in %Ln group(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dependency(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not drawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Estimate recovery time and data loss of each affected function against its impact tolerance (exit 1 if a critical function breaches either).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX DOWNTIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA LOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAX DATA LOSS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recovery against impact tolerance, %Ln element(s) failed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  * critical or important function. DATA LOST: the largest RPO among the down data stores the function depends on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove elements, with their dependencies and groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be removed; remove nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the change is made: recorded in the audit trail with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of the elements to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the keys of the elements to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: removing would change:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a report: the resilience audit report of an assessment, a scenario report, or an extract of the register, as PDF, HTML or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html or csv (default: pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file (PDF, HTML) or folder (CSV, one file per table) to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With pdf: a4 or letter (default: a4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored assessment to report on (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With scenario: a saved scenario to report on; repeat for more (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s date, and the day overdue and expired count from (default: today), as YYYY-MM-DD. A fixed date gives the same bytes again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label on the report, e.g. Confidential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity&apos;s name (default: the register&apos;s file name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: report audit|scenario|register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf, html or csv, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 report is written as %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o PATH is required: the %1 to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save, list, run or remove named failure scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With save: what the scenario stands for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With save: change the scenario if it exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenarios yet. Save one with &apos;bulwark scenario save&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use: scenario list | save NAME | run NAME | remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; no longer matches the register: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed scenario %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved scenario %1. Run it with &apos;bulwark scenario run %1&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed scenario %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change fields of an element (an empty value clears a field).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The element&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields to change, named as in the exchange format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the element&apos;s key and at least one FIELD=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no element &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key cannot be changed; add a new element and remove the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had those values; nothing changed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one element: its fields, what it needs, what needs it, its groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the key of one element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Needs (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Needed by (%1):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Redundancy groups:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %1: at least %Ln member(s) up, failover %L2 min
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Find single points of failure of business functions (exit 1 if a critical one has any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    no single point of failure
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>    %Ln single point(s) of failure:
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>* critical or important function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the dependency of FROM on TO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give two keys: FROM and TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer needs %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Its redundancy group had no members left and was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain, that the register matches it, and every stored evidence file&apos;s SHA-256 (exit 1 if not).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, each chained to the one before, and the register matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every stored evidence file matches its SHA-256: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, and the register matches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EVIDENCE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>TAMPERED: ... and %Ln more problem(s) in the trail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>MISMATCH: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>MISMATCH: ... and %Ln more value(s) that differ from the trail.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked: %2 in the trail, %3 that differ from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report&apos;s language: en or de (default: the program&apos;s, which follows the system or BULWARK_LANGUAGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--language must be one of %1, got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>  %1 %2 added, %3 changed, %4 unchanged, %5 removed
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dependencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenarios:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form FIELD=VALUE (for example rto_min=60)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
