<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n element(s)</source>
        <translation>
            <numerusform>%n Element entfernen</numerusform>
            <numerusform>%n Elemente entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing %n change(s) to the register...</source>
        <translation>
            <numerusform>%n Änderung wird in das Register geschrieben...</numerusform>
            <numerusform>%n Änderungen werden in das Register geschrieben...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1, %2
Too many to draw one by one: counted here, linked the way the failure travelled.</source>
        <translation>%1, %2
Zu viele, um sie einzeln zu zeichnen: hier gezählt und so verbunden, wie sich der Ausfall ausgebreitet hat.</translation>
    </message>
    <message>
        <source>Hard dependency: down when the needed element is down</source>
        <translation>Harte Abhängigkeit: ausgefallen, wenn das benötigte Element ausgefallen ist</translation>
    </message>
    <message>
        <source>Soft dependency: degraded when the needed element is down</source>
        <translation>Weiche Abhängigkeit: beeinträchtigt, wenn das benötigte Element ausgefallen ist</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The table was not exported to %1.

%2</source>
        <translation>Die Tabelle wurde nicht nach %1 exportiert.

%2</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows (all rows when none is selected) with the headers, tab-separated (%1)</source>
        <translation>Die ausgewählten Zeilen (alle Zeilen, wenn keine ausgewählt ist) mit den Spaltenköpfen tabulatorgetrennt kopieren (%1)</translation>
    </message>
    <message>
        <source>Copy &amp;all rows</source>
        <translation>&amp;Alle Zeilen kopieren</translation>
    </message>
    <message>
        <source>Copy every row with the headers, tab-separated</source>
        <translation>Alle Zeilen mit den Spaltenköpfen tabulatorgetrennt kopieren</translation>
    </message>
    <message>
        <source>&amp;Export to CSV...</source>
        <translation>Als CSV &amp;exportieren...</translation>
    </message>
    <message>
        <source>Save every row of this table as a CSV file</source>
        <translation>Alle Zeilen dieser Tabelle als CSV-Datei speichern</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ActionDialog</name>
    <message>
        <source>Remediation Action %1</source>
        <translation>Abhilfemaßnahme %1</translation>
    </message>
    <message>
        <source>New Remediation Action</source>
        <translation>Neue Abhilfemaßnahme</translation>
    </message>
    <message>
        <source>Change the action. Its findings stay linked.</source>
        <translation>Ändern Sie die Maßnahme. Ihre Feststellungen bleiben verknüpft.</translation>
    </message>
    <message numerus="yes">
        <source>An action answers the %Ln finding(s) chosen; an open one moves to &quot;in remediation&quot;.</source>
        <translation>
            <numerusform>Eine Maßnahme beantwortet die gewählte Feststellung (%Ln); ist sie offen, wechselt sie zu „in Behebung“.</numerusform>
            <numerusform>Eine Maßnahme beantwortet die %Ln gewählten Feststellungen; eine offene wechselt zu „in Behebung“.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Was getan wird</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Wer verantwortlich ist</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Feststellungen:</translation>
    </message>
    <message>
        <source>&amp;Save Action</source>
        <translation>Maßnahme spei&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Add Action</source>
        <translation>Maßnahme &amp;hinzufügen</translation>
    </message>
    <message>
        <source>An action needs a key.</source>
        <translation>Eine Maßnahme braucht einen Schlüssel.</translation>
    </message>
    <message>
        <source>There is already an action &apos;%1&apos;.</source>
        <translation>Es gibt bereits eine Maßnahme &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::AssessmentPage</name>
    <message>
        <source>risk accepted (%1)</source>
        <translation>Risiko akzeptiert (%1)</translation>
    </message>
    <message>
        <source>found, not saved</source>
        <translation>festgestellt, nicht gespeichert</translation>
    </message>
    <message>
        <source>(manual)</source>
        <translation>(manuell)</translation>
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
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals festgestellt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt festgestellt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <source>A stored assessment, or the live register (the checks&apos; last run, not saved)</source>
        <translation>Eine gespeicherte Bewertung oder das aktuelle Register (letzter Prüflauf, nicht gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Run Checks</source>
        <translation>Prüfungen &amp;ausführen</translation>
    </message>
    <message>
        <source>Run the automated checks on the register (Ctrl+R)</source>
        <translation>Die automatisierten Prüfungen auf das Register anwenden (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save as Assessment...</source>
        <translation>Als Bewertung speichern...</translation>
    </message>
    <message>
        <source>S&amp;ubmit...</source>
        <translation>&amp;Einreichen...</translation>
    </message>
    <message>
        <source>Submit the draft for approval by a different person</source>
        <translation>Den Entwurf zur Genehmigung durch eine andere Person einreichen</translation>
    </message>
    <message>
        <source>A&amp;pprove...</source>
        <translation>&amp;Genehmigen...</translation>
    </message>
    <message>
        <source>Approve a submitted assessment (four eyes); it is frozen afterwards</source>
        <translation>Eine eingereichte Bewertung genehmigen (Vier-Augen-Prinzip); danach ist sie eingefroren</translation>
    </message>
    <message>
        <source>&amp;Compare With...</source>
        <translation>&amp;Vergleichen mit...</translation>
    </message>
    <message>
        <source>Compare this assessment with another one: scores, requirements and findings</source>
        <translation>Diese Bewertung mit einer anderen vergleichen: Punktzahlen, Anforderungen und Feststellungen</translation>
    </message>
    <message>
        <source>Press Run Checks to assess the register.</source>
        <translation>Klicken Sie auf „Prüfungen ausführen“, um das Register zu bewerten.</translation>
    </message>
    <message>
        <source>Choose a requirement in the tree.</source>
        <translation>Wählen Sie eine Anforderung im Baum.</translation>
    </message>
    <message>
        <source>Assessor&apos;s judgement</source>
        <translation>Manuelle Beurteilung</translation>
    </message>
    <message>
        <source>As the checks say (no judgement)</source>
        <translation>Wie von den Prüfungen ermittelt (keine Beurteilung)</translation>
    </message>
    <message>
        <source>Notes: why, and what evidence was seen</source>
        <translation>Notizen: Begründung und gesichtete Nachweise</translation>
    </message>
    <message>
        <source>Record &amp;Judgement</source>
        <translation>Beurteil&amp;ung erfassen</translation>
    </message>
    <message>
        <source>Re&amp;quirement</source>
        <translation>Anfor&amp;derung</translation>
    </message>
    <message>
        <source>Filter the findings: a key, check, element, owner or word</source>
        <translation>Feststellungen filtern: Schlüssel, Prüfung, Element, Verantwortliche(r) oder Stichwort</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Feststellungen</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>Maß&amp;nahmen</translation>
    </message>
    <message>
        <source>Drop a file on the page to add it as evidence for the requirement selected</source>
        <translation>Legen Sie eine Datei auf der Seite ab, um sie als Nachweis für die ausgewählte Anforderung hinzuzufügen</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Nach&amp;weise</translation>
    </message>
    <message>
        <source>Show in &amp;Register</source>
        <translation>Im &amp;Register anzeigen</translation>
    </message>
    <message>
        <source>Show on &amp;Map</source>
        <translation>Auf der &amp;Karte anzeigen</translation>
    </message>
    <message>
        <source>New Remediation &amp;Action...</source>
        <translation>Neue Abhilfe&amp;maßnahme...</translation>
    </message>
    <message>
        <source>&amp;Edit Action...</source>
        <translation>Maßnahme &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Assessment: run the checks</source>
        <translation>Bewertung: Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Live register (not saved)</source>
        <translation>Aktuelles Register (nicht gespeichert)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Running the checks...</source>
        <translation>Prüfungen werden ausgeführt...</translation>
    </message>
    <message>
        <source>The checks were canceled.</source>
        <translation>Die Prüfungen wurden abgebrochen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Open a register to assess it.</source>
        <translation>Öffnen Sie ein Register, um es zu bewerten.</translation>
    </message>
    <message>
        <source>Live register: the checks&apos; last run, not saved. Save it as an assessment to judge, submit and approve it.</source>
        <translation>Aktuelles Register: letzter Prüflauf, nicht gespeichert. Speichern Sie ihn als Bewertung, um ihn zu beurteilen, einzureichen und zu genehmigen.</translation>
    </message>
    <message>
        <source>%1 prepared by %2.</source>
        <translation>%1, erstellt von %2.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3; a different person approves it.</source>
        <translation>%1 von %2 am %3; eine andere Person genehmigt sie.</translation>
    </message>
    <message>
        <source>%1 by %2 on %3 (submitted by %4): frozen.</source>
        <translation>%1 von %2 am %3 (eingereicht von %4): eingefroren.</translation>
    </message>
    <message>
        <source>Sign-off %1: %2</source>
        <translation>Freigabe %1: %2</translation>
    </message>
    <message>
        <source>UNVERIFIED</source>
        <translation>NICHT VERIFIZIERT</translation>
    </message>
    <message numerus="yes">
        <source>Sign-off %1: the map changed after the approval (%Ln change(s), &lt;a href=&quot;changes&quot;&gt;show them&lt;/a&gt;).</source>
        <translation>
            <numerusform>Freigabe %1: Die Karte hat sich nach der Genehmigung geändert (%Ln Änderung, &lt;a href=&quot;changes&quot;&gt;anzeigen&lt;/a&gt;).</numerusform>
            <numerusform>Freigabe %1: Die Karte hat sich nach der Genehmigung geändert (%Ln Änderungen, &lt;a href=&quot;changes&quot;&gt;anzeigen&lt;/a&gt;).</numerusform>
        </translation>
    </message>
    <message>
        <source>LAPSED</source>
        <translation>HINFÄLLIG</translation>
    </message>
    <message>
        <source>Sign-off %1: the map has not changed since.</source>
        <translation>Freigabe %1: Die Karte hat sich seitdem nicht geändert.</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Score: not run</source>
        <translation>Punktzahl: nicht ausgeführt</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln requirement(s): %L1 compliant, %L2 partially compliant, %L3 non-compliant, %L4 not applicable, %L5 not assessed.</source>
        <translation>
            <numerusform>%Ln Anforderung: %L1 erfüllt, %L2 teilweise erfüllt, %L3 nicht erfüllt, %L4 nicht anwendbar, %L5 nicht bewertet.</numerusform>
            <numerusform>%Ln Anforderungen: %L1 erfüllt, %L2 teilweise erfüllt, %L3 nicht erfüllt, %L4 nicht anwendbar, %L5 nicht bewertet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open finding(s).</source>
        <translation>
            <numerusform>%Ln offene Feststellung.</numerusform>
            <numerusform>%Ln offene Feststellungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checks run on %1: %L2 of %Ln failed.</source>
        <translation>
            <numerusform>Prüfungen ausgeführt am %1: %L2 von %Ln nicht bestanden.</numerusform>
            <numerusform>Prüfungen ausgeführt am %1: %L2 von %Ln nicht bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Findings (%L1)</source>
        <translation>&amp;Feststellungen (%L1)</translation>
    </message>
    <message>
        <source>The table shows the first %L1 of %L2 findings in this order; filter to narrow them, or list them all with &apos;bulwark assess run&apos;.</source>
        <translation>Die Tabelle zeigt die ersten %L1 von %L2 Feststellungen in dieser Reihenfolge; filtern Sie, um sie einzugrenzen, oder listen Sie alle mit &apos;bulwark assess run&apos; auf.</translation>
    </message>
    <message>
        <source>%L1 of %L2 findings match the filter.</source>
        <translation>%L1 von %L2 Feststellungen entsprechen dem Filter.</translation>
    </message>
    <message>
        <source>%1, OVERDUE</source>
        <translation>%1, ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>Ac&amp;tions (%L1, %L2 overdue)</source>
        <translation>Maß&amp;nahmen (%L1, %L2 überfällig)</translation>
    </message>
    <message>
        <source>Ac&amp;tions (%L1)</source>
        <translation>Maß&amp;nahmen (%L1)</translation>
    </message>
    <message>
        <source>(link to %1)</source>
        <translation>(Link zu %1)</translation>
    </message>
    <message>
        <source>E&amp;vidence (%L1, %L2 expired)</source>
        <translation>Nach&amp;weise (%L1, %L2 abgelaufen)</translation>
    </message>
    <message>
        <source>E&amp;vidence (%L1)</source>
        <translation>Nach&amp;weise (%L1)</translation>
    </message>
    <message>
        <source>Save the run as an assessment to record a judgement.</source>
        <translation>Speichern Sie den Lauf als Bewertung, um eine Beurteilung zu erfassen.</translation>
    </message>
    <message>
        <source>Approved by %1 on %2: frozen, its results can no longer change.</source>
        <translation>Genehmigt von %1 am %2: eingefroren, die Ergebnisse können sich nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Submitted: it is judged as it stands until it is approved.</source>
        <translation>Eingereicht: Sie wird so beurteilt, wie sie ist, bis sie genehmigt wird.</translation>
    </message>
    <message>
        <source>Your judgement wins over the checks&apos; result; Edit &gt; Undo takes it back.</source>
        <translation>Ihre Beurteilung hat Vorrang vor dem Ergebnis der Prüfungen; Bearbeiten &gt; Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reference:&lt;/b&gt; %1 &amp;middot; chapter %2, %3</source>
        <translation>&lt;b&gt;Fundstelle:&lt;/b&gt; %1 &amp;middot; Kapitel %2, %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Result:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ergebnis:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(the assessor&apos;s judgement; the checks said %1)</source>
        <translation>(manuelle Beurteilung; die Prüfungen ergaben %1)</translation>
    </message>
    <message>
        <source>(no automated check: the assessor judges it)</source>
        <translation>(keine automatisierte Prüfung: wird manuell beurteilt)</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Evidence that satisfies it</source>
        <translation>Nachweise, die sie erfüllen</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>, expires %1</source>
        <translation>, läuft ab am %1</translation>
    </message>
    <message>
        <source>None recorded. Drop a file on the page to add it for this requirement.</source>
        <translation>Keine erfasst. Legen Sie eine Datei auf der Seite ab, um sie für diese Anforderung hinzuzufügen.</translation>
    </message>
    <message>
        <source>Automated checks</source>
        <translation>Automatisierte Prüfungen</translation>
    </message>
    <message>
        <source>The checks have not run yet: press Run Checks.</source>
        <translation>Die Prüfungen wurden noch nicht ausgeführt: Klicken Sie auf „Prüfungen ausführen“.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>... and %L1 more in the Findings tab.</source>
        <translation>... und %L1 weitere auf dem Reiter „Feststellungen“.</translation>
    </message>
    <message>
        <source>map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>(risk accepted: %1)</source>
        <translation>(Risiko akzeptiert: %1)</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>Apply the suggested fix: %1</source>
        <translation>Vorgeschlagene Behebung anwenden: %1</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Es ist kein Register geöffnet.</translation>
    </message>
    <message>
        <source>There is no action &apos;%1&apos;.</source>
        <translation>Es gibt keine Maßnahme &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Finding %1 is not saved in the register yet: save the checks&apos; results first, then plan its remediation.</source>
        <translation>Feststellung %1 ist noch nicht im Register gespeichert: Speichern Sie zuerst die Ergebnisse der Prüfungen und planen Sie dann die Behebung.</translation>
    </message>
    <message>
        <source>Choose the findings the action answers first.</source>
        <translation>Wählen Sie zuerst die Feststellungen, die die Maßnahme beantwortet.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Change remediation action %1</source>
        <translation>Abhilfemaßnahme %1 ändern</translation>
    </message>
    <message>
        <source>Add remediation action %1</source>
        <translation>Abhilfemaßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>&amp;Save Results</source>
        <translation>Ergebnisse &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Save as Assessment...</source>
        <translation>Als Bewertung &amp;speichern...</translation>
    </message>
    <message>
        <source>Record the checks&apos; last run as the results of this draft (keeps judgements and notes)</source>
        <translation>Den letzten Prüflauf als Ergebnisse dieses Entwurfs erfassen (Beurteilungen und Notizen bleiben erhalten)</translation>
    </message>
    <message>
        <source>Record the checks&apos; last run as a new draft assessment</source>
        <translation>Den letzten Prüflauf als neuen Bewertungsentwurf erfassen</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>Die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1: done. Edit &gt; Undo takes it back.</source>
        <translation>%1: erledigt. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Run the checks first.</source>
        <translation>Führen Sie zuerst die Prüfungen aus.</translation>
    </message>
    <message>
        <source>There is an assessment &apos;%1&apos; already: choose it and save the results into it, or choose another key.</source>
        <translation>Es gibt bereits eine Bewertung &apos;%1&apos;: Wählen Sie sie aus und speichern Sie die Ergebnisse darin, oder wählen Sie einen anderen Schlüssel.</translation>
    </message>
    <message>
        <source>Assessment %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Save assessment %1</source>
        <translation>Bewertung %1 speichern</translation>
    </message>
    <message>
        <source>Choose a draft assessment and run the checks first.</source>
        <translation>Wählen Sie einen Bewertungsentwurf und führen Sie zuerst die Prüfungen aus.</translation>
    </message>
    <message>
        <source>The checks ran on another scope: run them again first.</source>
        <translation>Die Prüfungen liefen auf einem anderen Umfang: Führen Sie sie zuerst erneut aus.</translation>
    </message>
    <message>
        <source>Save results of %1</source>
        <translation>Ergebnisse von %1 speichern</translation>
    </message>
    <message>
        <source>The register changed since the checks ran: run them again first.</source>
        <translation>Das Register hat sich seit dem Prüflauf geändert: Führen Sie die Prüfungen zuerst erneut aus.</translation>
    </message>
    <message>
        <source>A save is under way.</source>
        <translation>Es wird bereits gespeichert.</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Judge %1 in %2</source>
        <translation>%1 in %2 beurteilen</translation>
    </message>
    <message>
        <source>Save as Assessment</source>
        <translation>Als Bewertung speichern</translation>
    </message>
    <message>
        <source>e.g. DORA assessment 2026</source>
        <translation>z. B. DORA-Bewertung 2026</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Recorded as a draft prepared by %1, with the checks&apos; results and findings.</source>
        <translation>Erfasst als Entwurf, erstellt von %1, mit den Ergebnissen und Feststellungen der Prüfungen.</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <source>Submit %1</source>
        <translation>%1 einreichen</translation>
    </message>
    <message>
        <source>%1 is %2; evidence files are stored up to %3.</source>
        <translation>%1 ist %2 groß; Nachweisdateien werden bis %3 gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Add evidence %1</source>
        <translation>Nachweis %1 hinzufügen</translation>
    </message>
    <message>
        <source>Changes Since the Approval</source>
        <translation>Änderungen seit der Genehmigung</translation>
    </message>
    <message numerus="yes">
        <source>The map changed in %Ln way(s) after the approval, so the sign-off has lapsed:</source>
        <translation>
            <numerusform>Die Karte hat sich nach der Genehmigung in %Ln Punkt geändert, daher ist die Freigabe hinfällig:</numerusform>
            <numerusform>Die Karte hat sich nach der Genehmigung in %Ln Punkten geändert, daher ist die Freigabe hinfällig:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::AuditLogDialog</name>
    <message>
        <source>Undo of entry %1</source>
        <translation>Rückgängigmachung von Eintrag %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;Deleted elements</source>
        <translation>&amp;Gelöschte Elemente</translation>
    </message>
    <message>
        <source>&amp;Verify audit trail</source>
        <translation>Prüfpfad &amp;verifizieren</translation>
    </message>
    <message>
        <source>Only elements that were removed and are not in the register any more: who removed them, when, and their last values</source>
        <translation>Nur Elemente, die entfernt wurden und nicht mehr im Register sind: wer sie wann entfernt hat und ihre letzten Werte</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <source>Element or key</source>
        <translation>Element oder Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Export to CSV...</source>
        <translation>Als CSV &amp;exportieren...</translation>
    </message>
    <message>
        <source>Save a &amp;Copy...</source>
        <translation>&amp;Kopie speichern...</translation>
    </message>
    <message>
        <source>Save the register as this window holds it, with its audit trail, to a new file</source>
        <translation>Das Register so, wie dieses Fenster es enthält, mit seinem Prüfpfad in einer neuen Datei speichern</translation>
    </message>
    <message>
        <source>Audit Trail - %1</source>
        <translation>Prüfpfad - %1</translation>
    </message>
    <message>
        <source>The file %1 was deleted or replaced while it was open. This is the audit trail as this window holds it; save a copy to keep it.</source>
        <translation>Die Datei %1 wurde gelöscht oder ersetzt, während sie geöffnet war. Dies ist der Prüfpfad, wie dieses Fenster ihn enthält; speichern Sie eine Kopie, um ihn zu behalten.</translation>
    </message>
    <message>
        <source>The file %1 was deleted or replaced while it was open, so its audit trail cannot be read from it. Save a copy of the register as this window holds it, trail included.</source>
        <translation>Die Datei %1 wurde gelöscht oder ersetzt, während sie geöffnet war, daher kann ihr Prüfpfad nicht aus ihr gelesen werden. Speichern Sie eine Kopie des Registers, wie dieses Fenster es enthält, einschließlich Prüfpfad.</translation>
    </message>
    <message>
        <source>Reading the audit trail...</source>
        <translation>Prüfpfad wird gelesen...</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Der Prüfpfad konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 entries shown</source>
        <translation>%1 von %2 Einträgen angezeigt</translation>
    </message>
    <message>
        <source>Verifying the audit trail...</source>
        <translation>Prüfpfad wird verifiziert...</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>Der Prüfpfad konnte nicht verifiziert werden: %1</translation>
    </message>
    <message>
        <source>Intact: %1 entries, each chained to the one before, and the register matches them.</source>
        <translation>Intakt: %1 Einträge, jeder mit dem vorherigen verkettet, und das Register stimmt mit ihnen überein.</translation>
    </message>
    <message>
        <source>Head hash %1.</source>
        <translation>Kopf-Hash %1.</translation>
    </message>
    <message>
        <source>Tampered: %1</source>
        <translation>Manipuliert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Tampered: ... and %Ln more problem(s) in the trail.</source>
        <translation>
            <numerusform>Manipuliert: ... und %Ln weiteres Problem im Prüfpfad.</numerusform>
            <numerusform>Manipuliert: ... und %Ln weitere Probleme im Prüfpfad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mismatch: %1</source>
        <translation>Abweichung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Mismatch: ... and %Ln more value(s) that differ from the trail.</source>
        <translation>
            <numerusform>Abweichung: ... und %Ln weiterer Wert, der vom Prüfpfad abweicht.</numerusform>
            <numerusform>Abweichung: ... und %Ln weitere Werte, die vom Prüfpfad abweichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not intact: %1 checked, %2 in the trail, %3 that differ from it.</source>
        <translation>Nicht intakt: %1 geprüft, %2 im Prüfpfad, %3 mit Abweichung davon.</translation>
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
        <source>Export Audit Trail</source>
        <translation>Prüfpfad exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason / undo</source>
        <translation>Grund / Rückgängig</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::BackgroundJobBase</name>
    <message>
        <source>The work was canceled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::BulkEditDialog</name>
    <message numerus="yes">
        <source>Edit %Ln Element(s)</source>
        <translation>
            <numerusform>%Ln Element bearbeiten</numerusform>
            <numerusform>%Ln Elemente bearbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
    </message>
    <message>
        <source>tags to add, separated by commas</source>
        <translation>hinzuzufügende Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Add tags</source>
        <translation>Tags &amp;hinzufügen</translation>
    </message>
    <message>
        <source>tags to remove, separated by commas</source>
        <translation>zu entfernende Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Remove tags</source>
        <translation>Tags &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Criticality (business functions only)</source>
        <translation>&amp;Kritikalität (nur Geschäftsfunktionen)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>RT&amp;O</source>
        <translation>RT&amp;O</translation>
    </message>
    <message>
        <source>RP&amp;O</source>
        <translation>RP&amp;O</translation>
    </message>
    <message>
        <source>Only ticked fields change. The change is one step to undo.</source>
        <translation>Nur angehakte Felder werden geändert. Die Änderung lässt sich in einem Schritt rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Edit %Ln element(s)</source>
        <translation>
            <numerusform>%Ln Element bearbeiten</numerusform>
            <numerusform>%Ln Elemente bearbeiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ChangeDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ComparisonDialog</name>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals festgestellt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt festgestellt</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>Compare Assessment %1</source>
        <translation>Bewertung %1 vergleichen</translation>
    </message>
    <message>
        <source>Compare %1 &amp;with:</source>
        <translation>%1 vergleichen &amp;mit:</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>New findings</source>
        <translation>Neue Feststellungen</translation>
    </message>
    <message>
        <source>No longer seen</source>
        <translation>Nicht mehr festgestellt</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4)</source>
        <translation>%1: %2 (%3, %4)</translation>
    </message>
    <message>
        <source>There is no other assessment in the register to compare with.</source>
        <translation>Im Register gibt es keine andere Bewertung zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 &amp;rarr; %2: %3 (%4)</source>
        <translation>%1 &amp;rarr; %2: %3 (%4)</translation>
    </message>
    <message>
        <source>The two were assessed against different catalogues or catalogue versions.</source>
        <translation>Die beiden wurden gegen unterschiedliche Kataloge oder Katalogversionen bewertet.</translation>
    </message>
    <message numerus="yes">
        <source>Overall score %1 &amp;rarr; %2. %Ln requirement(s) changed; %L3 new finding(s), %L4 no longer seen.</source>
        <translation>
            <numerusform>Gesamtpunktzahl %1 &amp;rarr; %2. %Ln Anforderung geändert; %L3 neue Feststellung(en), %L4 nicht mehr festgestellt.</numerusform>
            <numerusform>Gesamtpunktzahl %1 &amp;rarr; %2. %Ln Anforderungen geändert; %L3 neue Feststellung(en), %L4 nicht mehr festgestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>nur in %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Requirements (%L1)</source>
        <translation>Anforderungen (%L1)</translation>
    </message>
    <message>
        <source>New findings (%L1)</source>
        <translation>Neue Feststellungen (%L1)</translation>
    </message>
    <message>
        <source>No longer seen (%L1)</source>
        <translation>Nicht mehr festgestellt (%L1)</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::DashboardPage</name>
    <message>
        <source>Critical function</source>
        <translation>Kritische Funktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SPOFs</source>
        <translation>SPOFs</translation>
    </message>
    <message>
        <source>Worst scenario</source>
        <translation>Schlimmstes Szenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Recovery / MTD</source>
        <translation>Wiederherstellung / MTD</translation>
    </message>
    <message>
        <source>Data loss / MTDL</source>
        <translation>Datenverlust / MTDL</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Stoppt</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Critical functions</source>
        <translation>Kritische Funktionen</translation>
    </message>
    <message>
        <source>ICT services</source>
        <translation>IKT-Dienstleistungen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Beyond tolerance</source>
        <translation>Außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Functions down</source>
        <translation>Ausgefallene Funktionen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Elements that depend on each other</source>
        <translation>Elemente, die voneinander abhängen</translation>
    </message>
    <message>
        <source>Open a register to see its state.</source>
        <translation>Öffnen Sie ein Register, um seinen Zustand zu sehen.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;This register is empty&lt;/h2&gt;&lt;p&gt;Start with what the organisation does, bring in a register you keep elsewhere, or look around in an example bank first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Dieses Register ist leer&lt;/h2&gt;&lt;p&gt;Beginnen Sie mit dem, was das Unternehmen tut, übernehmen Sie ein Register, das Sie anderswo führen, oder sehen Sie sich zuerst eine Beispielbank an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stops: how many critical or important functions this element stops on its own</source>
        <translation>Stoppt: wie viele kritische oder wichtige Funktionen dieses Element allein zum Stillstand bringt</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Critical or important functions</source>
        <translation>Kritische oder wichtige Funktionen</translation>
    </message>
    <message>
        <source>Provider concentration</source>
        <translation>Konzentration bei Dienstleistern</translation>
    </message>
    <message>
        <source>Critical functions: single points of failure and scenarios</source>
        <translation>Kritische Funktionen: Single Points of Failure und Szenarien</translation>
    </message>
    <message>
        <source>What to fix first: single points of failure</source>
        <translation>Was zuerst zu beheben ist: Single Points of Failure</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Gespeicherte Szenarien</translation>
    </message>
    <message>
        <source>Circular dependencies</source>
        <translation>Zirkuläre Abhängigkeiten</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>No assessment recorded yet</source>
        <translation>Noch keine Bewertung erfasst</translation>
    </message>
    <message>
        <source>Run the DORA checks on the Assessment page and save them as an assessment.</source>
        <translation>Führen Sie die DORA-Prüfungen auf der Seite „Bewertung“ aus und speichern Sie sie als Bewertung.</translation>
    </message>
    <message>
        <source>approved, sign-off unverified</source>
        <translation>genehmigt, Freigabe nicht verifiziert</translation>
    </message>
    <message>
        <source>approved, sign-off LAPSED</source>
        <translation>genehmigt, Freigabe HINFÄLLIG</translation>
    </message>
    <message>
        <source>Assessment %1 (%2): score %3</source>
        <translation>Bewertung %1 (%2): Punktzahl %3</translation>
    </message>
    <message numerus="yes">
        <source>%1. %Ln open finding(s) in the register.</source>
        <translation>
            <numerusform>%1. %Ln offene Feststellung im Register.</numerusform>
            <numerusform>%1. %Ln offene Feststellungen im Register.</numerusform>
        </translation>
    </message>
    <message>
        <source>not verifiable in this register</source>
        <translation>in diesem Register nicht verifizierbar</translation>
    </message>
    <message numerus="yes">
        <source>LAPSED: the map changed %Ln time(s) since</source>
        <translation>
            <numerusform>HINFÄLLIG: Die Karte hat sich seitdem %Ln-mal geändert</numerusform>
            <numerusform>HINFÄLLIG: Die Karte hat sich seitdem %Ln-mal geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Last sign-off: %1, approved by %2 on %3; %4.</source>
        <translation>Letzte Freigabe: %1, genehmigt von %2 am %3; %4.</translation>
    </message>
    <message>
        <source>Welcome to Bulwark.</source>
        <translation>Willkommen bei Bulwark.</translation>
    </message>
    <message>
        <source>Analysing the register...</source>
        <translation>Register wird analysiert...</translation>
    </message>
    <message>
        <source>%1: %L2 (click to list them)</source>
        <translation>%1: %L2 (zum Auflisten klicken)</translation>
    </message>
    <message>
        <source>There are no saved scenarios, so nothing is known about tolerance yet: save one on the Impact page or with &apos;bulwark scenario save&apos;.</source>
        <translation>Es gibt keine gespeicherten Szenarien, daher ist über die Toleranz noch nichts bekannt: Speichern Sie eines auf der Seite „Auswirkung“ oder mit &apos;bulwark scenario save&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>In the %Ln saved scenario(s), %1 would be beyond tolerance in at least one, and %L2 unknown (a recovery time, RPO or tolerance not recorded).</source>
        <translation>
            <numerusform>Außerhalb der Toleranz im %Ln gespeicherten Szenario: %1; unbekannt: %L2 (Wiederherstellungszeit, RPO oder Toleranz nicht erfasst).</numerusform>
            <numerusform>Außerhalb der Toleranz in mindestens einem der %Ln gespeicherten Szenarien: %1; unbekannt: %L2 (Wiederherstellungszeit, RPO oder Toleranz nicht erfasst).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical or important function(s)</source>
        <translation>
            <numerusform>%Ln kritische oder wichtige Funktion</numerusform>
            <numerusform>%Ln kritische oder wichtige Funktionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln element(s).</source>
        <translation>
            <numerusform>%Ln Element.</numerusform>
            <numerusform>%Ln Elemente.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2 critical or important functions have a single point of failure.</source>
        <translation>%L1 von %L2 kritischen oder wichtigen Funktionen haben einen Single Point of Failure.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln circular dependency(ies).</source>
        <translation>
            <numerusform>%Ln zirkuläre Abhängigkeit.</numerusform>
            <numerusform>%Ln zirkuläre Abhängigkeiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tables show the first %L1 of each list; the Impact page and the command line list them all.</source>
        <translation>Die Tabellen zeigen jeweils die ersten %L1 Einträge; die Seite „Auswirkung“ und die Kommandozeile listen alle auf.</translation>
    </message>
    <message numerus="yes">
        <source>False redundancy: %L1 of %Ln redundancy group(s) can be broken by a single element outside them.</source>
        <translation>
            <numerusform>Scheinredundanz: %L1 von %Ln Redundanzgruppe kann durch ein einzelnes Element außerhalb gebrochen werden.</numerusform>
            <numerusform>Scheinredundanz: %L1 von %Ln Redundanzgruppen können durch ein einzelnes Element außerhalb gebrochen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln critical or important function(s) can be stopped by a double failure.</source>
        <translation>
            <numerusform>%Ln kritische oder wichtige Funktion kann durch einen Doppelausfall gestoppt werden.</numerusform>
            <numerusform>%Ln kritische oder wichtige Funktionen können durch einen Doppelausfall gestoppt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>False redundancy: a redundancy group (elements that stand in for each other) that a single element outside it, such as a shared storage array, facility, provider or region, takes below its quorum on its own. A double failure: two elements, neither a single point of failure, whose failure together stops a critical or important function. &apos;bulwark redundancy&apos; and &apos;bulwark spof --pairs&apos; list them.</source>
        <translation>Scheinredundanz: eine Redundanzgruppe (Elemente, die füreinander einstehen), die ein einzelnes Element außerhalb der Gruppe, etwa ein gemeinsames Speichersystem, eine Betriebsstätte, ein Dienstleister oder eine Region, allein unter ihr Mindestmaß verfügbarer Mitglieder bringt. Ein Doppelausfall: zwei Elemente, keines davon ein Single Point of Failure, deren gemeinsamer Ausfall eine kritische oder wichtige Funktion stoppt. &apos;bulwark redundancy&apos; und &apos;bulwark spof --pairs&apos; listen sie auf.</translation>
    </message>
    <message>
        <source>Sub-contractor concentration: &lt;b&gt;not known&lt;/b&gt;</source>
        <translation>Konzentration bei Unterauftragnehmern: &lt;b&gt;nicht bekannt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The supply chains come from the register of information: record the contractual arrangements with your ICT third-party providers, and the providers their providers depend on, to see it.</source>
        <translation>Die Lieferketten stammen aus dem Informationsregister: Erfassen Sie die vertraglichen Vereinbarungen mit Ihren IKT-Drittdienstleistern und die Dienstleister, von denen diese abhängen, um die Konzentration zu sehen.</translation>
    </message>
    <message>
        <source>Sub-contractor concentration: &lt;b&gt;%L1&lt;/b&gt;&lt;br&gt;&lt;small&gt;sub-contractors in the supply chains of two or more direct providers&lt;/small&gt;</source>
        <translation>Konzentration bei Unterauftragnehmern: &lt;b&gt;%L1&lt;/b&gt;&lt;br&gt;&lt;small&gt;Unterauftragnehmer in den Lieferketten von zwei oder mehr direkten Dienstleistern&lt;/small&gt;</translation>
    </message>
    <message>
        <source>%1: under %2</source>
        <translation>%1: in der Lieferkette von %2</translation>
    </message>
    <message>
        <source>No sub-contractor is in the supply chains of two or more of your direct providers.</source>
        <translation>Kein Unterauftragnehmer kommt in den Lieferketten von zwei oder mehr Ihrer direkten Dienstleister vor.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A failure of one of these reaches you through more than one provider:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fällt einer dieser Unterauftragnehmer aus, trifft Sie das über mehr als einen Dienstleister:&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::DependencyDialog</name>
    <message>
        <source>Edit Dependency</source>
        <translation>Abhängigkeit bearbeiten</translation>
    </message>
    <message>
        <source>Add Dependency</source>
        <translation>Abhängigkeit hinzufügen</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>Key of the element it needs</source>
        <translation>Schlüssel des benötigten Elements</translation>
    </message>
    <message>
        <source>&amp;Needs:</source>
        <translation>&amp;Benötigt:</translation>
    </message>
    <message>
        <source>Hard: it is down when the needed element is down</source>
        <translation>Hart: ausgefallen, wenn das benötigte Element ausgefallen ist</translation>
    </message>
    <message>
        <source>Soft: it is degraded when the needed element is down</source>
        <translation>Weich: beeinträchtigt, wenn das benötigte Element ausgefallen ist</translation>
    </message>
    <message>
        <source>&amp;Strength:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 (%2 of its members must be up)</source>
        <translation>%1 (%2 der Mitglieder müssen verfügbar sein)</translation>
    </message>
    <message>
        <source>A redundancy group of %1 this dependency belongs to</source>
        <translation>Eine Redundanzgruppe von %1, zu der diese Abhängigkeit gehört</translation>
    </message>
    <message>
        <source>Redundancy &amp;group:</source>
        <translation>Redundanz&amp;gruppe:</translation>
    </message>
    <message>
        <source>Edit %1 -&gt; %2</source>
        <translation>%1 -&gt; %2 bearbeiten</translation>
    </message>
    <message>
        <source>Link %1 -&gt; %2</source>
        <translation>%1 -&gt; %2 verknüpfen</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ElementEditor</name>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>Why you make this change: recorded in the audit trail with it</source>
        <translation>Warum Sie diese Änderung vornehmen: wird mit ihr im Prüfpfad erfasst</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Show the stored values again</source>
        <translation>Die gespeicherten Werte wieder anzeigen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Die Änderungen speichern (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Register: apply the form</source>
        <translation>Register: Formular übernehmen</translation>
    </message>
    <message>
        <source>Select an element to see and edit its details.</source>
        <translation>Wählen Sie ein Element, um seine Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved. Correct these fields:</source>
        <translation>Es wurde nichts gespeichert. Korrigieren Sie diese Felder:</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Nicht übernommene Änderungen</translation>
    </message>
    <message>
        <source>The new element has not been added yet.</source>
        <translation>Das neue Element wurde noch nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The changes to %1 have not been applied.</source>
        <translation>Die Änderungen an %1 wurden nicht übernommen.</translation>
    </message>
    <message>
        <source>Apply them now, discard them, or go back to the form?</source>
        <translation>Jetzt übernehmen, verwerfen oder zurück zum Formular?</translation>
    </message>
    <message>
        <source>An element with the key &apos;%1&apos; exists already.</source>
        <translation>Ein Element mit dem Schlüssel &apos;%1&apos; existiert bereits.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::EvidenceDialog</name>
    <message>
        <source>Add Evidence</source>
        <translation>Nachweis hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>%1 (%L2 bytes), %3</source>
        <translation>%1 (%L2 Bytes), %3</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>Supports:</source>
        <translation>Belegt:</translation>
    </message>
    <message>
        <source>(no requirement chosen)</source>
        <translation>(keine Anforderung gewählt)</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>E&amp;xpires on</source>
        <translation>Läuft a&amp;b am</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>The file&apos;s content is stored inside the register and kept by its SHA-256; the file on disk can move or change afterwards without touching the evidence.</source>
        <translation>Der Inhalt der Datei wird im Register gespeichert und über seinen SHA-256 festgehalten; die Datei auf dem Datenträger kann danach verschoben oder geändert werden, ohne den Nachweis zu berühren.</translation>
    </message>
    <message>
        <source>&amp;Add Evidence</source>
        <translation>Nachweis &amp;hinzufügen</translation>
    </message>
    <message>
        <source>There is evidence &apos;%1&apos; already: choose another key.</source>
        <translation>Es gibt bereits einen Nachweis &apos;%1&apos;: Wählen Sie einen anderen Schlüssel.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::FunctionPage</name>
    <message>
        <source>The analysis was canceled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no longer matches the register</source>
        <translation>passt nicht mehr zum Register</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>MTPD</source>
        <translation>MTPD</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>SPOF</source>
        <translation>SPOF</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>The business function this page shows</source>
        <translation>Die Geschäftsfunktion, die diese Seite zeigt</translation>
    </message>
    <message>
        <source>Show on &amp;Map</source>
        <translation>Auf der &amp;Karte anzeigen</translation>
    </message>
    <message>
        <source>The dependency map around this function</source>
        <translation>Die Abhängigkeitskarte um diese Funktion</translation>
    </message>
    <message>
        <source>Business function:</source>
        <translation>Geschäftsfunktion:</translation>
    </message>
    <message>
        <source>Choose a business function, or open one from the Dashboard, Register or Impact page.</source>
        <translation>Wählen Sie eine Geschäftsfunktion oder öffnen Sie eine über die Seite „Dashboard“, „Register“ oder „Auswirkung“.</translation>
    </message>
    <message>
        <source>Elements whose failure alone stops this function; no failure has to be run to know them</source>
        <translation>Elemente, deren Ausfall allein diese Funktion stoppt; dafür muss kein Ausfall durchgespielt werden</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <source>Saved scenarios that hit it</source>
        <translation>Gespeicherte Szenarien, die sie treffen</translation>
    </message>
    <message>
        <source>Providers it depends on</source>
        <translation>Dienstleister, von denen sie abhängt</translation>
    </message>
    <message>
        <source>Locations it depends on</source>
        <translation>Standorte, von denen sie abhängt</translation>
    </message>
    <message>
        <source>Everything it depends on, by kind</source>
        <translation>Alles, wovon sie abhängt, nach Art</translation>
    </message>
    <message>
        <source>Open a register to see its business functions.</source>
        <translation>Öffnen Sie ein Register, um seine Geschäftsfunktionen zu sehen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a business function of this register.</source>
        <translation>&apos;%1&apos; ist keine Geschäftsfunktion dieses Registers.</translation>
    </message>
    <message>
        <source>  (critical or important)</source>
        <translation>  (kritisch oder wichtig)</translation>
    </message>
    <message>
        <source>RTO %1 · RPO %2 · max. tolerable downtime (MTPD) %3 · max. tolerable data loss %4 · availability target %5</source>
        <translation>RTO %1 · RPO %2 · max. tolerierbare Ausfallzeit (MTPD) %3 · max. tolerierbarer Datenverlust %4 · Verfügbarkeitsziel %5</translation>
    </message>
    <message>
        <source>No single point of failure.</source>
        <translation>Kein Single Point of Failure.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln single point(s) of failure.</source>
        <translation>
            <numerusform>%Ln Single Point of Failure.</numerusform>
            <numerusform>%Ln Single Points of Failure.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no saved scenarios.</source>
        <translation>Es gibt keine gespeicherten Szenarien.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %Ln saved scenario(s) hits it.</source>
        <translation>
            <numerusform>Das %Ln gespeicherte Szenario trifft sie nicht.</numerusform>
            <numerusform>Keines der %Ln gespeicherten Szenarien trifft sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 of the %Ln saved scenario(s) hit it; the worst result is &quot;%2&quot; (%3).</source>
        <translation>
            <numerusform>Gespeicherte Szenarien, die sie treffen: %L1 von %Ln; das schlimmste Ergebnis ist „%2“ (%3).</numerusform>
            <numerusform>Gespeicherte Szenarien, die sie treffen: %L1 von %Ln; das schlimmste Ergebnis ist „%2“ (%3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln no longer match(es) the register.</source>
        <translation>
            <numerusform>%Ln davon passt nicht mehr zum Register.</numerusform>
            <numerusform>%Ln davon passen nicht mehr zum Register.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It depends on %Ln element(s), among them %1 and %2.</source>
        <translation>
            <numerusform>Sie hängt von %Ln Element ab, darunter %1 und %2.</numerusform>
            <numerusform>Sie hängt von %Ln Elementen ab, darunter %1 und %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln provider(s)</source>
        <translation>
            <numerusform>%Ln Dienstleister</numerusform>
            <numerusform>%Ln Dienstleister</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln location(s)</source>
        <translation>
            <numerusform>%Ln Standort</numerusform>
            <numerusform>%Ln Standorte</numerusform>
        </translation>
    </message>
    <message>
        <source>Open &amp;Function Page</source>
        <translation>&amp;Funktionsseite öffnen</translation>
    </message>
    <message>
        <source>The function&apos;s single points of failure, scenarios, tolerances and providers on one page</source>
        <translation>Single Points of Failure, Szenarien, Toleranzen und Dienstleister der Funktion auf einer Seite</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::GroupDialog</name>
    <message>
        <source>Edit Redundancy Group</source>
        <translation>Redundanzgruppe bearbeiten</translation>
    </message>
    <message>
        <source>New Redundancy Group</source>
        <translation>Neue Redundanzgruppe</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Element:</translation>
    </message>
    <message>
        <source>e.g. dc, db-replicas</source>
        <translation>z. B. dc, db-replicas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How many members must be up for %1 to keep working</source>
        <translation>Wie viele Mitglieder verfügbar sein müssen, damit %1 weiter funktioniert</translation>
    </message>
    <message>
        <source>&amp;Members that must be up:</source>
        <translation>&amp;Mindestens verfügbare Mitglieder:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>How long switching to the remaining members takes</source>
        <translation>Wie lange das Umschalten auf die verbleibenden Mitglieder dauert</translation>
    </message>
    <message>
        <source>&amp;Failover time:</source>
        <translation>&amp;Umschaltzeit (Failover):</translation>
    </message>
    <message>
        <source>The dependencies of %1 that back each other up</source>
        <translation>Die Abhängigkeiten von %1, die sich gegenseitig absichern</translation>
    </message>
    <message>
        <source>(now in group %1)</source>
        <translation>(jetzt in Gruppe %1)</translation>
    </message>
    <message>
        <source>Me&amp;mbers:</source>
        <translation>Mit&amp;glieder:</translation>
    </message>
    <message>
        <source>Edit group %1 of %2</source>
        <translation>Gruppe %1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>New group %1 of %2</source>
        <translation>Neue Gruppe %1 von %2</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::HelpWindow</name>
    <message>
        <source>Bulwark Guide</source>
        <translation>Bulwark-Leitfaden</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Register of information</source>
        <translation>Informationsregister</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ImpactPage</name>
    <message>
        <source>Add an element that fails: type a key or name, then Enter</source>
        <translation>Ein ausfallendes Element hinzufügen: Schlüssel oder Namen eingeben, dann Enter</translation>
    </message>
    <message>
        <source>Load a saved scenario</source>
        <translation>Ein gespeichertes Szenario laden</translation>
    </message>
    <message>
        <source>Fail every element in a region</source>
        <translation>Alle Elemente einer Region ausfallen lassen</translation>
    </message>
    <message>
        <source>Fail every element in a country</source>
        <translation>Alle Elemente eines Landes ausfallen lassen</translation>
    </message>
    <message>
        <source>Fail every element with a tag</source>
        <translation>Alle Elemente mit einem Tag ausfallen lassen</translation>
    </message>
    <message>
        <source>Elements that fail. Delete removes the selected ones.</source>
        <translation>Elemente, die ausfallen. Entf entfernt die ausgewählten.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the analysis (Ctrl+R)</source>
        <translation>Die Analyse ausführen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Auf der &amp;Karte anzeigen</translation>
    </message>
    <message>
        <source>Colour the blast radius on the dependency map</source>
        <translation>Den Auswirkungsradius auf der Abhängigkeitskarte einfärben</translation>
    </message>
    <message>
        <source>Choose what fails and press Run.</source>
        <translation>Wählen Sie, was ausfällt, und klicken Sie auf „Ausführen“.</translation>
    </message>
    <message>
        <source>Affected &amp;functions</source>
        <translation>Betroffene &amp;Funktionen</translation>
    </message>
    <message>
        <source>&amp;Blast radius</source>
        <translation>Aus&amp;wirkungsradius</translation>
    </message>
    <message>
        <source>&amp;What to fix first</source>
        <translation>Was &amp;zuerst zu beheben ist</translation>
    </message>
    <message>
        <source>SPOFs per &amp;critical function</source>
        <translation>&amp;SPOFs je kritischer Funktion</translation>
    </message>
    <message>
        <source>Impact: run the analysis</source>
        <translation>Auswirkung: Analyse ausführen</translation>
    </message>
    <message>
        <source>Impact: remove the selected elements that fail</source>
        <translation>Auswirkung: ausgewählte ausfallende Elemente entfernen</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Keine Region</translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Kein Land</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Kein Tag</translation>
    </message>
    <message>
        <source>Load a scenario...</source>
        <translation>Szenario laden...</translation>
    </message>
    <message>
        <source>There is no element &apos;%1&apos;.</source>
        <translation>Es gibt kein Element &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose at least one element, a region, a country or a tag that fails.</source>
        <translation>Wählen Sie mindestens ein ausfallendes Element, eine Region, ein Land oder einen Tag.</translation>
    </message>
    <message>
        <source>Analysing...</source>
        <translation>Wird analysiert...</translation>
    </message>
    <message>
        <source>The analysis was canceled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>scenario %1 (%2)</source>
        <translation>Szenario %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln function(s) affected, %L1 of them critical or important: %L2 beyond tolerance, %L3 unknown (a recovery time, RPO or tolerance not recorded), %L4 within with little margin.</source>
        <translation>
            <numerusform>%Ln Funktion betroffen, davon %L1 kritisch oder wichtig: %L2 außerhalb der Toleranz, %L3 unbekannt (Wiederherstellungszeit, RPO oder Toleranz nicht erfasst), %L4 innerhalb mit knapper Reserve.</numerusform>
            <numerusform>%Ln Funktionen betroffen, davon %L1 kritisch oder wichtig: %L2 außerhalb der Toleranz, %L3 unbekannt (Wiederherstellungszeit, RPO oder Toleranz nicht erfasst), %L4 innerhalb mit knapper Reserve.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: %Ln element(s) down, %L1 degraded.</source>
        <translation>
            <numerusform>Auswirkungsradius: %Ln Element ausgefallen, %L1 beeinträchtigt.</numerusform>
            <numerusform>Auswirkungsradius: %Ln Elemente ausgefallen, %L1 beeinträchtigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show &amp;path on map</source>
        <translation>&amp;Pfad auf der Karte zeigen</translation>
    </message>
    <message>
        <source>Colour the blast radius on the dependency map and mark the selected function&apos;s recovery path</source>
        <translation>Den Auswirkungsradius auf der Abhängigkeitskarte einfärben und den Wiederherstellungspfad der gewählten Funktion markieren</translation>
    </message>
    <message>
        <source>Select an affected function to see its recovery path: the chain of dependencies its recovery time comes from.</source>
        <translation>Wählen Sie eine betroffene Funktion, um ihren Wiederherstellungspfad zu sehen: die Kette von Abhängigkeiten, aus der ihre Wiederherstellungszeit stammt.</translation>
    </message>
    <message>
        <source>%1 recovers without interruption: nothing it needs is down for any time.</source>
        <translation>%1 wird ohne Unterbrechung wiederhergestellt: Nichts, was sie benötigt, fällt für eine Zeit aus.</translation>
    </message>
    <message>
        <source>%1&apos;s group &apos;%2&apos; failover %L3 min</source>
        <translation>Umschaltung (Failover) der Gruppe &apos;%2&apos; von %1: %L3 min</translation>
    </message>
    <message>
        <source>%1&apos;s group &apos;%2&apos; failover, not recorded</source>
        <translation>Umschaltung (Failover) der Gruppe &apos;%2&apos; von %1, nicht erfasst</translation>
    </message>
    <message>
        <source>%1&apos;s RTO %L2 min</source>
        <translation>RTO von %1: %L2 min</translation>
    </message>
    <message>
        <source>%1&apos;s RTO, not recorded</source>
        <translation>RTO von %1, nicht erfasst</translation>
    </message>
    <message>
        <source>Recovery path of %1: %2. Its recovery time comes from %3.</source>
        <translation>Wiederherstellungspfad von %1: %2. Ihre Wiederherstellungszeit stammt aus: %3.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Key / field</source>
        <translation>Schlüssel / Feld</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>&amp;Keep fields the file leaves out</source>
        <translation>Felder, die die Datei nicht enthält, &amp;beibehalten</translation>
    </message>
    <message>
        <source>On: a field that the file does not have (a missing JSON key or CSV column, an empty CSV cell) keeps the register&apos;s value.
Off: the file&apos;s values replace the register&apos;s whole, and a field it leaves out is cleared.</source>
        <translation>Ein: Ein Feld, das die Datei nicht enthält (ein fehlender JSON-Schlüssel oder eine fehlende CSV-Spalte, eine leere CSV-Zelle), behält den Wert des Registers.
Aus: Die Werte der Datei ersetzen die des Registers vollständig, und ein Feld, das sie nicht enthält, wird geleert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop working out the preview</source>
        <translation>Die Berechnung der Vorschau stoppen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The preview was stopped. Change the choice below to work it out again.</source>
        <translation>Die Vorschau wurde gestoppt. Ändern Sie die Auswahl unten, um sie erneut zu berechnen.</translation>
    </message>
    <message>
        <source>The preview could not be worked out: %1</source>
        <translation>Die Vorschau konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Working out what the import changes...</source>
        <translation>Es wird ermittelt, was der Import ändert...</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>%1 geändert</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>%1 unverändert</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>new element</source>
        <translation>neues Element</translation>
    </message>
    <message>
        <source>changed element</source>
        <translation>geändertes Element</translation>
    </message>
    <message>
        <source>removed element</source>
        <translation>entferntes Element</translation>
    </message>
    <message>
        <source>new dependency</source>
        <translation>neue Abhängigkeit</translation>
    </message>
    <message>
        <source>changed dependency</source>
        <translation>geänderte Abhängigkeit</translation>
    </message>
    <message>
        <source>removed dependency</source>
        <translation>entfernte Abhängigkeit</translation>
    </message>
    <message>
        <source>new group</source>
        <translation>neue Gruppe</translation>
    </message>
    <message>
        <source>changed group</source>
        <translation>geänderte Gruppe</translation>
    </message>
    <message>
        <source>removed group</source>
        <translation>entfernte Gruppe</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; matches the register: the import changes nothing.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; entspricht dem Register: Der Import ändert nichts.</translation>
    </message>
    <message>
        <source>Importing &lt;b&gt;%1&lt;/b&gt; changes the register as listed below. It is one step: Edit &amp;gt; Undo takes it back.</source>
        <translation>Der Import von &lt;b&gt;%1&lt;/b&gt; ändert das Register wie unten aufgeführt. Er ist ein Schritt: Bearbeiten &amp;gt; Rückgängig nimmt ihn zurück.</translation>
    </message>
    <message>
        <source>Elements:</source>
        <translation>Elemente:</translation>
    </message>
    <message>
        <source>Dependencies:</source>
        <translation>Abhängigkeiten:</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) that have a value now will be cleared.</source>
        <translation>
            <numerusform>%Ln Feld, das jetzt einen Wert hat, wird geleert.</numerusform>
            <numerusform>%Ln Felder, die jetzt einen Wert haben, werden geleert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dependency(ies) will leave, join or change a redundancy group; leaving one can create a single point of failure.</source>
        <translation>
            <numerusform>%Ln Abhängigkeit verlässt eine Redundanzgruppe, tritt ihr bei oder ändert sie; das Verlassen einer Gruppe kann einen Single Point of Failure erzeugen.</numerusform>
            <numerusform>%Ln Abhängigkeiten verlassen eine Redundanzgruppe, treten ihr bei oder ändern sie; das Verlassen einer Gruppe kann einen Single Point of Failure erzeugen.</numerusform>
        </translation>
    </message>
    <message>
        <source>They are marked below.</source>
        <translation>Sie sind unten markiert.</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>(geleert)</translation>
    </message>
    <message>
        <source>group changes</source>
        <translation>Gruppenänderungen</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>geleert</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>... and %1 more (all of them are imported)</source>
        <translation>... und %1 weitere (alle werden importiert)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Änderungen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Hinweise</translation>
    </message>
    <message>
        <source>Put before every key of this file, so that its elements stay apart from others.</source>
        <translation>Wird jedem Schlüssel dieser Datei vorangestellt, damit ihre Elemente von anderen getrennt bleiben.</translation>
    </message>
    <message>
        <source>Key &amp;prefix:</source>
        <translation>Schlüssel&amp;präfix:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>A mapping file sets kinds, criticality, owners and tags, and links to register elements by pattern (docs/exchange.md).</source>
        <translation>Eine Zuordnungsdatei setzt Arten, Kritikalität, Verantwortliche und Tags und verknüpft per Muster mit Elementen des Registers (docs/exchange.md).</translation>
    </message>
    <message>
        <source>&amp;Mapping file:</source>
        <translation>&amp;Zuordnungsdatei:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>No mapping</source>
        <translation>Keine Zuordnung</translation>
    </message>
    <message>
        <source>Mapping File</source>
        <translation>Zuordnungsdatei</translation>
    </message>
    <message>
        <source>Mapping files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>Zuordnungsdateien (*.yaml *.yml *.json);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more note(s)</source>
        <translation>
            <numerusform>... und %Ln weiterer Hinweis</numerusform>
            <numerusform>... und %Ln weitere Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Hinweise (%1)</translation>
    </message>
    <message>
        <source>Read as %1 (%2).</source>
        <translation>Als %1 gelesen (%2).</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>wie ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s) about what the file has that is not imported: see Notes.</source>
        <translation>
            <numerusform>%Ln Hinweis dazu, was die Datei enthält, aber nicht importiert wird: siehe Hinweise.</numerusform>
            <numerusform>%Ln Hinweise dazu, was die Datei enthält, aber nicht importiert wird: siehe Hinweise.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>bulwark::gui::MainWindow</name>
    <message>
        <source>Bulwark</source>
        <translation>Bulwark</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>The state of resilience at a glance (Ctrl+1)</source>
        <translation>Der Stand der Resilienz auf einen Blick (Ctrl+1)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Business functions, applications, providers, locations and their dependencies (Ctrl+2)</source>
        <translation>Geschäftsfunktionen, Anwendungen, Dienstleister, Standorte und ihre Abhängigkeiten (Ctrl+2)</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>The dependency map: what an element needs and what needs it (Ctrl+3)</source>
        <translation>Die Abhängigkeitskarte: was ein Element benötigt und was von ihm abhängt (Ctrl+3)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>What breaks if something fails: blast radius, tolerance, single points of failure (Ctrl+4)</source>
        <translation>Was betroffen ist, wenn etwas ausfällt: Auswirkungsradius, Toleranz, Single Points of Failure (Ctrl+4)</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>One business function: its single points of failure, scenarios, tolerances, providers and locations (Ctrl+5)</source>
        <translation>Eine Geschäftsfunktion: ihre Single Points of Failure, Szenarien, Toleranzen, Dienstleister und Standorte (Ctrl+5)</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>The DORA assessment: requirements, automated checks, findings, actions and sign-off (Ctrl+6)</source>
        <translation>Die DORA-Bewertung: Anforderungen, automatisierte Prüfungen, Feststellungen, Maßnahmen und Freigabe (Ctrl+6)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Reports for the management body, audit and the supervisor: preview and export as PDF, HTML or CSV (Ctrl+7)</source>
        <translation>Berichte für das Leitungsorgan, die Prüfung und die Aufsichtsbehörde: Vorschau und Export als PDF, HTML oder CSV (Ctrl+7)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop opening the register</source>
        <translation>Das Öffnen des Registers abbrechen</translation>
    </message>
    <message>
        <source>&amp;New Register...</source>
        <translation>&amp;Neues Register...</translation>
    </message>
    <message>
        <source>Create an empty register file</source>
        <translation>Eine leere Registerdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open a register file</source>
        <translation>Eine Registerdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>&amp;Importieren...</translation>
    </message>
    <message>
        <source>Add or update elements from a bulwark-register JSON file or a CSV folder</source>
        <translation>Elemente aus einer bulwark-register-JSON-Datei oder einem CSV-Ordner hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <source>Write the register as bulwark-register JSON or CSV</source>
        <translation>Das Register als bulwark-register-JSON oder CSV schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the page that is shown</source>
        <translation>Die angezeigte Seite durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;About Bulwark</source>
        <translation>&amp;Über Bulwark</translation>
    </message>
    <message>
        <source>Bulwark &amp;Guide</source>
        <translation>Bulwark-&amp;Leitfaden</translation>
    </message>
    <message>
        <source>Read the guide for the page that is shown</source>
        <translation>Den Leitfaden zur angezeigten Seite lesen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every keyboard shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Register</source>
        <translation>&amp;Demo-Register öffnen</translation>
    </message>
    <message>
        <source>Open a small example bank to try every page</source>
        <translation>Eine kleine Beispielbank öffnen, um jede Seite auszuprobieren</translation>
    </message>
    <message>
        <source>Cannot Create the Demo Register</source>
        <translation>Das Demo-Register kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Add a Business &amp;Function</source>
        <translation>Geschäfts&amp;funktion hinzufügen</translation>
    </message>
    <message>
        <source>Start the register with what the organisation does</source>
        <translation>Das Register mit dem beginnen, was das Unternehmen tut</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Audit &amp;Trail...</source>
        <translation>&amp;Prüfpfad...</translation>
    </message>
    <message>
        <source>No temporary folder for a copy of the register.</source>
        <translation>Kein temporärer Ordner für eine Kopie des Registers.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>&lt;opened register&gt;</source>
        <translation>&lt;geöffnetes Register&gt;</translation>
    </message>
    <message>
        <source>Undo &amp;History</source>
        <translation>Bearbeitungs&amp;verlauf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>A window shows one register: opened %1, not %2. Open them with File &gt; Open or start Bulwark once per register.</source>
        <translation>Ein Fenster zeigt ein Register: %1 wurde geöffnet, nicht %2. Öffnen Sie sie mit Datei &gt; Öffnen oder starten Sie Bulwark einmal je Register.</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>Opening was canceled.</source>
        <translation>Das Öffnen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot Open Register</source>
        <translation>Register kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The Change Was Not Saved</source>
        <translation>Die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 was replaced by another file: changes are not saved.</source>
        <translation>%1 wurde durch eine andere Datei ersetzt: Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved: changes are not saved.</source>
        <translation>%1 wurde gelöscht oder verschoben: Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The Register File Was Replaced</source>
        <translation>Die Registerdatei wurde ersetzt</translation>
    </message>
    <message>
        <source>The Register File Is Gone</source>
        <translation>Die Registerdatei ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>%1 was replaced by another file while it was open here.</source>
        <translation>%1 wurde durch eine andere Datei ersetzt, während sie hier geöffnet war.</translation>
    </message>
    <message>
        <source>%1 was deleted or moved while it was open here.</source>
        <translation>%1 wurde gelöscht oder verschoben, während sie hier geöffnet war.</translation>
    </message>
    <message>
        <source>Bulwark has stopped writing to it: changes would be lost with it. The register as it is open here, with its whole audit trail, can be saved to a new file, which is then opened.</source>
        <translation>Bulwark schreibt nicht mehr in diese Datei: Änderungen gingen mit ihr verloren. Das Register, wie es hier geöffnet ist, kann mit seinem vollständigen Prüfpfad in einer neuen Datei gespeichert werden, die dann geöffnet wird.</translation>
    </message>
    <message>
        <source>&amp;Save a Copy...</source>
        <translation>&amp;Kopie speichern...</translation>
    </message>
    <message>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Save a Copy of the Register</source>
        <translation>Kopie des Registers speichern</translation>
    </message>
    <message>
        <source>Bulwark registers (*.bulwark);;All files (*)</source>
        <translation>Bulwark-Register (*.bulwark);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The Copy Was Not Saved</source>
        <translation>Die Kopie wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved the register to %1; it is open now.</source>
        <translation>Das Register wurde in %1 gespeichert; es ist jetzt geöffnet.</translation>
    </message>
    <message>
        <source>Another program changed the register; it is read again when your edit is done.</source>
        <translation>Ein anderes Programm hat das Register geändert; es wird neu gelesen, wenn Ihre Bearbeitung abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Another program changed the register; it was read again.</source>
        <translation>Ein anderes Programm hat das Register geändert; es wurde neu gelesen.</translation>
    </message>
    <message>
        <source>No register open. Use File &gt; Open or File &gt; New Register.</source>
        <translation>Kein Register geöffnet. Verwenden Sie Datei &gt; Öffnen oder Datei &gt; Neues Register.</translation>
    </message>
    <message numerus="yes">
        <source>%1  |  %Ln element(s)</source>
        <translation>
            <numerusform>%1  |  %Ln Element</numerusform>
            <numerusform>%1  |  %Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln dependency(ies)</source>
        <translation>
            <numerusform>, %Ln Abhängigkeit</numerusform>
            <numerusform>, %Ln Abhängigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (read-only) - Bulwark</source>
        <translation>%1 (schreibgeschützt) - Bulwark</translation>
    </message>
    <message>
        <source>%1 - Bulwark</source>
        <translation>%1 - Bulwark</translation>
    </message>
    <message>
        <source>New Register</source>
        <translation>Neues Register</translation>
    </message>
    <message>
        <source>Cannot Create Register</source>
        <translation>Register kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Open Register</source>
        <translation>Register öffnen</translation>
    </message>
    <message>
        <source>Bulwark registers (*.bulwark *.db *.sqlite);;All files (*)</source>
        <translation>Bulwark-Register (*.bulwark *.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import into the Register</source>
        <translation>In das Register importieren</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft...</translation>
    </message>
    <message>
        <source>Stop the import (nothing is written)</source>
        <translation>Den Import abbrechen (es wird nichts geschrieben)</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing Was Imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 cannot be imported; nothing was written. The file has these problems:</source>
        <translation>%1 kann nicht importiert werden; es wurde nichts geschrieben. Die Datei hat folgende Probleme:</translation>
    </message>
    <message>
        <source>... see the details.</source>
        <translation>... siehe Details.</translation>
    </message>
    <message>
        <source>%1 matches the register: there is nothing to change.</source>
        <translation>%1 entspricht dem Register: Es gibt nichts zu ändern.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %Ln element(s) added, %L2 changed. Edit &gt; Undo takes it back.</source>
        <translation>
            <numerusform>%1 importiert: %Ln Element hinzugefügt, %L2 geändert. Bearbeiten &gt; Rückgängig nimmt es zurück.</numerusform>
            <numerusform>%1 importiert: %Ln Elemente hinzugefügt, %L2 geändert. Bearbeiten &gt; Rückgängig nimmt es zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was not written; the register is as it was.</source>
        <translation>Der Import wurde nicht geschrieben; das Register ist unverändert.</translation>
    </message>
    <message>
        <source>Export Register</source>
        <translation>Register exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1...</source>
        <translation>Wird nach %1 exportiert...</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>About Bulwark</source>
        <translation>Über Bulwark</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Bulwark&lt;/h3&gt;&lt;p&gt;Maps which ICT services, assets, locations and third-party providers support each business function, and shows what breaks when one of them fails.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Bulwark&lt;/h3&gt;&lt;p&gt;Zeigt, welche IKT-Dienstleistungen, Assets, Standorte und Drittdienstleister jede Geschäftsfunktion unterstützen, und was ausfällt, wenn einer davon ausfällt.&lt;/p&gt;&lt;p&gt;Alles bleibt auf diesem Computer.&lt;/p&gt;&lt;table&gt;%1&lt;/table&gt;</translation>
    </message>
    <message>
        <source>Drop to open this register</source>
        <translation>Ablegen, um dieses Register zu öffnen</translation>
    </message>
    <message>
        <source>Drop to import into the open register</source>
        <translation>Ablegen, um in das geöffnete Register zu importieren</translation>
    </message>
    <message>
        <source>%1 is no longer there: what is open here is lost when Bulwark closes. Save a copy first?</source>
        <translation>%1 ist nicht mehr vorhanden: Was hier geöffnet ist, geht verloren, wenn Bulwark beendet wird. Zuerst eine Kopie speichern?</translation>
    </message>
    <message>
        <source>The Register Is Open Elsewhere</source>
        <translation>Das Register ist anderswo geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>%1 was not opened.</source>
        <translation>%1 wurde nicht geöffnet.</translation>
    </message>
    <message>
        <source>Read-only, you see the register as it is and can run every analysis and report; changes are made in the window that has it open. If that window is gone (it crashed on another computer), delete %1 and open the register again.</source>
        <translation>Im schreibgeschützten Modus sehen Sie das Register, wie es ist, und können jede Analyse und jeden Bericht ausführen; Änderungen werden in dem Fenster vorgenommen, in dem es geöffnet ist. Gibt es dieses Fenster nicht mehr (es ist auf einem anderen Computer abgestürzt), löschen Sie %1 und öffnen Sie das Register erneut.</translation>
    </message>
    <message>
        <source>Register of Information</source>
        <translation>Informations­register</translation>
    </message>
    <message>
        <source>The DORA register of information built from the map: its 15 templates, the problems the supervisor would find, and the package to file (Ctrl+8)</source>
        <translation>Das DORA-Informationsregister, aus der Karte erstellt: seine 15 Vorlagen, die Probleme, die die Aufsichtsbehörde finden würde, und das einzureichende Paket (Ctrl+8)</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::MapPage</name>
    <message>
        <source>There is no element &apos;%1&apos;.</source>
        <translation>Es gibt kein Element &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Drawing the map was canceled.</source>
        <translation>Das Zeichnen der Karte wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;#8212;&lt;/b&gt;&amp;nbsp;hard &amp;nbsp;&lt;b&gt;- -&lt;/b&gt;&amp;nbsp;soft &amp;nbsp;&amp;#9679;&amp;nbsp;redundancy group &amp;nbsp;&lt;span style=&apos;color:#c0392b&apos;&gt;&amp;#9670;&lt;/span&gt;&amp;nbsp;critical</source>
        <translation>&lt;b&gt;&amp;#8212;&lt;/b&gt;&amp;nbsp;hart &amp;nbsp;&lt;b&gt;- -&lt;/b&gt;&amp;nbsp;weich &amp;nbsp;&amp;#9679;&amp;nbsp;Redundanzgruppe &amp;nbsp;&lt;span style=&apos;color:#c0392b&apos;&gt;&amp;#9670;&lt;/span&gt;&amp;nbsp;kritisch</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9633;&lt;/span&gt;&amp;nbsp;single point of failure (SPOF)</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9633;&lt;/span&gt;&amp;nbsp;Single Point of Failure (SPOF)</translation>
    </message>
    <message>
        <source>&amp;#9636;&amp;nbsp;a group of affected elements, with their count</source>
        <translation>&amp;#9636;&amp;nbsp;eine Gruppe betroffener Elemente mit ihrer Anzahl</translation>
    </message>
    <message>
        <source>Find an element: type a key or name, then Enter (Ctrl+F)</source>
        <translation>Element suchen: Schlüssel oder Namen eingeben, dann Enter (Ctrl+F)</translation>
    </message>
    <message>
        <source>Hops: </source>
        <translation>Schritte: </translation>
    </message>
    <message>
        <source>How many dependency steps around the chosen element to draw</source>
        <translation>Wie viele Abhängigkeitsschritte um das gewählte Element gezeichnet werden</translation>
    </message>
    <message>
        <source>Both ways</source>
        <translation>Beide Richtungen</translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation>Was es benötigt</translation>
    </message>
    <message>
        <source>What needs it</source>
        <translation>Was von ihm abhängt</translation>
    </message>
    <message>
        <source>Which dependencies to follow from the chosen element</source>
        <translation>Welchen Abhängigkeiten vom gewählten Element aus gefolgt wird</translation>
    </message>
    <message>
        <source>&amp;Whole register</source>
        <translation>&amp;Ganzes Register</translation>
    </message>
    <message>
        <source>Draw every element (offered when the register is small enough to read); clear it to go back to what was shown before</source>
        <translation>Alle Elemente zeichnen (angeboten, wenn das Register klein genug ist, um lesbar zu bleiben); abwählen, um zur vorherigen Ansicht zurückzukehren</translation>
    </message>
    <message>
        <source>Back to the place shown before (Alt+Left)</source>
        <translation>Zurück zur vorherigen Ansicht (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward again (Alt+Right)</source>
        <translation>Wieder vorwärts (Alt+Right)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the drawing to the window (Ctrl+0)</source>
        <translation>Die Zeichnung in das Fenster einpassen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Ctrl++)</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>Save the drawing as SVG, PDF (on A4 or A3 if asked) or PNG</source>
        <translation>Die Zeichnung als SVG, PDF (auf Wunsch auf A4 oder A3) oder PNG speichern</translation>
    </message>
    <message>
        <source>Stop drawing (the layout in progress is thrown away)</source>
        <translation>Zeichnen stoppen (das begonnene Layout wird verworfen)</translation>
    </message>
    <message>
        <source>Clear impact colours</source>
        <translation>Auswirkungsfarben entfernen</translation>
    </message>
    <message>
        <source>Group the rest by kind</source>
        <translation>Übrige nach Art gruppieren</translation>
    </message>
    <message>
        <source>Group the rest by country</source>
        <translation>Übrige nach Land gruppieren</translation>
    </message>
    <message>
        <source>A blast radius larger than the limit draws the failed elements and the chains to the worst-hit critical functions; the other affected elements are counted in groups</source>
        <translation>Ein Auswirkungsradius über dem Grenzwert zeichnet die ausgefallenen Elemente und die Ketten zu den am stärksten getroffenen kritischen Funktionen; die übrigen betroffenen Elemente werden in Gruppen gezählt</translation>
    </message>
    <message>
        <source>Stop the export (nothing is written)</source>
        <translation>Den Export abbrechen (es wird nichts geschrieben)</translation>
    </message>
    <message>
        <source>Choose an element to see what it needs and what needs it.</source>
        <translation>Wählen Sie ein Element, um zu sehen, was es benötigt und was von ihm abhängt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Blast radius&lt;/b&gt; of %1: &lt;span style=&apos;color:#c0392b&apos;&gt;&amp;#9632;&lt;/span&gt; down, &lt;span style=&apos;color:#d98c00&apos;&gt;&amp;#9632;&lt;/span&gt; degraded, the failed elements with a thick border.</source>
        <translation>&lt;b&gt;Auswirkungsradius&lt;/b&gt; von %1: &lt;span style=&apos;color:#c0392b&apos;&gt;&amp;#9632;&lt;/span&gt; ausgefallen, &lt;span style=&apos;color:#d98c00&apos;&gt;&amp;#9632;&lt;/span&gt; beeinträchtigt, die ausgefallenen Elemente mit dickem Rahmen.</translation>
    </message>
    <message>
        <source>Drawing the map was stopped. Choose an element, fewer steps or a smaller limit.</source>
        <translation>Das Zeichnen der Karte wurde gestoppt. Wählen Sie ein Element, weniger Schritte oder einen kleineren Grenzwert.</translation>
    </message>
    <message>
        <source>%1 elements affected, too many to draw one by one: the failed elements and the chains to the %2 worst-hit critical functions are drawn (%3 elements), the other %4 are counted in %5 groups</source>
        <translation>%1 Elemente betroffen, zu viele, um sie einzeln zu zeichnen: Gezeichnet sind die ausgefallenen Elemente und die Ketten zu den %2 am stärksten getroffenen kritischen Funktionen (%3 Elemente), die übrigen %4 sind in %5 Gruppen gezählt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln affected element(s) drawn</source>
        <translation>
            <numerusform>%Ln betroffenes Element gezeichnet</numerusform>
            <numerusform>%Ln betroffene Elemente gezeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2), what it needs: %Ln element(s)</source>
        <translation>
            <numerusform>%1 (%2), was sie benötigt: %Ln Element</numerusform>
            <numerusform>%1 (%2), was sie benötigt: %Ln Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>no single point of failure</source>
        <translation>kein Single Point of Failure</translation>
    </message>
    <message numerus="yes">
        <source>%Ln single point(s) of failure marked SPOF</source>
        <translation>
            <numerusform>%Ln Single Point of Failure, markiert mit SPOF</numerusform>
            <numerusform>%Ln Single Points of Failure, markiert mit SPOF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The whole register: %Ln element(s)</source>
        <translation>
            <numerusform>Das ganze Register: %Ln Element</numerusform>
            <numerusform>Das ganze Register: %Ln Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) and what lies within %Ln step(s)</source>
        <translation>
            <numerusform>%1 (%2) und alles im Umkreis von %Ln Schritt</numerusform>
            <numerusform>%1 (%2) und alles im Umkreis von %Ln Schritten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln element(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
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
        <source>%Ln more not drawn to keep the map readable (limit %1, see Settings).</source>
        <translation>
            <numerusform>%Ln weiteres nicht gezeichnet, damit die Karte lesbar bleibt (Grenzwert %1, siehe Einstellungen).</numerusform>
            <numerusform>%Ln weitere nicht gezeichnet, damit die Karte lesbar bleibt (Grenzwert %1, siehe Einstellungen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Click an element to follow its dependencies, double-click to centre the map on it.</source>
        <translation>Klicken Sie auf ein Element, um seinen Abhängigkeiten zu folgen, doppelklicken Sie, um die Karte darauf zu zentrieren.</translation>
    </message>
    <message>
        <source>&amp;Centre the map here</source>
        <translation>Karte hier &amp;zentrieren</translation>
    </message>
    <message>
        <source>Show in the &amp;register</source>
        <translation>Im &amp;Register anzeigen</translation>
    </message>
    <message>
        <source>&amp;Fail it on the Impact page</source>
        <translation>Auf der Seite „Auswirkung“ &amp;ausfallen lassen</translation>
    </message>
    <message>
        <source>Copy &amp;key</source>
        <translation>&amp;Schlüssel kopieren</translation>
    </message>
    <message>
        <source>There is no drawing to export.</source>
        <translation>Es gibt keine Zeichnung zum Exportieren.</translation>
    </message>
    <message>
        <source>Blast radius of %1</source>
        <translation>Auswirkungsradius von %1</translation>
    </message>
    <message>
        <source>Single points of failure of %1</source>
        <translation>Single Points of Failure von %1</translation>
    </message>
    <message>
        <source>Dependency map</source>
        <translation>Abhängigkeitskarte</translation>
    </message>
    <message>
        <source>Register %1. %2 Laid out with Graphviz dot; an arrow points from an element to what it needs.</source>
        <translation>Register %1. %2 Angeordnet mit Graphviz dot; ein Pfeil zeigt von einem Element auf das, was es benötigt.</translation>
    </message>
    <message>
        <source>Export the map</source>
        <translation>Karte exportieren</translation>
    </message>
    <message>
        <source>Exporting the map to %1...</source>
        <translation>Karte wird nach %1 exportiert...</translation>
    </message>
    <message>
        <source>Drawn %1 from a register with no audit entries yet.</source>
        <translation>Gezeichnet %1 aus einem Register ohne bisherige Prüfpfad-Einträge.</translation>
    </message>
    <message>
        <source>Drawn %1. Register state: audit entry %2, hash %3.</source>
        <translation>Gezeichnet %1. Registerstand: Prüfpfad-Eintrag %2, Hash %3.</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>SVG-Bild (*.svg);;PDF-Dokument (*.pdf);;PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>One page the size of the figure</source>
        <translation>Eine Seite in Größe der Abbildung</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 Hochformat</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 Querformat</translation>
    </message>
    <message>
        <source>A3 portrait</source>
        <translation>A3 Hochformat</translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation>A3 Querformat</translation>
    </message>
    <message>
        <source>Page size (the figure is scaled to fit):</source>
        <translation>Seitengröße (die Abbildung wird eingepasst):</translation>
    </message>
    <message>
        <source>The recovery path of %1 is marked in blue.</source>
        <translation>Der Wiederherstellungspfad von %1 ist blau markiert.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::PagePreview</name>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RecordDialog</name>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty: not set</source>
        <translation>JJJJ-MM-TT, leer: nicht gesetzt</translation>
    </message>
    <message>
        <source>Separated by &apos;;&apos;</source>
        <translation>Getrennt durch &apos;;&apos;</translation>
    </message>
    <message>
        <source>The key of the record cannot be changed: add a new record and delete this one</source>
        <translation>Der Schlüssel des Datensatzes lässt sich nicht ändern: Legen Sie einen neuen Datensatz an und löschen Sie diesen</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RegisterPage</name>
    <message>
        <source>When (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Search key, name, owner or tag (Ctrl+F)</source>
        <translation>Schlüssel, Name, Verantwortliche(n) oder Tag suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Show only the elements of one owner</source>
        <translation>Nur die Elemente einer/eines Verantwortlichen anzeigen</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>Show only the elements with one tag</source>
        <translation>Nur die Elemente mit einem bestimmten Tag anzeigen</translation>
    </message>
    <message>
        <source>Any criticality</source>
        <translation>Jede Kritikalität</translation>
    </message>
    <message>
        <source>Show only business functions of this criticality</source>
        <translation>Nur Geschäftsfunktionen dieser Kritikalität anzeigen</translation>
    </message>
    <message>
        <source>Show or hide this column of the element table</source>
        <translation>Diese Spalte der Elementtabelle ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Elements</source>
        <translation>&amp;Elemente</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Dependencies</source>
        <translation>&amp;Abhängigkeiten</translation>
    </message>
    <message>
        <source>Redundancy &amp;groups</source>
        <translation>Redundanz&amp;gruppen</translation>
    </message>
    <message>
        <source>De&amp;pendencies</source>
        <translation>Ab&amp;hängigkeiten</translation>
    </message>
    <message>
        <source>Gro&amp;ups</source>
        <translation>Gr&amp;uppen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Search an element&apos;s key or name, or a group (Ctrl+F)</source>
        <translation>Schlüssel oder Namen eines Elements oder eine Gruppe suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;New Element</source>
        <translation>&amp;Neues Element</translation>
    </message>
    <message>
        <source>Add an element of the kind shown in the filter (an application if all kinds are shown)</source>
        <translation>Ein Element der im Filter gezeigten Art hinzufügen (eine Anwendung, wenn alle Arten gezeigt werden)</translation>
    </message>
    <message>
        <source>&amp;Delete Element</source>
        <translation>Element &amp;löschen</translation>
    </message>
    <message>
        <source>Remove the selected elements with their dependencies</source>
        <translation>Die ausgewählten Elemente mit ihren Abhängigkeiten entfernen</translation>
    </message>
    <message>
        <source>Edit &amp;Selected...</source>
        <translation>Aus&amp;wahl bearbeiten...</translation>
    </message>
    <message>
        <source>Change owner, tags, criticality, RTO or RPO of every selected element at once</source>
        <translation>Verantwortliche(n), Tags, Kritikalität, RTO oder RPO aller ausgewählten Elemente auf einmal ändern</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>Record something the selected element needs</source>
        <translation>Etwas erfassen, das das ausgewählte Element benötigt</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Change the strength or group of the selected dependency</source>
        <translation>Stärke oder Gruppe der ausgewählten Abhängigkeit ändern</translation>
    </message>
    <message>
        <source>Remove the selected dependency</source>
        <translation>Die ausgewählte Abhängigkeit entfernen</translation>
    </message>
    <message>
        <source>&amp;New...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>Make some of the selected element&apos;s dependencies back each other up</source>
        <translation>Einige Abhängigkeiten des ausgewählten Elements sich gegenseitig absichern lassen</translation>
    </message>
    <message>
        <source>Change the selected redundancy group</source>
        <translation>Die ausgewählte Redundanzgruppe ändern</translation>
    </message>
    <message>
        <source>Dissolve the selected redundancy group (its members stay as plain dependencies)</source>
        <translation>Die ausgewählte Redundanzgruppe auflösen (ihre Mitglieder bleiben als einfache Abhängigkeiten)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln element(s)</source>
        <translation>
            <numerusform>%Ln Element</numerusform>
            <numerusform>%Ln Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 elements</source>
        <translation>%1 von %2 Elementen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs&lt;/b&gt; (%1): what this element depends on</source>
        <translation>&lt;b&gt;Benötigt&lt;/b&gt; (%1): wovon dieses Element abhängt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needed by&lt;/b&gt; (%1): what depends on this element</source>
        <translation>&lt;b&gt;Benötigt von&lt;/b&gt; (%1): was von diesem Element abhängt</translation>
    </message>
    <message>
        <source>Cannot Delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln elements?</source>
        <translation>
            <numerusform>%Ln Element löschen?</numerusform>
            <numerusform>%Ln Elemente löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2 go with them.</source>
        <translation>%1 und %2 werden mit entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dependency(ies)</source>
        <translation>
            <numerusform>%Ln Abhängigkeit</numerusform>
            <numerusform>%Ln Abhängigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln redundancy group(s)</source>
        <translation>
            <numerusform>%Ln Redundanzgruppe</numerusform>
            <numerusform>%Ln Redundanzgruppen</numerusform>
        </translation>
    </message>
    <message>
        <source>These elements depend on them and lose that dependency: %1.</source>
        <translation>Diese Elemente hängen von ihnen ab und verlieren diese Abhängigkeit: %1.</translation>
    </message>
    <message>
        <source>Delete Elements</source>
        <translation>Elemente löschen</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Unlink %1 -&gt; %2</source>
        <translation>Verknüpfung %1 -&gt; %2 entfernen</translation>
    </message>
    <message>
        <source>Dissolve group %1 of %2</source>
        <translation>Gruppe %1 von %2 auflösen</translation>
    </message>
    <message>
        <source>dependency %1</source>
        <translation>Abhängigkeit %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>(undo of entry %1)</source>
        <translation>(Rückgängigmachung von Eintrag %1)</translation>
    </message>
    <message>
        <source>(reason: %1)</source>
        <translation>(Grund: %1)</translation>
    </message>
    <message>
        <source>Replaced by a newer request.</source>
        <translation>Durch eine neuere Anfrage ersetzt.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RelationTableModel</name>
    <message>
        <source>Needed by</source>
        <translation>Benötigt von</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Benötigt</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Redundancy group</source>
        <translation>Redundanzgruppe</translation>
    </message>
    <message>
        <source>Members needed up</source>
        <translation>Mindestens verfügbar</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Umschaltung (Failover)</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::ReportsPage</name>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML (one file)</source>
        <translation>HTML (eine Datei)</translation>
    </message>
    <message>
        <source>CSV (a folder, one file per table)</source>
        <translation>CSV (ein Ordner, eine Datei je Tabelle)</translation>
    </message>
    <message>
        <source>What the report is about</source>
        <translation>Worum es im Bericht geht</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <source>The stored assessment the audit report is about</source>
        <translation>Die gespeicherte Bewertung, um die es im Prüfbericht geht</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <source>The saved failure scenarios to report on (Space checks one)</source>
        <translation>Die gespeicherten Ausfallszenarien, über die berichtet wird (Leertaste hakt eines an)</translation>
    </message>
    <message>
        <source>S&amp;cenarios:</source>
        <translation>Szenar&amp;ien:</translation>
    </message>
    <message>
        <source>The report&apos;s date, and the day from which overdue actions and expired evidence count</source>
        <translation>Das Datum des Berichts und der Tag, ab dem überfällige Maßnahmen und abgelaufene Nachweise zählen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>e.g. Confidential</source>
        <translation>z. B. Vertraulich</translation>
    </message>
    <message>
        <source>A label on the cover and on every page, e.g. Confidential; empty: none</source>
        <translation>Eine Kennzeichnung auf dem Deckblatt und jeder Seite, z. B. Vertraulich; leer: keine</translation>
    </message>
    <message>
        <source>C&amp;lassification:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>The entity&apos;s name in every page header; empty: the register&apos;s file name</source>
        <translation>Der Name des Unternehmens in jeder Kopfzeile; leer: der Dateiname des Registers</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation>Die zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>The paper size of the PDF (and of the preview)</source>
        <translation>Das Papierformat des PDF (und der Vorschau)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Build the report and show its pages (Ctrl+R)</source>
        <translation>Den Bericht erstellen und seine Seiten anzeigen (Ctrl+R)</translation>
    </message>
    <message>
        <source>E&amp;xport...</source>
        <translation>E&amp;xportieren...</translation>
    </message>
    <message>
        <source>Write the report to a file (Ctrl+Shift+S)</source>
        <translation>Den Bericht in eine Datei schreiben (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>&amp;Open the file when done</source>
        <translation>Datei nach Abschluss &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the exported report with the desktop&apos;s viewer</source>
        <translation>Den exportierten Bericht mit dem Standardprogramm des Desktops öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop building or writing the report</source>
        <translation>Das Erstellen oder Schreiben des Berichts stoppen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>The same reports as &lt;tt&gt;bulwark report&lt;/tt&gt;: choose one, look at its pages, export it.</source>
        <translation>Dieselben Berichte wie &lt;tt&gt;bulwark report&lt;/tt&gt;: Wählen Sie einen aus, sehen Sie sich die Seiten an, exportieren Sie ihn.</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <source>How large the pages are shown</source>
        <translation>Wie groß die Seiten angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>The report&apos;s pages as printed (PDF); HTML and CSV hold the same content</source>
        <translation>Die Seiten des Berichts wie gedruckt (PDF); HTML und CSV enthalten denselben Inhalt</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The preview is built when the page is shown.</source>
        <translation>Die Vorschau wird erstellt, wenn die Seite angezeigt wird.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>No stored assessment</source>
        <translation>Keine gespeicherte Bewertung</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Es ist kein Register geöffnet.</translation>
    </message>
    <message>
        <source>No failure scenario is saved in this register: save one on the Impact page first.</source>
        <translation>In diesem Register ist kein Ausfallszenario gespeichert: Speichern Sie zuerst eines auf der Seite „Auswirkung“.</translation>
    </message>
    <message>
        <source>Check at least one scenario.</source>
        <translation>Haken Sie mindestens ein Szenario an.</translation>
    </message>
    <message>
        <source>Building the preview...</source>
        <translation>Vorschau wird erstellt...</translation>
    </message>
    <message>
        <source>The preview was canceled.</source>
        <translation>Die Vorschau wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 on %2 paper. Pages: %L3</source>
        <translation>%1, Papierformat %2. Seiten: %L3</translation>
    </message>
    <message>
        <source>Building the report...</source>
        <translation>Bericht wird erstellt...</translation>
    </message>
    <message>
        <source>Export the Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export the Report as HTML</source>
        <translation>Bericht als HTML exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Choose a New or Empty Folder for the Report&apos;s CSV Tables</source>
        <translation>Neuen oder leeren Ordner für die CSV-Tabellen des Berichts wählen</translation>
    </message>
    <message>
        <source>The export was canceled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Exported to %1. &lt;a href=&quot;%2&quot;&gt;Open&lt;/a&gt;</source>
        <translation>Nach %1 exportiert. &lt;a href=&quot;%2&quot;&gt;Öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Exported the report to %1</source>
        <translation>Bericht nach %1 exportiert</translation>
    </message>
    <message>
        <source>Writing the report...</source>
        <translation>Bericht wird geschrieben...</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The language the report is written in</source>
        <translation>Die Sprache, in der der Bericht geschrieben wird</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RequirementTreeModel</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Kapitel %1</translation>
    </message>
    <message>
        <source>Chapter %1: %2</source>
        <translation>Kapitel %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln compliant</source>
        <translation>
            <numerusform>%1 von %Ln erfüllt</numerusform>
            <numerusform>%1 von %Ln erfüllt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (judged)</source>
        <translation>%1 (beurteilt)</translation>
    </message>
    <message>
        <source>The assessor&apos;s judgement; the checks said: %1</source>
        <translation>Manuelle Beurteilung; die Prüfungen ergaben: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RoiPage</name>
    <message>
        <source>&amp;Reference date:</source>
        <translation>&amp;Meldestichtag:</translation>
    </message>
    <message>
        <source>The date the register of information is reported as of (31 December of the year before, for the annual filing)</source>
        <translation>Der Stichtag, zu dem das Informationsregister gemeldet wird (für die jährliche Einreichung der 31. Dezember des Vorjahres)</translation>
    </message>
    <message>
        <source>C&amp;onsolidation:</source>
        <translation>&amp;Konsolidierung:</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzelebene</translation>
    </message>
    <message>
        <source>Consolidated</source>
        <translation>Konsolidierte Ebene</translation>
    </message>
    <message>
        <source>Individual: the register of one entity. Consolidated: the register of the group, kept by its parent undertaking.</source>
        <translation>Einzelebene: das Register eines einzelnen Unternehmens. Konsolidierte Ebene: das Register der Gruppe, geführt von ihrem Mutterunternehmen.</translation>
    </message>
    <message>
        <source>E&amp;xport Package...</source>
        <translation>Paket e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Write the register of information as the xBRL-CSV package the supervisor receives</source>
        <translation>Das Informationsregister als das xBRL-CSV-Paket schreiben, das die Aufsichtsbehörde erhält</translation>
    </message>
    <message>
        <source>Open a register to see its register of information.</source>
        <translation>Öffnen Sie ein Register, um sein Informationsregister zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Rows containing...</source>
        <translation>Zeilen mit...</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>&amp;Show in Table</source>
        <translation>In &amp;Tabelle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Go to Record</source>
        <translation>&amp;Zum Datensatz</translation>
    </message>
    <message>
        <source>Select the problem&apos;s template, row and column (Enter, double click)</source>
        <translation>Vorlage, Zeile und Spalte des Problems auswählen (Enter, Doppelklick)</translation>
    </message>
    <message>
        <source>Open Fol&amp;der</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the folder the package was written to</source>
        <translation>Den Ordner anzeigen, in den das Paket geschrieben wurde</translation>
    </message>
    <message>
        <source>Register of information: build and check again</source>
        <translation>Informationsregister: erneut erstellen und prüfen</translation>
    </message>
    <message>
        <source>Building the register of information...</source>
        <translation>Informationsregister wird erstellt...</translation>
    </message>
    <message>
        <source>The register of information cannot be built: %1</source>
        <translation>Das Informationsregister kann nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocking</source>
        <translation>
            <numerusform>%Ln blockierend</numerusform>
            <numerusform>%Ln blockierend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not reported (filing indicator false)</source>
        <translation>Nicht gemeldet (Meldeindikator: false)</translation>
    </message>
    <message>
        <source>There is no element &apos;%1&apos; in the register.</source>
        <translation>Es gibt kein Element &apos;%1&apos; im Register.</translation>
    </message>
    <message>
        <source>This problem has no record in the register behind it.</source>
        <translation>Hinter diesem Problem steht kein Datensatz im Register.</translation>
    </message>
    <message>
        <source>There is no register of information to export yet.</source>
        <translation>Es gibt noch kein Informationsregister zum Exportieren.</translation>
    </message>
    <message>
        <source>The register of information is being built; export it when it is done.</source>
        <translation>Das Informationsregister wird gerade erstellt; exportieren Sie es, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>A package is being written.</source>
        <translation>Es wird bereits ein Paket geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>The register of information has %Ln blocking problem(s): the supervisor would reject the package.</source>
        <translation>
            <numerusform>Das Informationsregister hat %Ln blockierendes Problem: Die Aufsichtsbehörde würde das Paket zurückweisen.</numerusform>
            <numerusform>Das Informationsregister hat %Ln blockierende Probleme: Die Aufsichtsbehörde würde das Paket zurückweisen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the package...</source>
        <translation>Paket wird geschrieben...</translation>
    </message>
    <message>
        <source>The package was not written: %1</source>
        <translation>Das Paket wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Package written: %1</source>
        <translation>Paket geschrieben: %1</translation>
    </message>
    <message>
        <source>Export the Register of Information Package to</source>
        <translation>Paket des Informationsregisters exportieren nach</translation>
    </message>
    <message>
        <source>Blocking Problems</source>
        <translation>Blockierende Probleme</translation>
    </message>
    <message numerus="yes">
        <source>The register of information has %Ln blocking problem(s). The supervisor&apos;s reception rejects a package with any of them.</source>
        <translation>
            <numerusform>Das Informationsregister hat %Ln blockierendes Problem. Die Eingangsprüfung der Aufsichtsbehörde weist ein Paket mit einem solchen Problem zurück.</numerusform>
            <numerusform>Das Informationsregister hat %Ln blockierende Probleme. Die Eingangsprüfung der Aufsichtsbehörde weist ein Paket zurück, das auch nur eines davon enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix them first (the Problems list shows where), or export anyway to look at the package.</source>
        <translation>Beheben Sie zuerst, was blockiert (die Liste „Probleme“ zeigt, wo), oder exportieren Sie trotzdem, um sich das Paket anzusehen.</translation>
    </message>
    <message>
        <source>&amp;Export Anyway</source>
        <translation>Trotzdem &amp;exportieren</translation>
    </message>
    <message>
        <source>Open what to change to fix the problem: the record in its form, or the element in the Register (Ctrl+Return)</source>
        <translation>Öffnet, was zu ändern ist, um das Problem zu beheben: den Datensatz in seinem Formular oder das Element im Register (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ta&amp;ble:</source>
        <translation>Tab&amp;elle:</translation>
    </message>
    <message>
        <source>The records of the register of information kept beside the map</source>
        <translation>Die Datensätze des Informationsregisters neben der Karte</translation>
    </message>
    <message>
        <source>&amp;Add...</source>
        <translation>&amp;Hinzufügen...</translation>
    </message>
    <message>
        <source>Add a record to the table (Insert)</source>
        <translation>Einen Datensatz zur Tabelle hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>Edit the selected record (Enter, double click)</source>
        <translation>Den ausgewählten Datensatz bearbeiten (Eingabe, Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected records (Delete)</source>
        <translation>Die ausgewählten Datensätze löschen (Entf)</translation>
    </message>
    <message>
        <source>Te&amp;mplates</source>
        <translation>Vorla&amp;gen</translation>
    </message>
    <message>
        <source>Re&amp;cords</source>
        <translation>&amp;Datensätze</translation>
    </message>
    <message>
        <source>The 15 templates as they are filed, built from the map and the records</source>
        <translation>Die 15 Vorlagen, wie sie gemeldet werden, gebildet aus der Karte und den Datensätzen</translation>
    </message>
    <message>
        <source>The records of the register of information: entities, branches, arrangements, the terms of services, functions and providers, definitions</source>
        <translation>Die Datensätze des Informationsregisters: Unternehmen, Zweigniederlassungen, Vereinbarungen, die Angaben zu Dienstleistungen, Funktionen und Dienstleistern, Definitionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No register is open.</source>
        <translation>Es ist kein Register geöffnet.</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>%1 %2 hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>%1 %2 bearbeiten</translation>
    </message>
    <message>
        <source>%1: done. Edit &gt; Undo takes it back.</source>
        <translation>%1: erledigt. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>%1 %2 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s)</source>
        <translation>
            <numerusform>%Ln Datensatz löschen</numerusform>
            <numerusform>%Ln Datensätze löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Records</source>
        <translation>Datensätze löschen</translation>
    </message>
    <message>
        <source>Delete the %1 %2?</source>
        <translation>%1 %2 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln record(s) of the table %1?</source>
        <translation>
            <numerusform>%Ln Datensatz der Tabelle %1 löschen?</numerusform>
            <numerusform>%Ln Datensätze der Tabelle %1 löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings them back.</source>
        <translation>Bearbeiten &gt; Rückgängig stellt sie wieder her.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RoiProblemModel</name>
    <message>
        <source>Ready to file: no problems</source>
        <translation>Bereit zur Einreichung: keine Probleme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocking</source>
        <translation>
            <numerusform>%Ln blockierend</numerusform>
            <numerusform>%Ln blockierend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The map holds something the templates cannot express</source>
        <translation>Die Karte enthält etwas, das die Vorlagen nicht abbilden können</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Prüfregel</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::RoiTableModel</name>
    <message>
        <source>not applicable</source>
        <translation>nicht anwendbar</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1
As written in the package: %2</source>
        <translation>%1
Wert im Paket: %2</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::SettingsDialog</name>
    <message>
        <source>Bulwark Settings</source>
        <translation>Bulwark-Einstellungen</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Open the last register when Bulwark starts (else the demo register)</source>
        <translation>Beim Start von Bulwark das zuletzt verwendete Register &amp;öffnen (sonst das Demo-Register)</translation>
    </message>
    <message>
        <source>Show what an &amp;import would change and ask before writing it</source>
        <translation>Vor einem &amp;Import zeigen, was er ändern würde, und vor dem Schreiben nachfragen</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source> elements</source>
        <translation> Elemente</translation>
    </message>
    <message>
        <source>Larger drawings take longer to lay out and are harder to read</source>
        <translation>Größere Zeichnungen brauchen länger für das Layout und sind schwerer zu lesen</translation>
    </message>
    <message>
        <source>How many dependency steps around the chosen element are drawn at first</source>
        <translation>Wie viele Abhängigkeitsschritte um das gewählte Element anfangs gezeichnet werden</translation>
    </message>
    <message>
        <source>Draw at most:</source>
        <translation>Höchstens zeichnen:</translation>
    </message>
    <message>
        <source>Steps around an element:</source>
        <translation>Schritte um ein Element:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>The language of the window and the command line; a report&apos;s language is chosen on the Reports page</source>
        <translation>Die Sprache des Fensters und der Kommandozeile; die Sprache eines Berichts wird auf der Seite „Berichte“ gewählt</translation>
    </message>
    <message>
        <source>Takes effect when Bulwark starts next.</source>
        <translation>Wird beim nächsten Start von Bulwark wirksam.</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Fenster:</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::SignOffDialog</name>
    <message>
        <source>Approve Assessment %1</source>
        <translation>Bewertung %1 genehmigen</translation>
    </message>
    <message>
        <source>Submit Assessment %1</source>
        <translation>Bewertung %1 einreichen</translation>
    </message>
    <message>
        <source>Assessment:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Submitted by:</source>
        <translation>Eingereicht von:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Approved by (you):</source>
        <translation>Genehmigt von (Ihnen):</translation>
    </message>
    <message>
        <source>Submitted by (you):</source>
        <translation>Eingereicht von (Ihnen):</translation>
    </message>
    <message>
        <source>%1 (this computer&apos;s account)</source>
        <translation>%1 (Benutzerkonto dieses Computers)</translation>
    </message>
    <message>
        <source>audit entry %1, %2</source>
        <translation>Prüfpfad-Eintrag %1, %2</translation>
    </message>
    <message>
        <source>Register fingerprint:</source>
        <translation>Fingerabdruck des Registers:</translation>
    </message>
    <message>
        <source>Results fingerprint (SHA-256):</source>
        <translation>Fingerabdruck der Ergebnisse (SHA-256):</translation>
    </message>
    <message>
        <source>Four eyes: an assessment is approved by a different person than the one who submitted it. The approval records the fingerprints above and freezes the assessment: no write path can change it or its results afterwards. A later change to the map marks the sign-off as lapsed.</source>
        <translation>Vier-Augen-Prinzip: Eine Bewertung wird von einer anderen Person genehmigt als der, die sie eingereicht hat. Die Genehmigung erfasst die obigen Fingerabdrücke und friert die Bewertung ein: Kein Schreibvorgang kann sie oder ihre Ergebnisse danach ändern. Eine spätere Änderung der Karte kennzeichnet die Freigabe als hinfällig.</translation>
    </message>
    <message>
        <source>Four eyes: you submit the assessment as prepared; a different person must approve it. Its results can still be judged until it is approved.</source>
        <translation>Vier-Augen-Prinzip: Sie reichen die Bewertung so ein, wie sie erstellt wurde; eine andere Person muss sie genehmigen. Ihre Ergebnisse können bis zur Genehmigung noch beurteilt werden.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Verweigert: %1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::SnapshotCache</name>
    <message>
        <source>No register is open.</source>
        <translation>Es ist kein Register geöffnet.</translation>
    </message>
    <message>
        <source>The register cannot be read.</source>
        <translation>Das Register kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Reading the register...</source>
        <translation>Register wird gelesen...</translation>
    </message>
    <message>
        <source>The register file %1 is no longer there: it was deleted or moved while it was open. Save the register to a new file to go on.</source>
        <translation>Die Registerdatei %1 ist nicht mehr vorhanden: Sie wurde gelöscht oder verschoben, während sie geöffnet war. Speichern Sie das Register in einer neuen Datei, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>bulwark::gui::StaleNotice</name>
    <message>
        <source>The register changed since this was computed.</source>
        <translation>Das Register hat sich geändert, seit dies berechnet wurde.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
</context>
</TS>
