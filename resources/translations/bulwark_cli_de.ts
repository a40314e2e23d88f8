<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Context</name>
    <message>
        <source>Add an element.</source>
        <translation>Ein Element hinzufügen.</translation>
    </message>
    <message>
        <source>The kind: %1.</source>
        <translation>Die Art: %1.</translation>
    </message>
    <message>
        <source>The display name.</source>
        <translation>Der Anzeigename.</translation>
    </message>
    <message>
        <source>The new element&apos;s key.</source>
        <translation>Der Schlüssel des neuen Elements.</translation>
    </message>
    <message>
        <source>Further fields, named as in the exchange format (rto_min=60, tags=a;b).</source>
        <translation>Weitere Felder, benannt wie im Austauschformat (rto_min=60, tags=a;b).</translation>
    </message>
    <message>
        <source>give the key of the new element</source>
        <translation>geben Sie den Schlüssel des neuen Elements an</translation>
    </message>
    <message>
        <source>--kind is required (one of: %1)</source>
        <translation>--kind ist erforderlich (eines von: %1)</translation>
    </message>
    <message>
        <source>set the %1 with the command&apos;s own argument, not %1=...</source>
        <translation>setzen Sie %1 mit dem eigenen Argument des Befehls, nicht mit %1=...</translation>
    </message>
    <message>
        <source>Added %1 (%2).
</source>
        <translation>%1 (%2) hinzugefügt.
</translation>
    </message>
    <message>
        <source>no score (nothing applicable)</source>
        <translation>keine Punktzahl (nichts anwendbar)</translation>
    </message>
    <message>
        <source>%1 %2, as of %3

</source>
        <translation>%1 %2, Stand %3

</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>FINDINGS</source>
        <translation>FESTSTELLUNGEN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>NICHT BESTANDEN</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>entfällt</translation>
    </message>
    <message>
        <source> (risk accepted: %1)</source>
        <translation> (Risiko akzeptiert: %1)</translation>
    </message>
    <message>
        <source>
Requirements: %1 compliant, %2 partially compliant, %3 non-compliant, %4 not applicable, %5 not assessed (to be judged by the assessor)
</source>
        <translation>
Anforderungen: %1 erfüllt, %2 teilweise erfüllt, %3 nicht erfüllt, %4 nicht anwendbar, %5 nicht bewertet (von der Bewerterin oder dem Bewerter zu beurteilen)
</translation>
    </message>
    <message>
        <source>Score: %1
</source>
        <translation>Punktzahl: %1
</translation>
    </message>
    <message>
        <source>Run the automated resilience checks against a framework (exit 1 if a check fails).</source>
        <translation>Die automatisierten Resilienzprüfungen gegen ein Rahmenwerk ausführen (Exit-Code 1, wenn eine Prüfung fehlschlägt).</translation>
    </message>
    <message>
        <source>Assess only this function (repeat for several; default: every function).</source>
        <translation>Nur diese Funktion bewerten (für mehrere wiederholen; Standard: alle Funktionen).</translation>
    </message>
    <message>
        <source>Another catalogue file (default: the DORA catalogue shipped with Bulwark).</source>
        <translation>Eine andere Katalogdatei (Standard: der mit Bulwark ausgelieferte DORA-Katalog).</translation>
    </message>
    <message>
        <source>With run: record the results as assessment KEY (a draft; created if new) and its findings in the register.</source>
        <translation>Mit run: die Ergebnisse als Bewertung KEY (ein Entwurf; wird neu angelegt, falls nicht vorhanden) und ihre Feststellungen im Register erfassen.</translation>
    </message>
    <message>
        <source>With run --save: the assessment&apos;s title; with action add/set: the action&apos;s.</source>
        <translation>Mit run --save: der Titel der Bewertung; mit action add/set: der Titel der Maßnahme.</translation>
    </message>
    <message>
        <source>The date the checks count from, and today for actions (overdue) and finding add/accept (default: today), as YYYY-MM-DD.</source>
        <translation>Das Datum, ab dem die Prüfungen zählen, und das als heute geltende Datum für Maßnahmen (überfällig) sowie finding add/accept (Standard: heute), als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>PREPARER</source>
        <translation>ERSTELLT VON</translation>
    </message>
    <message>
        <source>APPROVED BY</source>
        <translation>GENEHMIGT VON</translation>
    </message>
    <message>
        <source>SIGN-OFF</source>
        <translation>FREIGABE</translation>
    </message>
    <message>
        <source>not verifiable here</source>
        <translation>hier nicht überprüfbar</translation>
    </message>
    <message numerus="yes">
        <source>lapsed (%Ln change(s) since)</source>
        <translation>
            <numerusform>erloschen (seitdem %Ln Änderung)</numerusform>
            <numerusform>erloschen (seitdem %Ln Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>No assessments yet. Record one with &apos;bulwark assess run --save KEY&apos;.</source>
        <translation>Noch keine Bewertungen. Erfassen Sie eine mit &apos;bulwark assess run --save KEY&apos;.</translation>
    </message>
    <message>
        <source>There is no assessment &apos;%1&apos;.</source>
        <translation>Es gibt keine Bewertung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>  status:     %1
</source>
        <translation>  Status:     %1
</translation>
    </message>
    <message>
        <source>  catalogue:  %1 %2
</source>
        <translation>  Katalog:    %1 %2
</translation>
    </message>
    <message>
        <source>  prepared:   %1
</source>
        <translation>  erstellt:   %1
</translation>
    </message>
    <message>
        <source>  submitted:  %1 on %2
</source>
        <translation>  vorgelegt:  %1 am %2
</translation>
    </message>
    <message>
        <source>  approved:   %1 on %2 (register at entry %3, results %4)
</source>
        <translation>  genehmigt:  %1 am %2 (Register bei Eintrag %3, Ergebnisse %4)
</translation>
    </message>
    <message>
        <source>  sign-off:   NOT VERIFIABLE: %1
</source>
        <translation>  Freigabe:   NICHT ÜBERPRÜFBAR: %1
</translation>
    </message>
    <message>
        <source>  sign-off:   LAPSED: the map changed after the approval:
</source>
        <translation>  Freigabe:   ERLOSCHEN: Die Karte wurde nach der Genehmigung geändert:
</translation>
    </message>
    <message>
        <source>  sign-off:   valid (the map has not changed since)
</source>
        <translation>  Freigabe:   gültig (die Karte wurde seitdem nicht geändert)
</translation>
    </message>
    <message>
        <source>  requirements: %1 compliant, %2 partially compliant, %3 non-compliant, %4 not applicable, %5 not assessed
</source>
        <translation>  Anforderungen: %1 erfüllt, %2 teilweise erfüllt, %3 nicht erfüllt, %4 nicht anwendbar, %5 nicht bewertet
</translation>
    </message>
    <message>
        <source>Submitted assessment %1 as %2; a different person approves it.
</source>
        <translation>Bewertung %1 als %2 vorgelegt; eine andere Person genehmigt sie.
</translation>
    </message>
    <message>
        <source>Approved assessment %1 as %2; it is frozen now.
</source>
        <translation>Bewertung %1 als %2 genehmigt; sie ist jetzt festgeschrieben.
</translation>
    </message>
    <message>
        <source>use: assess run | list | show KEY | submit KEY | approve KEY</source>
        <translation>Aufruf: assess run | list | show KEY | submit KEY | approve KEY</translation>
    </message>
    <message>
        <source>--db FILE is required: the register to work on.</source>
        <translation>--db FILE ist erforderlich: das Register, mit dem gearbeitet wird.</translation>
    </message>
    <message>
        <source>--function: there is no element &apos;%1&apos;.</source>
        <translation>--function: Es gibt kein Element &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--function: &apos;%1&apos; is not a business function.</source>
        <translation>--function: &apos;%1&apos; ist keine Geschäftsfunktion.</translation>
    </message>
    <message>
        <source>Assessment &apos;%1&apos; is %2; record a new run under a new key.</source>
        <translation>Die Bewertung &apos;%1&apos; ist %2; erfassen Sie einen neuen Lauf unter einem neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Recorded as assessment %1 (draft).
</source>
        <translation>Als Bewertung %1 erfasst (Entwurf).
</translation>
    </message>
    <message>
        <source>use: assess evidence [--json] | assess evidence add FILE --key KEY | assess evidence link --key KEY --element KEY | assess evidence export KEY OUT</source>
        <translation>Aufruf: assess evidence [--json] | assess evidence add FILE --key KEY | assess evidence link --key KEY --element KEY | assess evidence export KEY OUT</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation>GÜLTIG AB</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>GÜLTIG BIS</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>REQUIREMENTS</source>
        <translation>ANFORDERUNGEN</translation>
    </message>
    <message>
        <source>ELEMENTS</source>
        <translation>ELEMENTE</translation>
    </message>
    <message>
        <source>(link)</source>
        <translation>(Verknüpfung)</translation>
    </message>
    <message>
        <source>No evidence yet. Add a file with &apos;bulwark assess evidence add FILE --key KEY&apos;.</source>
        <translation>Noch keine Nachweise. Fügen Sie eine Datei mit &apos;bulwark assess evidence add FILE --key KEY&apos; hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln piece(s) of evidence expired.</source>
        <translation>
            <numerusform>%Ln Nachweis ist abgelaufen.</numerusform>
            <numerusform>%Ln Nachweise sind abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--key KEY is required: the evidence&apos;s key.</source>
        <translation>--key KEY ist erforderlich: der Schlüssel des Nachweises.</translation>
    </message>
    <message>
        <source>%1: there is no such file to add as evidence.</source>
        <translation>%1: Diese Datei gibt es nicht; sie kann nicht als Nachweis hinzugefügt werden.</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; evidence files may have at most %3 bytes (50 MiB).</source>
        <translation>%1 hat %2 Byte; Nachweisdateien dürfen höchstens %3 Byte (50 MiB) groß sein.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Stored %1 as evidence %2 (%3 bytes, SHA-256 %4).
</source>
        <translation>%1 als Nachweis %2 gespeichert (%3 Byte, SHA-256 %4).
</translation>
    </message>
    <message>
        <source>Recorded evidence %1, linked to %2.
</source>
        <translation>Nachweis %1 erfasst, verknüpft mit %2.
</translation>
    </message>
    <message>
        <source>There is no evidence &apos;%1&apos;.</source>
        <translation>Es gibt keinen Nachweis &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Evidence %1 is a link to elements and has no file.</source>
        <translation>Nachweis %1 ist eine Verknüpfung mit Elementen und hat keine Datei.</translation>
    </message>
    <message>
        <source>The stored bytes of evidence %1 (%2) no longer match their SHA-256; run &apos;bulwark verify&apos;.</source>
        <translation>Die gespeicherten Daten des Nachweises %1 (%2) stimmen nicht mehr mit ihrem SHA-256 überein; führen Sie &apos;bulwark verify&apos; aus.</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3 bytes, SHA-256 %4) to %5.
</source>
        <translation>%1 (%2, %3 Byte, SHA-256 %4) nach %5 geschrieben.
</translation>
    </message>
    <message>
        <source>With evidence add/link: from when it is evidence, as YYYY-MM-DD.</source>
        <translation>Mit evidence add/link: ab wann der Nachweis gilt, als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>With evidence add/link: until when it is evidence, as YYYY-MM-DD.</source>
        <translation>Mit evidence add/link: bis wann der Nachweis gilt, als YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>With evidence add/link: a requirement id it supports (repeat for several).</source>
        <translation>Mit evidence add/link: die ID einer Anforderung, die der Nachweis belegt (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>With evidence add/link: the assessment it was gathered for.</source>
        <translation>Mit evidence add/link: die Bewertung, für die der Nachweis erhoben wurde.</translation>
    </message>
    <message>
        <source>With evidence add/link: an element it is about (repeat for several).</source>
        <translation>Mit evidence add/link: ein Element, das der Nachweis betrifft (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>There is no finding &apos;%1&apos;.</source>
        <translation>Es gibt keine Feststellung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--status must be open, in_remediation, closed or risk_accepted, got &apos;%1&apos;.</source>
        <translation>--status muss open, in_remediation, closed oder risk_accepted sein, angegeben wurde &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Feststellungen.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>VERANTWORTLICH</translation>
    </message>
    <message>
        <source>FIRST SEEN</source>
        <translation>ERSTMALS</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT</translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation>MASSNAHMEN</translation>
    </message>
    <message>
        <source>SUBJECTS</source>
        <translation>BETRIFFT</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>MELDUNG</translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation>(manuell)</translation>
    </message>
    <message>
        <source>--severity must be low, medium, high or critical, got &apos;%1&apos;.</source>
        <translation>--severity muss low, medium, high oder critical sein, angegeben wurde &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--subject: there is no element &apos;%1&apos;.</source>
        <translation>--subject: Es gibt kein Element &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Added finding %1.
</source>
        <translation>Feststellung %1 hinzugefügt.
</translation>
    </message>
    <message>
        <source>--status must be open, in_remediation or closed, got &apos;%1&apos;.</source>
        <translation>--status muss open, in_remediation oder closed sein, angegeben wurde &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>finding set: give --owner and/or --status.</source>
        <translation>finding set: geben Sie --owner und/oder --status an.</translation>
    </message>
    <message>
        <source>Changed finding %1.
</source>
        <translation>Feststellung %1 geändert.
</translation>
    </message>
    <message>
        <source>Accepted the risk of finding %1 as %2 (review by %3).
</source>
        <translation>Risiko der Feststellung %1 als %2 akzeptiert (Überprüfung bis %3).
</translation>
    </message>
    <message>
        <source>use: assess finding add --key K --severity S --message M [--subject KEY...] | finding set KEY [--owner O] [--status S] | finding accept KEY --reason R --approver A --review DATE</source>
        <translation>Aufruf: assess finding add --key K --severity S --message M [--subject KEY...] | finding set KEY [--owner O] [--status S] | finding accept KEY --reason R --approver A --review DATE</translation>
    </message>
    <message>
        <source>No overdue actions.</source>
        <translation>Keine überfälligen Maßnahmen.</translation>
    </message>
    <message>
        <source>No actions.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <source>DUE</source>
        <translation>FÄLLIG</translation>
    </message>
    <message>
        <source> OVERDUE</source>
        <translation> ÜBERFÄLLIG</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue as of %1.
</source>
        <translation>
            <numerusform>%Ln Maßnahme überfällig, Stand %1.
</numerusform>
            <numerusform>%Ln Maßnahmen überfällig, Stand %1.
</numerusform>
        </translation>
    </message>
    <message>
        <source>action add: --key is required.</source>
        <translation>action add: --key ist erforderlich.</translation>
    </message>
    <message>
        <source>There is already an action &apos;%1&apos;.</source>
        <translation>Es gibt bereits eine Maßnahme &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Added action %1.
</source>
        <translation>Maßnahme %1 hinzugefügt.
</translation>
    </message>
    <message>
        <source>There is no action &apos;%1&apos;.</source>
        <translation>Es gibt keine Maßnahme &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--status must be open, in_progress or done, got &apos;%1&apos;.</source>
        <translation>--status muss open, in_progress oder done sein, angegeben wurde &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Changed action %1.
</source>
        <translation>Maßnahme %1 geändert.
</translation>
    </message>
    <message>
        <source>use: assess action add --key K --title T --owner O --due DATE [--finding KEY...] | action set KEY [--status S] [--owner O] [--due DATE] [--finding KEY...]</source>
        <translation>Aufruf: assess action add --key K --title T --owner O --due DATE [--finding KEY...] | action set KEY [--status S] [--owner O] [--due DATE] [--finding KEY...]</translation>
    </message>
    <message>
        <source>RESULT must be compliant, partially_compliant, non_compliant, not_applicable, not_assessed or clear, got &apos;%1&apos;.</source>
        <translation>RESULT muss compliant, partially_compliant, non_compliant, not_applicable, not_assessed oder clear sein, angegeben wurde &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Judged %1 in assessment %2: %3.
</source>
        <translation>%1 in Bewertung %2 beurteilt: %3.
</translation>
    </message>
    <message>
        <source>Cleared the judgement on %1 in assessment %2.
</source>
        <translation>Beurteilung von %1 in Bewertung %2 aufgehoben.
</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3 (%4): %5, %6
</source>
        <translation>%1 (%2) -&gt; %3 (%4): %5, %6
</translation>
    </message>
    <message>
        <source>Note: the two were run against different catalogues (%1 %2, %3 %4).
</source>
        <translation>Hinweis: Die beiden wurden gegen verschiedene Kataloge ausgeführt (%1 %2, %3 %4).
</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>PUNKTZAHL</translation>
    </message>
    <message>
        <source>overall</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>chapter %1</source>
        <translation>Kapitel %1</translation>
    </message>
    <message>
        <source>
Requirements changed: %1
</source>
        <translation>
Geänderte Anforderungen: %1
</translation>
    </message>
    <message>
        <source>Only in %1: %2
</source>
        <translation>Nur in %1: %2
</translation>
    </message>
    <message>
        <source>
New findings: %1
</source>
        <translation>
Neue Feststellungen: %1
</translation>
    </message>
    <message>
        <source>No longer seen: %1
</source>
        <translation>Nicht mehr festgestellt: %1
</translation>
    </message>
    <message>
        <source>With findings: only findings with this status; with finding set or action set: the new status.</source>
        <translation>Mit findings: nur Feststellungen mit diesem Status; mit finding set oder action set: der neue Status.</translation>
    </message>
    <message>
        <source>With findings: only the findings of this check.</source>
        <translation>Mit findings: nur die Feststellungen dieser Prüfung.</translation>
    </message>
    <message>
        <source>With finding add/set or action add/set: the owner.</source>
        <translation>Mit finding add/set oder action add/set: die oder der Verantwortliche.</translation>
    </message>
    <message>
        <source>With finding add, action add or evidence add/link: the new key; with finding accept: the risk acceptance&apos;s key (default RA-&lt;finding key&gt;).</source>
        <translation>Mit finding add, action add oder evidence add/link: der neue Schlüssel; mit finding accept: der Schlüssel der Risikoakzeptanz (Standard RA-&lt;finding key&gt;).</translation>
    </message>
    <message>
        <source>With finding add: low, medium, high or critical.</source>
        <translation>Mit finding add: low, medium, high oder critical.</translation>
    </message>
    <message>
        <source>With finding add: what was found.</source>
        <translation>Mit finding add: was festgestellt wurde.</translation>
    </message>
    <message>
        <source>With finding add: an element the finding is about (repeat for several).</source>
        <translation>Mit finding add: ein Element, das die Feststellung betrifft (für mehrere wiederholen).</translation>
    </message>
    <message>
        <source>With finding accept: why the risk is accepted.</source>
        <translation>Mit finding accept: warum das Risiko akzeptiert wird.</translation>
    </message>
    <message>
        <source>With finding accept: who approved the acceptance.</source>
        <translation>Mit finding accept: wer die Akzeptanz genehmigt hat.</translation>
    </message>
    <message>
        <source>With finding accept: when the acceptance is reviewed (YYYY-MM-DD).</source>
        <translation>Mit finding accept: wann die Akzeptanz überprüft wird (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>With actions: only the overdue ones.</source>
        <translation>Mit actions: nur die überfälligen.</translation>
    </message>
    <message>
        <source>With action add/set: the due date (YYYY-MM-DD).</source>
        <translation>Mit action add/set: das Fälligkeitsdatum (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>With action add/set: link this finding (repeat for several); an open finding moves to in_remediation.</source>
        <translation>Mit action add/set: diese Feststellung verknüpfen (für mehrere wiederholen); eine offene Feststellung wechselt zu in_remediation.</translation>
    </message>
    <message>
        <source>With judge: the assessor&apos;s notes (replace the ones recorded).</source>
        <translation>Mit judge: die Anmerkungen der Bewerterin oder des Bewerters (ersetzen die erfassten).</translation>
    </message>
    <message>
        <source>use: assess findings | finding add|set|accept ... | actions | action add|set ... | judge ASSESSMENT REQUIREMENT RESULT | diff A B</source>
        <translation>Aufruf: assess findings | finding add|set|accept ... | actions | action add|set ... | judge ASSESSMENT REQUIREMENT RESULT | diff A B</translation>
    </message>
    <message>
        <source>Estimate each function&apos;s availability by Monte Carlo from its elements&apos; availability targets (exit 1 if a critical function falls short of its own target).</source>
        <translation>Die Verfügbarkeit jeder Funktion per Monte-Carlo-Simulation aus den Verfügbarkeitszielen ihrer Elemente schätzen (Exit-Code 1, wenn eine kritische Funktion ihr eigenes Ziel verfehlt).</translation>
    </message>
    <message>
        <source>Only this function (default: every function).</source>
        <translation>Nur diese Funktion (Standard: alle Funktionen).</translation>
    </message>
    <message>
        <source>Number of trials (default 10000).</source>
        <translation>Anzahl der Durchläufe (Standard 10000).</translation>
    </message>
    <message>
        <source>Random seed (default 1); the same seed gives the same result.</source>
        <translation>Startwert des Zufallsgenerators (Standard 1); derselbe Startwert liefert dasselbe Ergebnis.</translation>
    </message>
    <message>
        <source>Worker threads (default: the number of cores).</source>
        <translation>Worker-Threads (Standard: die Anzahl der Kerne).</translation>
    </message>
    <message>
        <source>--trials must be a whole number from 1 to 100,000,000</source>
        <translation>--trials muss eine ganze Zahl von 1 bis 100.000.000 sein</translation>
    </message>
    <message>
        <source>--seed must be a whole number, 0 or more</source>
        <translation>--seed muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>--threads must be a whole number from 1 to 64</source>
        <translation>--threads muss eine ganze Zahl von 1 bis 64 sein</translation>
    </message>
    <message>
        <source>FUNCTION</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <source>ESTIMATE</source>
        <translation>SCHÄTZUNG</translation>
    </message>
    <message>
        <source>95% INTERVAL</source>
        <translation>95%-INTERVALL</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>URTEIL</translation>
    </message>
    <message>
        <source>none</source>
        <translation>kein</translation>
    </message>
    <message>
        <source>meets</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>SHORT</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source>Availability from %1 trials (seed %2); elements fail independently with probability 1 - their availability target.</source>
        <translation>Verfügbarkeit aus %1 Durchläufen (Startwert %2); Elemente fallen unabhängig voneinander mit der Wahrscheinlichkeit 1 - Verfügbarkeitsziel aus.</translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD), got &apos;%2&apos;.</source>
        <translation>--%1 muss ein Datum sein (YYYY-MM-DD), angegeben wurde &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>&apos;%1&apos; (meinten Sie &apos;%2&apos;?)</translation>
    </message>
    <message numerus="yes">
        <source>unknown element key(s): %1</source>
        <translation>
            <numerusform>unbekannter Elementschlüssel: %1</numerusform>
            <numerusform>unbekannte Elementschlüssel: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a business function</source>
        <translation>&apos;%1&apos; ist keine Geschäftsfunktion</translation>
    </message>
    <message>
        <source>Keys of the elements that fail, separated by commas (any kind: a provider or a location fails what depends on it).</source>
        <translation>Schlüssel der ausfallenden Elemente, durch Kommas getrennt (jede Art: ein Dienstleister oder ein Standort lässt ausfallen, was von ihm abhängt).</translation>
    </message>
    <message>
        <source>Also fail every element whose region is REGION.</source>
        <translation>Zusätzlich alle Elemente der Region REGION ausfallen lassen.</translation>
    </message>
    <message>
        <source>Also fail every element whose country is CC.</source>
        <translation>Zusätzlich alle Elemente des Landes CC ausfallen lassen.</translation>
    </message>
    <message>
        <source>Also fail every element with tag TAG.</source>
        <translation>Zusätzlich alle Elemente mit dem Tag TAG ausfallen lassen.</translation>
    </message>
    <message>
        <source>say what fails: --fail KEYS, --region, --country or --tag</source>
        <translation>geben Sie an, was ausfällt: --fail KEYS, --region, --country oder --tag</translation>
    </message>
    <message>
        <source>Bulwark %1: map, test and report digital operational resilience (DORA).

Usage: bulwark                      open the desktop application
       bulwark &lt;command&gt; --db FILE  work on a register from the command line

Commands:
</source>
        <translation>Bulwark %1: digitale operationale Resilienz (DORA) abbilden, testen und berichten.

Aufruf: bulwark                      öffnet die Desktop-Anwendung
        bulwark &lt;command&gt; --db FILE  bearbeitet ein Register auf der Kommandozeile

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;bulwark &lt;command&gt; --help&apos; for the options and examples of a command.
Exit codes: 0 ok, 1 findings (a check failed), 2 bad input or usage, 3 the register or a
file cannot be used now (locked, read-only, disk full, output not written), 141 the reader
of the output went away.
</source>
        <translation>
&apos;bulwark &lt;command&gt; --help&apos; zeigt die Optionen und Beispiele eines Befehls.
Exit-Codes: 0 OK, 1 Feststellungen (eine Prüfung ist fehlgeschlagen), 2 ungültige Eingabe
oder falscher Aufruf, 3 das Register oder eine Datei ist derzeit nicht nutzbar (gesperrt,
schreibgeschützt, Datenträger voll, Ausgabe nicht geschrieben), 141 der Empfänger der
Ausgabe ist nicht mehr vorhanden.
</translation>
    </message>
    <message>
        <source>bulwark: there is no file &apos;%1&apos;. &apos;bulwark FILE&apos; opens an existing register in the window; &apos;bulwark init --db FILE&apos; creates one.</source>
        <translation>bulwark: Es gibt keine Datei &apos;%1&apos;. &apos;bulwark FILE&apos; öffnet ein vorhandenes Register im Fenster; &apos;bulwark init --db FILE&apos; legt eines an.</translation>
    </message>
    <message>
        <source>bulwark: &apos;%1&apos; is not a command. Run &apos;bulwark --help&apos; for the list.</source>
        <translation>bulwark: &apos;%1&apos; ist kein Befehl. &apos;bulwark --help&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>The register file.</source>
        <translation>Die Registerdatei.</translation>
    </message>
    <message>
        <source>Print JSON for machines instead of text.</source>
        <translation>JSON für Programme statt Text ausgeben.</translation>
    </message>
    <message>
        <source> (see &apos;bulwark %1 --help&apos;)</source>
        <translation> (siehe &apos;bulwark %1 --help&apos;)</translation>
    </message>
    <message>
        <source>
Examples:
</source>
        <translation>
Beispiele:
</translation>
    </message>
    <message>
        <source>the output stream failed</source>
        <translation>der Ausgabestrom ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (standard output is closed)</source>
        <translation>%1 (die Standardausgabe ist geschlossen)</translation>
    </message>
    <message>
        <source>standard output could not be written: %1</source>
        <translation>die Standardausgabe konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source> (the change to the register itself was saved)</source>
        <translation> (die Änderung am Register selbst wurde gespeichert)</translation>
    </message>
    <message>
        <source>Show how much rests on each provider, location and country, with Herfindahl-Hirschman indices.</source>
        <translation>Zeigen, wie viel auf jedem Dienstleister, Standort und Land beruht, mit Herfindahl-Hirschman-Indizes.</translation>
    </message>
    <message>
        <source>Exit 1 when a single provider supports more than this share (0-1) of the critical functions.</source>
        <translation>Exit-Code 1, wenn ein einzelner Dienstleister mehr als diesen Anteil (0-1) der kritischen Funktionen unterstützt.</translation>
    </message>
    <message>
        <source>--max-share must be a fraction between 0 and 1</source>
        <translation>--max-share muss ein Anteil zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <source>CRITICAL FUNCTIONS</source>
        <translation>KRITISCHE FUNKTIONEN</translation>
    </message>
    <message>
        <source>ICT SERVICES</source>
        <translation>IKT-DIENSTLEISTUNGEN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>%1 critical or important functions, %2 third-party ICT services.</source>
        <translation>%1 kritische oder wichtige Funktionen, %2 IKT-Dienstleistungen Dritter.</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>DIENSTLEISTER</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>STANDORT</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>LAND</translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index (0-10,000; above 2,500 is highly concentrated):</source>
        <translation>Herfindahl-Hirschman-Index (0-10.000; über 2.500 gilt als hoch konzentriert):</translation>
    </message>
    <message>
        <source>  providers by ICT services:        %1</source>
        <translation>  Dienstleister nach IKT-Dienstleistungen:   %1</translation>
    </message>
    <message>
        <source>  providers by critical functions:  %1</source>
        <translation>  Dienstleister nach kritischen Funktionen:  %1</translation>
    </message>
    <message>
        <source>  countries by critical functions:  %1</source>
        <translation>  Länder nach kritischen Funktionen:         %1</translation>
    </message>
    <message>
        <source>A provider supports more than %1 of the critical functions.</source>
        <translation>Ein Dienstleister unterstützt mehr als %1 der kritischen Funktionen.</translation>
    </message>
    <message>
        <source>Find circular dependencies (exit 1 if there are any).</source>
        <translation>Zirkuläre Abhängigkeiten finden (Exit-Code 1, wenn es welche gibt).</translation>
    </message>
    <message>
        <source>No circular dependencies.</source>
        <translation>Keine zirkulären Abhängigkeiten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln group(s) of elements depend on each other in a circle:</source>
        <translation>
            <numerusform>%Ln Gruppe von Elementen, die zirkulär voneinander abhängen:</numerusform>
            <numerusform>%Ln Gruppen von Elementen, die zirkulär voneinander abhängen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Each of these can only be recovered together; restart order needs a plan.</source>
        <translation>Diese können jeweils nur gemeinsam wiederhergestellt werden; die Anlaufreihenfolge muss geplant werden.</translation>
    </message>
    <message>
        <source>Create a register filled with the demo bank (Demo Bank AG).</source>
        <translation>Ein Register mit der Demo-Bank (Demo Bank AG) anlegen.</translation>
    </message>
    <message>
        <source>--db FILE is required: the register to create.</source>
        <translation>--db FILE ist erforderlich: das anzulegende Register.</translation>
    </message>
    <message>
        <source>Created the demo register (Demo Bank AG) at %1:
</source>
        <translation>Das Demo-Register (Demo Bank AG) wurde unter %1 angelegt:
</translation>
    </message>
    <message>
        <source>It also holds a history of assessments: one approved earlier whose sign-off has lapsed since, and a draft; see &apos;bulwark assess list&apos;.
</source>
        <translation>Es enthält außerdem eine Historie von Bewertungen: eine früher genehmigte, deren Freigabe inzwischen erloschen ist, und einen Entwurf; siehe &apos;bulwark assess list&apos;.
</translation>
    </message>
    <message>
        <source>Write the register as bulwark-register JSON (or CSV files).</source>
        <translation>Das Register als bulwark-register-JSON (oder als CSV-Dateien) schreiben.</translation>
    </message>
    <message>
        <source>%1 (default: %2).</source>
        <translation>%1 (Standard: %2).</translation>
    </message>
    <message>
        <source>The file (JSON) or folder (CSV) to write; JSON goes to standard output without it.</source>
        <translation>Die zu schreibende Datei (JSON) bzw. der Ordner (CSV); ohne diese Option geht JSON an die Standardausgabe.</translation>
    </message>
    <message>
        <source>--format must be %1, got &apos;%2&apos;</source>
        <translation>--format muss %1 sein, angegeben wurde &apos;%2&apos;</translation>
    </message>
    <message>
        <source> Use --output FOLDER.</source>
        <translation> Verwenden Sie --output FOLDER.</translation>
    </message>
    <message>
        <source>Change (or remove) a redundancy group: how many members must be up, the failover time.</source>
        <translation>Eine Redundanzgruppe ändern (oder entfernen): wie viele Mitglieder verfügbar sein müssen, die Umschaltzeit.</translation>
    </message>
    <message>
        <source>Members that must be up (k of n).</source>
        <translation>Mitglieder, die verfügbar sein müssen (k von n).</translation>
    </message>
    <message>
        <source>Failover time in minutes.</source>
        <translation>Umschaltzeit in Minuten.</translation>
    </message>
    <message>
        <source>Remove the group (it must have no members left).</source>
        <translation>Die Gruppe entfernen (sie darf keine Mitglieder mehr haben).</translation>
    </message>
    <message>
        <source>The element that owns the group.</source>
        <translation>Das Element, dem die Gruppe gehört.</translation>
    </message>
    <message>
        <source>The group&apos;s name.</source>
        <translation>Der Name der Gruppe.</translation>
    </message>
    <message>
        <source>give the element&apos;s key and the group&apos;s name</source>
        <translation>geben Sie den Schlüssel des Elements und den Namen der Gruppe an</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; has no group &apos;%2&apos;; create it with &apos;bulwark link --group&apos;</source>
        <translation>Element &apos;%1&apos; hat keine Gruppe &apos;%2&apos;; legen Sie sie mit &apos;bulwark link --group&apos; an</translation>
    </message>
    <message>
        <source>give --min-up, --failover or --remove</source>
        <translation>geben Sie --min-up, --failover oder --remove an</translation>
    </message>
    <message>
        <source>Fail elements, providers, regions or tagged elements and show what goes down (exit 1 if a critical function breaches its tolerance).</source>
        <translation>Elemente, Dienstleister, Regionen oder Elemente mit einem Tag ausfallen lassen und zeigen, was ausfällt (Exit-Code 1, wenn eine kritische Funktion ihre Toleranz überschreitet).</translation>
    </message>
    <message numerus="yes">
        <source>Failure of %Ln element(s):</source>
        <translation>
            <numerusform>Ausfall von %Ln Element:</numerusform>
            <numerusform>Ausfall von %Ln Elementen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Business functions affected: %1 (%2 critical or important)</source>
        <translation>Betroffene Geschäftsfunktionen: %1 (%2 kritisch oder wichtig)</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>BACK AFTER</source>
        <translation>AUSFALLDAUER</translation>
    </message>
    <message>
        <source>TOLERANCE</source>
        <translation>TOLERANZ</translation>
    </message>
    <message>
        <source>  * critical or important function. BACK AFTER: estimated time until the function works again; TOLERANCE: its maximum tolerable downtime.</source>
        <translation>  * kritische oder wichtige Funktion. AUSFALLDAUER: geschätzte Zeit, bis die Funktion wieder arbeitet; TOLERANZ: ihre maximal tolerierbare Ausfallzeit.</translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: %Ln element(s) down, %L1 degraded.</source>
        <translation>
            <numerusform>Auswirkungsradius: %Ln Element ausgefallen, %L1 beeinträchtigt.</numerusform>
            <numerusform>Auswirkungsradius: %Ln Elemente ausgefallen, %L1 beeinträchtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>At least one critical or important function would be down longer than it can tolerate.</source>
        <translation>Mindestens eine kritische oder wichtige Funktion wäre länger ausgefallen als tolerierbar.</translation>
    </message>
    <message>
        <source>Add or update elements, dependencies and groups from a JSON file or CSV folder.</source>
        <translation>Elemente, Abhängigkeiten und Gruppen aus einer JSON-Datei oder einem CSV-Ordner hinzufügen oder aktualisieren.</translation>
    </message>
    <message>
        <source>Also remove what the register has and the file does not.</source>
        <translation>Außerdem entfernen, was im Register steht, aber nicht in der Datei.</translation>
    </message>
    <message>
        <source>Keep the register&apos;s value of a field the file leaves out (a missing JSON key or CSV column, an empty CSV cell) instead of clearing it.</source>
        <translation>Den Wert eines Feldes im Register behalten, wenn die Datei es auslässt (ein fehlender JSON-Schlüssel oder eine fehlende CSV-Spalte, eine leere CSV-Zelle), statt ihn zu löschen.</translation>
    </message>
    <message>
        <source>Check the file and show what would change; write nothing.</source>
        <translation>Die Datei prüfen und zeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>give exactly one file or folder to import</source>
        <translation>geben Sie genau eine Datei oder einen Ordner zum Importieren an</translation>
    </message>
    <message>
        <source>--db FILE is required: the register to import into.</source>
        <translation>--db FILE ist erforderlich: das Register, in das importiert wird.</translation>
    </message>
    <message>
        <source> Nothing was imported.</source>
        <translation> Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Dry run: importing %1 would change %2:
</source>
        <translation>Probelauf: Der Import von %1 würde %2 ändern:
</translation>
    </message>
    <message>
        <source>Imported %1 into %2:
</source>
        <translation>%1 in %2 importiert:
</translation>
    </message>
    <message>
        <source>Create a new, empty register file.</source>
        <translation>Eine neue, leere Registerdatei anlegen.</translation>
    </message>
    <message>
        <source>Created an empty register at %1.</source>
        <translation>Ein leeres Register wurde unter %1 angelegt.</translation>
    </message>
    <message>
        <source>Record that FROM needs TO (hard by default), optionally in a redundancy group.</source>
        <translation>Erfassen, dass FROM von TO abhängt (standardmäßig hart), optional in einer Redundanzgruppe.</translation>
    </message>
    <message>
        <source>FROM is only degraded, not down, when TO is down.</source>
        <translation>FROM ist nur beeinträchtigt, nicht ausgefallen, wenn TO ausgefallen ist.</translation>
    </message>
    <message>
        <source>Make the dependency a member of FROM&apos;s redundancy group NAME (created when it does not exist).</source>
        <translation>Die Abhängigkeit zum Mitglied der Redundanzgruppe NAME von FROM machen (wird angelegt, wenn sie nicht existiert).</translation>
    </message>
    <message>
        <source>With --group: members that must be up (default 1 for a new group).</source>
        <translation>Mit --group: Mitglieder, die verfügbar sein müssen (Standard 1 für eine neue Gruppe).</translation>
    </message>
    <message>
        <source>With --group: failover time in minutes (default 0 for a new group).</source>
        <translation>Mit --group: Umschaltzeit in Minuten (Standard 0 für eine neue Gruppe).</translation>
    </message>
    <message>
        <source>Change the dependency if it exists already.</source>
        <translation>Die Abhängigkeit ändern, wenn sie bereits existiert.</translation>
    </message>
    <message>
        <source>The element that needs.</source>
        <translation>Das abhängige Element.</translation>
    </message>
    <message>
        <source>The element it needs.</source>
        <translation>Das benötigte Element.</translation>
    </message>
    <message>
        <source>give two keys: FROM (the element that needs) and TO (what it needs)</source>
        <translation>geben Sie zwei Schlüssel an: FROM (das abhängige Element) und TO (das, was es benötigt)</translation>
    </message>
    <message>
        <source>--min-up and --failover go with --group</source>
        <translation>--min-up und --failover gehören zu --group</translation>
    </message>
    <message>
        <source>%1 now needs %2 (%3%4).
</source>
        <translation>%1 benötigt jetzt %2 (%3%4).
</translation>
    </message>
    <message>
        <source>hard</source>
        <translation>hart</translation>
    </message>
    <message>
        <source>soft</source>
        <translation>weich</translation>
    </message>
    <message>
        <source>, group %1</source>
        <translation>, Gruppe %1</translation>
    </message>
    <message>
        <source>List elements (or dependencies, or groups), with filters.</source>
        <translation>Elemente (oder Abhängigkeiten oder Gruppen) auflisten, mit Filtern.</translation>
    </message>
    <message>
        <source>Only elements of this kind (%1).</source>
        <translation>Nur Elemente dieser Art (%1).</translation>
    </message>
    <message>
        <source>Only elements with this tag.</source>
        <translation>Nur Elemente mit diesem Tag.</translation>
    </message>
    <message>
        <source>Only elements with this owner.</source>
        <translation>Nur Elemente mit dieser oder diesem Verantwortlichen.</translation>
    </message>
    <message>
        <source>Only critical or important business functions.</source>
        <translation>Nur kritische oder wichtige Geschäftsfunktionen.</translation>
    </message>
    <message>
        <source>Dependencies or groups: only those of this element.</source>
        <translation>Abhängigkeiten oder Gruppen: nur die dieses Elements.</translation>
    </message>
    <message>
        <source>list takes one of: elements, dependencies, groups</source>
        <translation>list erwartet eines von: elements, dependencies, groups</translation>
    </message>
    <message>
        <source>--kind must be one of: %1</source>
        <translation>--kind muss eines sein von: %1</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>ZU</translation>
    </message>
    <message>
        <source>STRENGTH</source>
        <translation>STÄRKE</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>ELEMENT</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>MIN UP</source>
        <translation>MIN. VERFÜGBAR</translation>
    </message>
    <message>
        <source>FAILOVER MIN</source>
        <translation>UMSCHALTUNG MIN</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>Show the audit trail, newest first.</source>
        <translation>Den Prüfpfad anzeigen, die neuesten Einträge zuerst.</translation>
    </message>
    <message>
        <source>Only entries about this element (and its dependencies and groups).</source>
        <translation>Nur Einträge zu diesem Element (und seinen Abhängigkeiten und Gruppen).</translation>
    </message>
    <message>
        <source>At most N entries (default 50, 0 for all).</source>
        <translation>Höchstens N Einträge (Standard 50, 0 für alle).</translation>
    </message>
    <message>
        <source>--limit must be a whole number, 0 or more</source>
        <translation>--limit muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>The audit trail has no entries yet.</source>
        <translation>Der Prüfpfad hat noch keine Einträge.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>WHEN (UTC)</source>
        <translation>ZEITPUNKT (UTC)</translation>
    </message>
    <message>
        <source>WHO</source>
        <translation>WER</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>WAS</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>HINWEIS</translation>
    </message>
    <message>
        <source>undo of entry %1</source>
        <translation>macht Eintrag %1 rückgängig</translation>
    </message>
    <message>
        <source>Draw the dependency map, or a part of it, to an SVG or PNG file (laid out with Graphviz).</source>
        <translation>Die Abhängigkeitskarte oder einen Teil davon in eine SVG- oder PNG-Datei zeichnen (Layout mit Graphviz).</translation>
    </message>
    <message>
        <source>The file to write: .svg (vector) or .png.</source>
        <translation>Die zu schreibende Datei: .svg (Vektor) oder .png.</translation>
    </message>
    <message>
        <source>Draw the neighbourhood of this element.</source>
        <translation>Die Umgebung dieses Elements zeichnen.</translation>
    </message>
    <message>
        <source>Dependency steps around --around (1-6, default 2).</source>
        <translation>Abhängigkeitsschritte um --around (1-6, Standard 2).</translation>
    </message>
    <message>
        <source>Which way from --around: both (what it needs and what needs it), needs, needed-by (default both).</source>
        <translation>In welche Richtung von --around: both (was es benötigt und was von ihm abhängt), needs, needed-by (Standard both).</translation>
    </message>
    <message>
        <source>The most elements drawn (10-2000, default 300).</source>
        <translation>Höchstzahl gezeichneter Elemente (10-2000, Standard 300).</translation>
    </message>
    <message>
        <source>--out FILE is required (.svg or .png)</source>
        <translation>--out FILE ist erforderlich (.svg oder .png)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must end in .svg or .png</source>
        <translation>&apos;%1&apos; muss auf .svg oder .png enden</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to 6</source>
        <translation>muss eine ganze Zahl von 1 bis 6 sein</translation>
    </message>
    <message>
        <source>must be a whole number from 10 to 2000</source>
        <translation>muss eine ganze Zahl von 10 bis 2000 sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: both, needs, needed-by</source>
        <translation>&apos;%1&apos; ist keiner der Werte: both, needs, needed-by</translation>
    </message>
    <message>
        <source>choose either --around or a failure, not both</source>
        <translation>wählen Sie entweder --around oder einen Ausfall, nicht beides</translation>
    </message>
    <message>
        <source>Blast radius of %1</source>
        <translation>Auswirkungsradius von %1</translation>
    </message>
    <message numerus="yes">
        <source>Register %1. %Ln element(s) down, %2 degraded.</source>
        <translation>
            <numerusform>Register %1. %Ln Element ausgefallen, %2 beeinträchtigt.</numerusform>
            <numerusform>Register %1. %Ln Elemente ausgefallen, %2 beeinträchtigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paths to the %Ln worst-hit critical function(s); the rest in groups.</source>
        <translation>
            <numerusform>Pfade zur am stärksten getroffenen kritischen Funktion (%Ln); der Rest in Gruppen.</numerusform>
            <numerusform>Pfade zu den %Ln am stärksten getroffenen kritischen Funktionen; der Rest in Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Register %1. What lies within %Ln step(s) (%2).</source>
        <translation>
            <numerusform>Register %1. Was innerhalb von %Ln Schritt liegt (%2).</numerusform>
            <numerusform>Register %1. Was innerhalb von %Ln Schritten liegt (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>both ways</source>
        <translation>beide Richtungen</translation>
    </message>
    <message>
        <source>the register has %1 elements, more than --limit %2: choose --around KEY, a failure, or a larger --limit</source>
        <translation>das Register hat %1 Elemente, mehr als --limit %2: wählen Sie --around KEY, einen Ausfall oder ein größeres --limit</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Register %1, every element.</source>
        <translation>Register %1, alle Elemente.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not drawn (limit %1).</source>
        <translation>
            <numerusform>%Ln weiteres nicht gezeichnet (Grenze %1).</numerusform>
            <numerusform>%Ln weitere nicht gezeichnet (Grenze %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Laid out with Graphviz dot; an arrow points from an element to what it needs.</source>
        <translation>Layout mit Graphviz dot; ein Pfeil zeigt von einem Element auf das, was es benötigt.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %Ln element(s)</source>
        <translation>
            <numerusform>%1 geschrieben: %Ln Element</numerusform>
            <numerusform>%1 geschrieben: %Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 more in %Ln group(s)</source>
        <translation>
            <numerusform>%1 weitere in %Ln Gruppe</numerusform>
            <numerusform>%1 weitere in %Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dependency(ies)</source>
        <translation>
            <numerusform>%Ln Abhängigkeit</numerusform>
            <numerusform>%Ln Abhängigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more not drawn</source>
        <translation>
            <numerusform>%Ln weiteres nicht gezeichnet</numerusform>
            <numerusform>%Ln weitere nicht gezeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>MAX DOWNTIME</source>
        <translation>MAX. AUSFALLZEIT</translation>
    </message>
    <message>
        <source>DATA LOST</source>
        <translation>DATENVERLUST</translation>
    </message>
    <message>
        <source>MAX DATA LOSS</source>
        <translation>MAX. DATENVERLUST</translation>
    </message>
    <message numerus="yes">
        <source>Recovery against impact tolerance, %Ln element(s) failed:</source>
        <translation>
            <numerusform>Wiederherstellung im Vergleich zur Auswirkungstoleranz, %Ln Element ausgefallen:</numerusform>
            <numerusform>Wiederherstellung im Vergleich zur Auswirkungstoleranz, %Ln Elemente ausgefallen:</numerusform>
        </translation>
    </message>
    <message>
        <source>  * critical or important function. DATA LOST: the largest RPO among the down data stores the function depends on.</source>
        <translation>  * kritische oder wichtige Funktion. DATENVERLUST: der größte RPO-Wert unter den ausgefallenen Datenspeichern, von denen die Funktion abhängt.</translation>
    </message>
    <message>
        <source>Remove elements, with their dependencies and groups.</source>
        <translation>Elemente mit ihren Abhängigkeiten und Gruppen entfernen.</translation>
    </message>
    <message>
        <source>Show what would be removed; remove nothing.</source>
        <translation>Zeigen, was entfernt würde; nichts entfernen.</translation>
    </message>
    <message>
        <source>Why the change is made: recorded in the audit trail with it.</source>
        <translation>Warum die Änderung vorgenommen wird: wird mit ihr im Prüfpfad erfasst.</translation>
    </message>
    <message>
        <source>Keys of the elements to remove.</source>
        <translation>Schlüssel der zu entfernenden Elemente.</translation>
    </message>
    <message>
        <source>give the keys of the elements to remove</source>
        <translation>geben Sie die Schlüssel der zu entfernenden Elemente an</translation>
    </message>
    <message>
        <source>Dry run: removing would change:
</source>
        <translation>Probelauf: Das Entfernen würde ändern:
</translation>
    </message>
    <message>
        <source>Removed:
</source>
        <translation>Entfernt:
</translation>
    </message>
    <message>
        <source>Write a report: the resilience audit report of an assessment, a scenario report, or an extract of the register, as PDF, HTML or CSV.</source>
        <translation>Einen Bericht schreiben: den Resilienz-Prüfbericht einer Bewertung, einen Szenariobericht oder einen Auszug des Registers, als PDF, HTML oder CSV.</translation>
    </message>
    <message>
        <source>pdf, html or csv (default: pdf).</source>
        <translation>pdf, html oder csv (Standard: pdf).</translation>
    </message>
    <message>
        <source>The file (PDF, HTML) or folder (CSV, one file per table) to write.</source>
        <translation>Die zu schreibende Datei (PDF, HTML) bzw. der Ordner (CSV, eine Datei je Tabelle).</translation>
    </message>
    <message>
        <source>With pdf: a4 or letter (default: a4).</source>
        <translation>Mit pdf: a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <source>The stored assessment to report on (default: the latest).</source>
        <translation>Die gespeicherte Bewertung, über die berichtet wird (Standard: die neueste).</translation>
    </message>
    <message>
        <source>With scenario: a saved scenario to report on; repeat for more (default: all).</source>
        <translation>Mit scenario: ein gespeichertes Szenario, über das berichtet wird; für weitere wiederholen (Standard: alle).</translation>
    </message>
    <message>
        <source>The report&apos;s date, and the day overdue and expired count from (default: today), as YYYY-MM-DD. A fixed date gives the same bytes again.</source>
        <translation>Das Datum des Berichts und der Stichtag für überfällig und abgelaufen (Standard: heute), als YYYY-MM-DD. Ein festes Datum ergibt wieder dieselben Bytes.</translation>
    </message>
    <message>
        <source>A label on the report, e.g. Confidential.</source>
        <translation>Eine Einstufung auf dem Bericht, z. B. Vertraulich.</translation>
    </message>
    <message>
        <source>The entity&apos;s name (default: the register&apos;s file name).</source>
        <translation>Der Name des Unternehmens (Standard: der Dateiname des Registers).</translation>
    </message>
    <message>
        <source>use: report audit|scenario|register</source>
        <translation>Aufruf: report audit|scenario|register</translation>
    </message>
    <message>
        <source>--format must be pdf, html or csv, got &apos;%1&apos;</source>
        <translation>--format muss pdf, html oder csv sein, angegeben wurde &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the %1 report is written as %2, not %3</source>
        <translation>der Bericht %1 wird als %2 geschrieben, nicht als %3</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter, got &apos;%1&apos;</source>
        <translation>--paper muss a4 oder letter sein, angegeben wurde &apos;%1&apos;</translation>
    </message>
    <message>
        <source>-o PATH is required: the %1 to write.</source>
        <translation>-o PATH ist erforderlich: %1 für die Ausgabe.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>der Ordner</translation>
    </message>
    <message>
        <source>file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>Writing the report: %1 %</source>
        <translation>Bericht wird geschrieben: %1 %</translation>
    </message>
    <message>
        <source>Save, list, run or remove named failure scenarios.</source>
        <translation>Benannte Ausfallszenarien speichern, auflisten, ausführen oder entfernen.</translation>
    </message>
    <message>
        <source>With save: what the scenario stands for.</source>
        <translation>Mit save: wofür das Szenario steht.</translation>
    </message>
    <message>
        <source>With save: change the scenario if it exists already.</source>
        <translation>Mit save: das Szenario ändern, wenn es bereits existiert.</translation>
    </message>
    <message>
        <source>No scenarios yet. Save one with &apos;bulwark scenario save&apos;.</source>
        <translation>Noch keine Szenarien. Speichern Sie eines mit &apos;bulwark scenario save&apos;.</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>FÄLLT AUS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>use: scenario list | save NAME | run NAME | remove NAME</source>
        <translation>Aufruf: scenario list | save NAME | run NAME | remove NAME</translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos;</source>
        <translation>es gibt kein Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; no longer matches the register: %2</source>
        <translation>Szenario &apos;%1&apos; stimmt nicht mehr mit dem Register überein: %2</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Szenario %1: %2</translation>
    </message>
    <message>
        <source>Removed scenario %1.
</source>
        <translation>Szenario %1 entfernt.
</translation>
    </message>
    <message>
        <source>Saved scenario %1. Run it with &apos;bulwark scenario run %1&apos;.
</source>
        <translation>Szenario %1 gespeichert. Führen Sie es mit &apos;bulwark scenario run %1&apos; aus.
</translation>
    </message>
    <message>
        <source>Changed scenario %1.
</source>
        <translation>Szenario %1 geändert.
</translation>
    </message>
    <message>
        <source>Change fields of an element (an empty value clears a field).</source>
        <translation>Felder eines Elements ändern (ein leerer Wert löscht ein Feld).</translation>
    </message>
    <message>
        <source>The element&apos;s key.</source>
        <translation>Der Schlüssel des Elements.</translation>
    </message>
    <message>
        <source>Fields to change, named as in the exchange format.</source>
        <translation>Zu ändernde Felder, benannt wie im Austauschformat.</translation>
    </message>
    <message>
        <source>give the element&apos;s key and at least one FIELD=VALUE</source>
        <translation>geben Sie den Schlüssel des Elements und mindestens ein FIELD=VALUE an</translation>
    </message>
    <message>
        <source>there is no element &apos;%1&apos;</source>
        <translation>es gibt kein Element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a key cannot be changed; add a new element and remove the old one</source>
        <translation>ein Schlüssel kann nicht geändert werden; fügen Sie ein neues Element hinzu und entfernen Sie das alte</translation>
    </message>
    <message>
        <source>%1 already had those values; nothing changed.
</source>
        <translation>%1 hatte diese Werte bereits; nichts geändert.
</translation>
    </message>
    <message>
        <source>Changed %1.
</source>
        <translation>%1 geändert.
</translation>
    </message>
    <message>
        <source>Show one element: its fields, what it needs, what needs it, its groups.</source>
        <translation>Ein Element anzeigen: seine Felder, was es benötigt, was von ihm abhängt, seine Gruppen.</translation>
    </message>
    <message>
        <source>give the key of one element</source>
        <translation>geben Sie den Schlüssel eines Elements an</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>
Needs (%1):
</source>
        <translation>
Benötigt (%1):
</translation>
    </message>
    <message>
        <source>
Needed by (%1):
</source>
        <translation>
Benötigt von (%1):
</translation>
    </message>
    <message>
        <source>
Redundancy groups:
</source>
        <translation>
Redundanzgruppen:
</translation>
    </message>
    <message numerus="yes">
        <source>  %1: at least %Ln member(s) up, failover %L2 min
</source>
        <translation>
            <numerusform>  %1: mindestens %Ln Mitglied verfügbar, Umschaltung %L2 min
</numerusform>
            <numerusform>  %1: mindestens %Ln Mitglieder verfügbar, Umschaltung %L2 min
</numerusform>
        </translation>
    </message>
    <message>
        <source>Find single points of failure of business functions (exit 1 if a critical one has any).</source>
        <translation>Single Points of Failure von Geschäftsfunktionen finden (Exit-Code 1, wenn eine kritische Funktion einen hat).</translation>
    </message>
    <message>
        <source>    no single point of failure
</source>
        <translation>    kein Single Point of Failure
</translation>
    </message>
    <message numerus="yes">
        <source>    %Ln single point(s) of failure:
</source>
        <translation>
            <numerusform>    %Ln Single Point of Failure:
</numerusform>
            <numerusform>    %Ln Single Points of Failure:
</numerusform>
        </translation>
    </message>
    <message>
        <source>* critical or important function</source>
        <translation>* kritische oder wichtige Funktion</translation>
    </message>
    <message>
        <source>Remove the dependency of FROM on TO.</source>
        <translation>Die Abhängigkeit entfernen, mit der FROM von TO abhängt.</translation>
    </message>
    <message>
        <source>give two keys: FROM and TO</source>
        <translation>geben Sie zwei Schlüssel an: FROM und TO</translation>
    </message>
    <message>
        <source>%1 no longer needs %2.</source>
        <translation>%1 benötigt %2 nicht mehr.</translation>
    </message>
    <message>
        <source> Its redundancy group had no members left and was removed.</source>
        <translation> Die Redundanzgruppe hatte keine Mitglieder mehr und wurde entfernt.</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain, that the register matches it, and every stored evidence file&apos;s SHA-256 (exit 1 if not).</source>
        <translation>Die Hash-Kette des Prüfpfads prüfen, ob das Register ihm entspricht, und den SHA-256 jeder gespeicherten Nachweisdatei (Exit-Code 1, wenn nicht).</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, each chained to the one before, and the register matches it.</source>
        <translation>Der Prüfpfad ist intakt: %1 Einträge, jeder mit dem vorherigen verkettet, und das Register entspricht ihm.</translation>
    </message>
    <message>
        <source>Every stored evidence file matches its SHA-256: %1.</source>
        <translation>Jede gespeicherte Nachweisdatei entspricht ihrem SHA-256: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries, and the register matches it.</source>
        <translation>Der Prüfpfad ist intakt: %1 Einträge, und das Register entspricht ihm.</translation>
    </message>
    <message>
        <source>EVIDENCE: %1</source>
        <translation>NACHWEIS: %1</translation>
    </message>
    <message>
        <source>TAMPERED: %1</source>
        <translation>MANIPULIERT: %1</translation>
    </message>
    <message numerus="yes">
        <source>TAMPERED: ... and %Ln more problem(s) in the trail.</source>
        <translation>
            <numerusform>MANIPULIERT: ... und %Ln weiteres Problem im Prüfpfad.</numerusform>
            <numerusform>MANIPULIERT: ... und %Ln weitere Probleme im Prüfpfad.</numerusform>
        </translation>
    </message>
    <message>
        <source>MISMATCH: %1</source>
        <translation>ABWEICHUNG: %1</translation>
    </message>
    <message numerus="yes">
        <source>MISMATCH: ... and %Ln more value(s) that differ from the trail.</source>
        <translation>
            <numerusform>ABWEICHUNG: ... und %Ln weiterer Wert, der vom Prüfpfad abweicht.</numerusform>
            <numerusform>ABWEICHUNG: ... und %Ln weitere Werte, die vom Prüfpfad abweichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 checked: %2 in the trail, %3 that differ from it.</source>
        <translation>%1 geprüft: %2 im Prüfpfad, %3, die davon abweichen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln Problem</numerusform>
            <numerusform>%Ln Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln Wert</numerusform>
            <numerusform>%Ln Werte</numerusform>
        </translation>
    </message>
    <message>
        <source>The report&apos;s language: en or de (default: the program&apos;s, which follows the system or BULWARK_LANGUAGE).</source>
        <translation>Die Sprache des Berichts: en oder de (Standard: die des Programms, die dem System oder BULWARK_LANGUAGE folgt).</translation>
    </message>
    <message>
        <source>--language must be one of %1, got &apos;%2&apos;</source>
        <translation>--language muss eines sein von %1, angegeben wurde &apos;%2&apos;</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>up</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>Estimate recovery time and data loss of each affected function against its impact tolerance (exit 1 if a critical function breaches either), with the path that sets the time; or with --budget the RTO each element must meet (exit 1 if one is longer).</source>
        <translation>Wiederherstellungszeit und Datenverlust jeder betroffenen Funktion schätzen und mit ihrer Auswirkungstoleranz vergleichen (Exit-Code 1, wenn eine kritische Funktion eine davon überschreitet), mit dem Pfad, der die Zeit bestimmt; oder mit --budget die RTO, die jedes Element einhalten muss (Exit-Code 1, wenn eine länger ist).</translation>
    </message>
    <message>
        <source>Instead of a failure: for every element, the tightest maximum tolerable downtime among the critical functions its failure alone puts down, against its RTO.</source>
        <translation>Statt eines Ausfalls: für jedes Element die knappste maximal tolerierbare Ausfallzeit unter den kritischen Funktionen, die sein Ausfall allein lahmlegt, verglichen mit seiner RTO.</translation>
    </message>
    <message>
        <source>--budget takes no failure: leave out --%1</source>
        <translation>--budget nimmt keinen Ausfall an: --%1 weglassen</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>BUDGET</source>
        <translation>BUDGET</translation>
    </message>
    <message>
        <source>SET BY</source>
        <translation>VORGEGEBEN VON</translation>
    </message>
    <message>
        <source>SHORTFALL</source>
        <translation>ÜBERSCHREITUNG</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>RTO budget of %Ln element(s) that alone stop a critical function:</source>
        <translation>
            <numerusform>RTO-Budget von %Ln Element, das allein eine kritische Funktion stoppt:</numerusform>
            <numerusform>RTO-Budget von %Ln Elementen, die allein eine kritische Funktion stoppen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  %Ln element(s) with an RTO longer than their budget. BUDGET: the tightest maximum tolerable downtime of the critical functions the element alone puts down (SET BY). Meeting it is necessary, not sufficient.</source>
        <translation>
            <numerusform>  %Ln Element mit einer RTO länger als sein Budget. BUDGET: die knappste maximal tolerierbare Ausfallzeit der kritischen Funktionen, die das Element allein lahmlegt (VORGEGEBEN VON). Sie einzuhalten ist notwendig, nicht hinreichend.</numerusform>
            <numerusform>  %Ln Elemente mit einer RTO länger als ihr Budget. BUDGET: die knappste maximal tolerierbare Ausfallzeit der kritischen Funktionen, die das Element allein lahmlegt (VORGEGEBEN VON). Sie einzuhalten ist notwendig, nicht hinreichend.</numerusform>
        </translation>
    </message>
    <message>
        <source>RTO of %1</source>
        <translation>RTO von %1</translation>
    </message>
    <message>
        <source>failover of group %1 of %2</source>
        <translation>Umschaltung (Failover) der Gruppe %1 von %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Where each recovery time comes from:</source>
        <translation>Woher jede Wiederherstellungszeit kommt:</translation>
    </message>
    <message>
        <source>Find redundancy that is not: elements, regions and countries whose failure alone breaks a redundancy group (exit 1 if a group a critical function needs has a common cause).</source>
        <translation>Scheinbare Redundanz finden: Elemente, Regionen und Länder, deren Ausfall allein eine Redundanzgruppe bricht (Exit-Code 1, wenn eine Gruppe, die eine kritische Funktion braucht, eine gemeinsame Ursache hat).</translation>
    </message>
    <message>
        <source>Only the groups of this element (default: every group).</source>
        <translation>Nur die Gruppen dieses Elements (Standard: jede Gruppe).</translation>
    </message>
    <message>
        <source>List at most N common causes per group (the count stays exact).</source>
        <translation>Höchstens N gemeinsame Ursachen je Gruppe auflisten (die Anzahl bleibt genau).</translation>
    </message>
    <message>
        <source>--limit must be a whole number of 0 or more, got &apos;%1&apos;</source>
        <translation>--limit muss eine ganze Zahl ab 0 sein, erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 / %2: %3 of %4 members must stay up%5
</source>
        <translation>%1 / %2: %3 von %4 Mitgliedern müssen verfügbar bleiben%5
</translation>
    </message>
    <message>
        <source> (no spare)</source>
        <translation> (keine Reserve)</translation>
    </message>
    <message>
        <source>    members: %1
</source>
        <translation>    Mitglieder: %1
</translation>
    </message>
    <message>
        <source>    no common cause
</source>
        <translation>    keine gemeinsame Ursache
</translation>
    </message>
    <message numerus="yes">
        <source>    %Ln common cause(s) (* nearest):
</source>
        <translation>
            <numerusform>    %Ln gemeinsame Ursache (* nächste):
</numerusform>
            <numerusform>    %Ln gemeinsame Ursachen (* nächste):
</numerusform>
        </translation>
    </message>
    <message>
        <source>      ... and %1 more (--limit N lists more)
</source>
        <translation>      ... und %1 weitere (--limit N listet mehr)
</translation>
    </message>
    <message>
        <source>    members that take down enough others: %1
</source>
        <translation>    Mitglieder, die allein genug andere ausfallen lassen: %1
</translation>
    </message>
    <message>
        <source>    shared regions: %1
</source>
        <translation>    gemeinsame Regionen: %1
</translation>
    </message>
    <message>
        <source>    shared countries: %1
</source>
        <translation>    gemeinsame Länder: %1
</translation>
    </message>
    <message>
        <source>no redundancy group
</source>
        <translation>keine Redundanzgruppe
</translation>
    </message>
    <message numerus="yes">
        <source>%Ln false redundancy(ies): group(s) that one element breaks
</source>
        <translation>
            <numerusform>%Ln scheinbare Redundanz: Gruppe, die ein einzelnes Element bricht
</numerusform>
            <numerusform>%Ln scheinbare Redundanzen: Gruppen, die ein einzelnes Element bricht
</numerusform>
        </translation>
    </message>
    <message>
        <source>Also find the double failures: pairs of elements, neither a single point of failure, whose failure together puts the function down.</source>
        <translation>Auch die Doppelausfälle finden: Paare von Elementen, keines ein Single Point of Failure, deren gemeinsamer Ausfall die Funktion ausfallen lässt.</translation>
    </message>
    <message>
        <source>With --pairs: list at most N pairs per function (the count stays exact; text output lists 1000 by default).</source>
        <translation>Mit --pairs: höchstens N Paare je Funktion auflisten (die Anzahl bleibt genau; die Textausgabe listet standardmäßig 1000).</translation>
    </message>
    <message>
        <source>    no double failure
</source>
        <translation>    kein Doppelausfall
</translation>
    </message>
    <message>
        <source>--limit needs --pairs</source>
        <translation>--limit braucht --pairs</translation>
    </message>
    <message>
        <source>    double failures: %1 (pairs that fail it together):
</source>
        <translation>    Doppelausfälle: %1 (Paare, die sie gemeinsam ausfallen lassen):
</translation>
    </message>
    <message>
        <source>%1 (default: recognised from the file&apos;s content, else csv for a folder or .csv file and json otherwise).</source>
        <translation>%1 (Standard: anhand des Inhalts der Datei erkannt, sonst csv für einen Ordner oder eine .csv-Datei und andernfalls json).</translation>
    </message>
    <message>
        <source>Maps from other tools: put this before every key (default: the format&apos;s own, such as cdx: or bs:; &quot;&quot; for none).</source>
        <translation>Abbildungen aus anderen Werkzeugen: dies jedem Schlüssel voranstellen (Standard: das eigene Präfix des Formats, etwa cdx: oder bs:; &quot;&quot; für keines).</translation>
    </message>
    <message>
        <source>Maps from other tools: the name recorded on everything imported, which --prune later keeps to (default: the file&apos;s name).</source>
        <translation>Abbildungen aus anderen Werkzeugen: der Name, der bei allem Importierten erfasst wird und auf den sich --prune später beschränkt (Standard: der Name der Datei).</translation>
    </message>
    <message>
        <source>Maps from other tools: a mapping file (JSON or YAML) that sets kinds, criticality, owners and tags and links to register elements by pattern.</source>
        <translation>Abbildungen aus anderen Werkzeugen: eine Zuordnungsdatei (JSON oder YAML), die Arten, Kritikalität, Verantwortliche und Tags setzt und per Muster mit Elementen des Registers verknüpft.</translation>
    </message>
    <message>
        <source>A bulwark-register JSON file, a folder with elements.csv, or a map from another tool.</source>
        <translation>Eine bulwark-register-JSON-Datei, ein Ordner mit elements.csv oder eine Abbildung aus einem anderen Werkzeug.</translation>
    </message>
    <message>
        <source>Read %1 as %2 (%3).
</source>
        <translation>%1 als %2 gelesen (%3).
</translation>
    </message>
    <message>
        <source>as --format says</source>
        <translation>wie mit --format angegeben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s): what the file has that was not imported:
</source>
        <translation>
            <numerusform>%Ln Hinweis: was die Datei enthält, aber nicht importiert wurde:
</numerusform>
            <numerusform>%Ln Hinweise: was die Datei enthält, aber nicht importiert wurde:
</numerusform>
        </translation>
    </message>
    <message>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>Docker Compose: a file merged over the imported one, as docker compose -f does; repeat it for several, merged in order.</source>
        <translation>Docker Compose: eine Datei, die wie bei docker compose -f über die importierte gelegt wird; für mehrere wiederholen, sie werden der Reihe nach zusammengeführt.</translation>
    </message>
    <message>
        <source>Docker Compose: the variables of the files (default: .env beside the imported file when there is one).</source>
        <translation>Docker Compose: die Variablen der Dateien (Standard: .env neben der importierten Datei, falls vorhanden).</translation>
    </message>
    <message>
        <source>blocking</source>
        <translation>blockierend</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>  ... and %Ln more (bulwark roi check lists them all)</source>
        <translation>
            <numerusform>  ... und %Ln weiteres (bulwark roi check listet alle auf)</numerusform>
            <numerusform>  ... und %Ln weitere (bulwark roi check listet alle auf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to file: every blocking check, every active EBA rule and every check of Bulwark passed.</source>
        <translation>Bereit zur Einreichung: Alle blockierenden Prüfungen, alle aktiven Prüfregeln der EBA und alle Prüfungen von Bulwark wurden bestanden.</translation>
    </message>
    <message>
        <source>%1 blocking, %2 errors, %3 warnings.</source>
        <translation>%1 blockierend, %2 Fehler, %3 Warnungen.</translation>
    </message>
    <message>
        <source>--consolidation must be IND (individual) or CON (consolidated), got &apos;%1&apos;</source>
        <translation>--consolidation muss IND (Einzelebene) oder CON (konsolidierte Ebene) sein, angegeben wurde &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Register of information of %1 on %2:</source>
        <translation>Informationsregister von %1 zum Meldestichtag %2:</translation>
    </message>
    <message>
        <source>(no reporting entity)</source>
        <translation>(kein meldendes Unternehmen)</translation>
    </message>
    <message>
        <source>--ref-date YYYY-MM-DD is required: the reference date of the filing.</source>
        <translation>--ref-date YYYY-MM-DD ist erforderlich: der Meldestichtag der Einreichung.</translation>
    </message>
    <message>
        <source>--consolidation IND|CON is required: individual or consolidated.</source>
        <translation>--consolidation IND|CON ist erforderlich: Einzelebene oder konsolidierte Ebene.</translation>
    </message>
    <message>
        <source>-o DIR is required: the folder to write the package into.</source>
        <translation>-o DIR ist erforderlich: der Ordner, in den das Paket geschrieben wird.</translation>
    </message>
    <message>
        <source>--timestamp must be 17 digits, yyyyMMddHHmmsszzz (e.g. 20270115093000125), got &apos;%1&apos;</source>
        <translation>--timestamp muss aus 17 Ziffern bestehen, yyyyMMddHHmmsszzz (z. B. 20270115093000125), angegeben wurde &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>bulwark roi: not exported: %Ln blocking problem(s) would make the supervisor reject the package. Fix them, or export anyway with --force:</source>
        <translation>
            <numerusform>bulwark roi: nicht exportiert: Wegen %Ln blockierenden Problems würde die Aufsichtsbehörde das Paket zurückweisen. Beheben Sie es oder exportieren Sie trotzdem mit --force:</numerusform>
            <numerusform>bulwark roi: nicht exportiert: Wegen %Ln blockierender Probleme würde die Aufsichtsbehörde das Paket zurückweisen. Beheben Sie sie oder exportieren Sie trotzdem mit --force:</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>-o DIR is required: the folder to write the review into.</source>
        <translation>-o DIR ist erforderlich: der Ordner, in den die Durchsicht geschrieben wird.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the review (%Ln file(s)) into %1; open index.html.</source>
        <translation>
            <numerusform>Durchsicht (%Ln Datei) in %1 geschrieben; öffnen Sie index.html.</numerusform>
            <numerusform>Durchsicht (%Ln Dateien) in %1 geschrieben; öffnen Sie index.html.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than a register of information can be.</source>
        <translation>%1 ist größer, als ein Informationsregister sein kann.</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read the register of information of %1 (reference date %2) into the register; %Ln reference(s) it names could not be kept (see the notes).
</source>
        <translation>
            <numerusform>Informationsregister von %1 (Meldestichtag %2) in das Register eingelesen; %Ln darin genannter Verweis konnte nicht beibehalten werden (siehe Hinweise).
</numerusform>
            <numerusform>Informationsregister von %1 (Meldestichtag %2) in das Register eingelesen; %Ln darin genannte Verweise konnten nicht beibehalten werden (siehe Hinweise).
</numerusform>
        </translation>
    </message>
    <message>
        <source>The DORA register of information: check it as the supervisor does (exit 1 on a blocking problem), export the xBRL-CSV package, or import one.</source>
        <translation>Das DORA-Informationsregister: so prüfen, wie die Aufsichtsbehörde es tut (Exit-Code 1 bei einem blockierenden Problem), das xBRL-CSV-Paket exportieren oder ein Paket importieren.</translation>
    </message>
    <message>
        <source>The reference date of the filing (default for check: 31 December of last year).</source>
        <translation>Der Meldestichtag der Einreichung (Standard für check: 31. Dezember des Vorjahres).</translation>
    </message>
    <message>
        <source>IND (individual) or CON (consolidated): the level of the filing (default for check: IND).</source>
        <translation>IND (Einzelebene) oder CON (konsolidierte Ebene): die Ebene der Einreichung (Standard für check: IND).</translation>
    </message>
    <message>
        <source>export, review: the folder to write the package or the review into.</source>
        <translation>export, review: der Ordner, in den das Paket bzw. die Durchsicht geschrieben wird.</translation>
    </message>
    <message>
        <source>review: en or de (default: the program&apos;s language).</source>
        <translation>review: en oder de (Standard: die Sprache des Programms).</translation>
    </message>
    <message>
        <source>export: the time in the package&apos;s name, yyyyMMddHHmmsszzz (default: now); the same register and timestamp give the same bytes.</source>
        <translation>export: der Zeitpunkt im Namen des Pakets, yyyyMMddHHmmsszzz (Standard: jetzt); dasselbe Register und derselbe Zeitstempel ergeben byteweise dasselbe Paket.</translation>
    </message>
    <message>
        <source>export: write the package even when a blocking problem would make the supervisor reject it.</source>
        <translation>export: das Paket auch dann schreiben, wenn die Aufsichtsbehörde es wegen eines blockierenden Problems zurückweisen würde.</translation>
    </message>
    <message>
        <source>import: check the package and show what would change; write nothing.</source>
        <translation>import: das Paket prüfen und zeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>use: roi check | roi export | roi review | roi import PACKAGE.zip</source>
        <translation>Aufruf: roi check | roi export | roi review | roi import PACKAGE.zip</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>  %1 %2 added, %3 changed, %4 unchanged, %5 removed
</source>
        <translation>  %1 %2 hinzugefügt, %3 geändert, %4 unverändert, %5 entfernt
</translation>
    </message>
    <message>
        <source>elements:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>dependencies:</source>
        <translation>Abhängigkeiten:</translation>
    </message>
    <message>
        <source>groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <source>scenarios:</source>
        <translation>Szenarien:</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not of the form FIELD=VALUE (for example rto_min=60)</source>
        <translation>&apos;%1&apos; hat nicht die Form FIELD=VALUE (zum Beispiel rto_min=60)</translation>
    </message>
</context>
</TS>
