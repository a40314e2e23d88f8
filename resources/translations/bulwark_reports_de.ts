<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditReport</name>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>findings entered by hand</source>
        <translation>manuell erfasste Feststellungen</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows, %3; &apos;bulwark assess&apos; lists them all.</source>
        <translation>Die ersten %1 von %2 Zeilen, %3; &apos;bulwark assess&apos; listet alle auf.</translation>
    </message>
    <message>
        <source>not signed off (%1)</source>
        <translation>nicht freigegeben (%1)</translation>
    </message>
    <message>
        <source>cannot be verified in this register: %1</source>
        <translation>in diesem Register nicht überprüfbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>lapsed: the map changed %n time(s) after the approval</source>
        <translation>
            <numerusform>erloschen: die Karte wurde nach der Genehmigung %n-mal geändert</numerusform>
            <numerusform>erloschen: die Karte wurde nach der Genehmigung %n-mal geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>valid: the map has not changed since the approval</source>
        <translation>gültig: die Karte wurde seit der Genehmigung nicht geändert</translation>
    </message>
    <message>
        <source>Critical functions</source>
        <translation>Kritische Funktionen</translation>
    </message>
    <message>
        <source>The map as the register stands on the report&apos;s date: %1 critical or important functions. %2 of them have a single point of failure, an element whose failure alone stops the function.</source>
        <translation>Die Karte nach dem Stand des Registers am Berichtsdatum: %1 kritische oder wichtige Funktionen. %2 davon haben einen Single Point of Failure, ein Element, dessen Ausfall allein die Funktion ausfallen lässt.</translation>
    </message>
    <message>
        <source>No failure scenario is saved, so no recovery has been estimated against the tolerances. Save the scenarios the business continuity plan names (the Impact page, or &apos;bulwark scenario save&apos;).</source>
        <translation>Es ist kein Ausfallszenario gespeichert, daher wurde keine Wiederherstellung geschätzt und mit den Toleranzen verglichen. Speichern Sie die Szenarien, die der Business-Continuity-Plan nennt (Seite „Auswirkung“ oder &apos;bulwark scenario save&apos;).</translation>
    </message>
    <message>
        <source>Each function&apos;s worst result across the %1 saved failure scenarios: the recovery estimate of the scenario that hurts it most against its maximum tolerable downtime (MTD). %2 would be beyond tolerance in at least one scenario, %3 unknown (a recovery time or a tolerance is not recorded), %4 within with little margin, %5 within, and %6 are affected by none.</source>
        <translation>Das schlechteste Ergebnis jeder Funktion über die %1 gespeicherten Ausfallszenarien: die geschätzte Wiederherstellung in dem Szenario, das sie am stärksten trifft, gemessen an ihrer maximal tolerierbaren Ausfallzeit (MTD). %2 lägen in mindestens einem Szenario außerhalb der Toleranz, bei %3 ist das Ergebnis unbekannt (eine Wiederherstellungszeit oder eine Toleranz ist nicht erfasst), %4 liegen innerhalb mit knapper Reserve, %5 innerhalb, und %6 sind von keinem Szenario betroffen.</translation>
    </message>
    <message>
        <source>Critical functions with and without a single point of failure</source>
        <translation>Kritische Funktionen mit und ohne Single Point of Failure</translation>
    </message>
    <message>
        <source>%1 of %2 critical functions have a single point of failure.</source>
        <translation>%1 von %2 kritischen Funktionen haben einen Single Point of Failure.</translation>
    </message>
    <message>
        <source>Critical functions by their worst result in the saved scenarios</source>
        <translation>Kritische Funktionen nach ihrem schlechtesten Ergebnis in den gespeicherten Szenarien</translation>
    </message>
    <message>
        <source>Beyond tolerance %1, unknown %2, within with little margin %3, within %4, not affected %5.</source>
        <translation>Außerhalb der Toleranz %1, unbekannt %2, innerhalb mit knapper Reserve %3, innerhalb %4, nicht betroffen %5.</translation>
    </message>
    <message>
        <source>Dependency maps of the critical functions</source>
        <translation>Abhängigkeitskarten der kritischen Funktionen</translation>
    </message>
    <message>
        <source>Each map shows a function at the top and what it needs below it, nearest first: solid arrows are hard dependencies, dashed ones soft, and a dot marks a member of a redundancy group. Single points of failure are outlined and labelled SPOF. A map keeps at most %1 elements so that it reads on paper; the Map page and &apos;bulwark map --around KEY&apos; draw the whole neighbourhood.</source>
        <translation>Jede Karte zeigt oben eine Funktion und darunter, was sie benötigt, das Nächstliegende zuerst: durchgezogene Pfeile sind harte Abhängigkeiten, gestrichelte weiche, und ein Punkt kennzeichnet ein Mitglied einer Redundanzgruppe. Single Points of Failure sind umrandet und mit SPOF beschriftet. Eine Karte enthält höchstens %1 Elemente, damit sie auf Papier lesbar bleibt; die Seite „Karte“ und &apos;bulwark map --around KEY&apos; zeigen die gesamte Umgebung.</translation>
    </message>
    <message>
        <source>what it needs, nearest first</source>
        <translation>was sie benötigt, das Nächstliegende zuerst</translation>
    </message>
    <message>
        <source>The map could not be drawn: %1</source>
        <translation>Die Karte konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>%1 needs %2 elements; the %3 nearest are drawn.</source>
        <translation>%1 benötigt %2 Elemente; die %3 nächstliegenden sind dargestellt.</translation>
    </message>
    <message>
        <source>%1 needs %2 elements, all drawn.</source>
        <translation>%1 benötigt %2 Elemente, alle sind dargestellt.</translation>
    </message>
    <message>
        <source>It has no single point of failure.</source>
        <translation>Die Funktion hat keinen Single Point of Failure.</translation>
    </message>
    <message>
        <source>Single points of failure: %1 (%2 drawn).</source>
        <translation>Single Points of Failure: %1 (%2 dargestellt).</translation>
    </message>
    <message>
        <source>Dependency map of %1 showing %2.</source>
        <translation>Abhängigkeitskarte von %1 mit %2.</translation>
    </message>
    <message>
        <source>%1 of the %2 critical functions are drawn, in key order.</source>
        <translation>%1 der %2 kritischen Funktionen sind dargestellt, nach Schlüssel geordnet.</translation>
    </message>
    <message>
        <source>Single points of failure, cycles and concentration</source>
        <translation>Single Points of Failure, Zyklen und Konzentration</translation>
    </message>
    <message>
        <source>No element alone stops a critical or important function.</source>
        <translation>Kein Element lässt allein eine kritische oder wichtige Funktion ausfallen.</translation>
    </message>
    <message>
        <source>%1 elements are each a single point of failure of at least one critical or important function. Those that stop the most functions come first: they are what to fix first.</source>
        <translation>%1 Elemente sind jeweils ein Single Point of Failure mindestens einer kritischen oder wichtigen Funktion. Diejenigen, die die meisten Funktionen ausfallen lassen, stehen zuerst; sie sind zuerst zu beheben.</translation>
    </message>
    <message>
        <source>No elements depend on each other in a cycle.</source>
        <translation>Keine Elemente hängen in einem Zyklus voneinander ab.</translation>
    </message>
    <message>
        <source>%1 groups of elements depend on each other in a cycle, so none of them can be recovered first; each needs a documented start-up order.</source>
        <translation>%1 Gruppen von Elementen hängen in einem Zyklus voneinander ab, sodass keines von ihnen zuerst wiederhergestellt werden kann; jede benötigt eine dokumentierte Anlaufreihenfolge.</translation>
    </message>
    <message>
        <source>Concentration: the Herfindahl-Hirschman index of the providers by the critical functions that depend on them is %1 (of 10,000; the share of each provider in percent, squared and summed), by the third-party ICT services %2, and of the countries by critical functions %3. A provider or location that more than %4 % of the critical functions depend on is a warning (amber), more than %5 % an alarm (red).</source>
        <translation>Konzentration: Der Herfindahl-Hirschman-Index der Dienstleister, gemessen an den kritischen Funktionen, die von ihnen abhängen, beträgt %1 (von 10.000; der Anteil jedes Dienstleisters in Prozent, quadriert und summiert), gemessen an den IKT-Dienstleistungen Dritter %2; der Index der Länder, gemessen an den kritischen Funktionen, beträgt %3. Ein Dienstleister oder Standort, von dem mehr als %4 % der kritischen Funktionen abhängen, ist eine Warnung (gelb), mehr als %5 % ein Alarm (rot).</translation>
    </message>
    <message>
        <source>The providers most critical functions depend on, by share</source>
        <translation>Die Dienstleister, von denen die meisten kritischen Funktionen abhängen, nach Anteil</translation>
    </message>
    <message>
        <source>The register holds no assessment yet. Record one with &apos;bulwark assess run --save KEY&apos; or on the Assessment page.</source>
        <translation>Das Register enthält noch keine Bewertung. Erfassen Sie eine mit &apos;bulwark assess run --save KEY&apos; oder auf der Seite „Bewertung“.</translation>
    </message>
    <message>
        <source>There is no assessment &apos;%1&apos;.</source>
        <translation>Es gibt keine Bewertung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Resilience audit report</source>
        <translation>Resilienz-Prüfbericht</translation>
    </message>
    <message>
        <source>Assessment %1: %2</source>
        <translation>Bewertung %1: %2</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rahmenwerk</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>every business function</source>
        <translation>alle Geschäftsfunktionen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Gesamtpunktzahl</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>%1: %2 elements, %3 dependencies</source>
        <translation>%1: %2 Elemente, %3 Abhängigkeiten</translation>
    </message>
    <message>
        <source>Audit-trail head</source>
        <translation>Letzter Eintrag des Prüfpfads</translation>
    </message>
    <message>
        <source>entry %1, SHA-256 %2</source>
        <translation>Eintrag %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>Assessed against %1 (version %2), %3 scores %4 overall. Of %5 requirements, %6 are compliant, %7 partially compliant and %8 non-compliant; %9 are left to the assessor&apos;s judgement and not yet assessed, and %10 do not apply.</source>
        <translation>Bei der Bewertung anhand von %1 (Version %2) erreicht %3 insgesamt %4. Von %5 Anforderungen sind %6 erfüllt, %7 teilweise erfüllt und %8 nicht erfüllt; %9 bleiben der Beurteilung durch die Bewerterin oder den Bewerter überlassen und sind noch nicht bewertet, und %10 sind nicht anwendbar.</translation>
    </message>
    <message>
        <source>Sign-off: %1.</source>
        <translation>Freigabe: %1.</translation>
    </message>
    <message>
        <source>The map holds %1 critical or important functions; %2 of them have a single point of failure. No failure scenario is saved, so no recovery is estimated against the tolerances.</source>
        <translation>Die Karte enthält %1 kritische oder wichtige Funktionen; %2 davon haben einen Single Point of Failure. Es ist kein Ausfallszenario gespeichert, daher ist keine Wiederherstellung geschätzt und mit den Toleranzen verglichen.</translation>
    </message>
    <message>
        <source>The map holds %1 critical or important functions; %2 of them have a single point of failure. In the %3 saved failure scenarios, %4 would be beyond their impact tolerance in at least one and %5 unknown.</source>
        <translation>Die Karte enthält %1 kritische oder wichtige Funktionen; %2 davon haben einen Single Point of Failure. In den %3 gespeicherten Ausfallszenarien lägen %4 in mindestens einem Szenario außerhalb ihrer Auswirkungstoleranz, bei %5 ist das Ergebnis unbekannt.</translation>
    </message>
    <message>
        <source>The assessment left no finding open.</source>
        <translation>Die Bewertung hat keine Feststellung offen gelassen.</translation>
    </message>
    <message>
        <source>Its checks found %1 findings that are open or in remediation. What matters most, the most severe first:</source>
        <translation>Die Prüfungen der Bewertung ergaben %1 Feststellungen, die offen oder in Behebung sind. Das Wichtigste, die schwerwiegendsten zuerst:</translation>
    </message>
    <message>
        <source>%1 (%2): %3 open, the most severe %4.</source>
        <translation>%1 (%2): %3 offen, höchster Schweregrad: %4.</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>Scores by chapter</source>
        <translation>Punktzahlen nach Kapitel</translation>
    </message>
    <message>
        <source>Each requirement scores 100 % when compliant, 50 % when partially compliant and 0 % when non-compliant or not assessed; one that does not apply is left out. A chapter&apos;s score is the mean of its requirements&apos; (appendix).</source>
        <translation>Jede Anforderung erhält 100 %, wenn sie erfüllt ist, 50 %, wenn sie teilweise erfüllt ist, und 0 %, wenn sie nicht erfüllt oder nicht bewertet ist; eine nicht anwendbare Anforderung bleibt unberücksichtigt. Die Punktzahl eines Kapitels ist der Mittelwert der Punktzahlen seiner Anforderungen (Anhang).</translation>
    </message>
    <message>
        <source>Requirements and score per chapter</source>
        <translation>Anforderungen und Punktzahl je Kapitel</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partially</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Score per chapter, 0-100 %</source>
        <translation>Punktzahl je Kapitel, 0–100 %</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Each requirement&apos;s result (the assessor&apos;s judgement where recorded)</source>
        <translation>Das Ergebnis jeder Anforderung (die Beurteilung durch die Bewerterin oder den Bewerter, sofern erfasst)</translation>
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
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>assessor</source>
        <translation>Bewerter(in)</translation>
    </message>
    <message>
        <source>checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>The checks of this assessment found %1 findings: %2 open, %3 in remediation, %4 with an accepted risk and %5 closed since. A finding is kept across runs by its check and the elements it names, so it keeps its history; the register holds %6 in all.</source>
        <translation>Die Prüfungen dieser Bewertung ergaben %1 Feststellungen: %2 offen, %3 in Behebung, %4 mit akzeptiertem Risiko und %5 inzwischen geschlossen. Eine Feststellung bleibt über mehrere Läufe anhand ihrer Prüfung und der genannten Elemente erhalten, sodass ihre Historie bewahrt wird; das Register enthält insgesamt %6.</translation>
    </message>
    <message>
        <source>Open findings, the most severe first</source>
        <translation>Offene Feststellungen, die schwerwiegendsten zuerst</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Finding (check)</source>
        <translation>Feststellung (Prüfung)</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was festgestellt wurde</translation>
    </message>
    <message>
        <source>Status (owner)</source>
        <translation>Status (Verantwortlich)</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals festgestellt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the most severe first</source>
        <translation>die schwerwiegendsten zuerst</translation>
    </message>
    <message>
        <source>Remediation actions</source>
        <translation>Abhilfemaßnahmen</translation>
    </message>
    <message>
        <source>Remediation actions by due date (as of %1)</source>
        <translation>Abhilfemaßnahmen nach Fälligkeitsdatum (Stand: %1)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>%1, OVERDUE</source>
        <translation>%1, ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>No remediation action is recorded.</source>
        <translation>Es ist keine Abhilfemaßnahme erfasst.</translation>
    </message>
    <message>
        <source>%1 actions, %2 of them overdue on %3.</source>
        <translation>%1 Maßnahmen, davon %2 am %3 überfällig.</translation>
    </message>
    <message>
        <source>by due date</source>
        <translation>nach Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
    <message>
        <source>Risk acceptances and their review dates (as of %1)</source>
        <translation>Risikoakzeptanzen und ihre Prüftermine (Stand: %1)</translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation>Akzeptanz</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>PAST REVIEW</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>No risk is accepted.</source>
        <translation>Es ist kein Risiko akzeptiert.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <source>Files are stored inside the register; the SHA-256 identifies their bytes, and &apos;bulwark verify&apos; hashes them again.</source>
        <translation>Dateien werden im Register gespeichert; der SHA-256-Wert identifiziert ihren Inhalt, und &apos;bulwark verify&apos; berechnet ihn erneut.</translation>
    </message>
    <message>
        <source>Evidence and its validity (as of %1)</source>
        <translation>Nachweise und ihre Gültigkeit (Stand: %1)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>(link to elements)</source>
        <translation>(Verknüpfung mit Elementen)</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 Byte</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>No evidence is stored.</source>
        <translation>Es sind keine Nachweise gespeichert.</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>not submitted</source>
        <translation>nicht eingereicht</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>nicht genehmigt</translation>
    </message>
    <message>
        <source>Register fingerprint</source>
        <translation>Fingerabdruck des Registers</translation>
    </message>
    <message>
        <source>Results fingerprint</source>
        <translation>Fingerabdruck der Ergebnisse</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Changes of the map after the approval, newest first</source>
        <translation>Änderungen der Karte nach der Genehmigung, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
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
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>newest first</source>
        <translation>die neuesten zuerst</translation>
    </message>
    <message>
        <source>Appendix: method</source>
        <translation>Anhang: Methode</translation>
    </message>
    <message>
        <source>Automated checks run against the register: the map of business functions, the ICT services, assets, locations and providers they need, and the records of tests, exit plans and reviews. A check fails only on findings that no current risk acceptance covers. A requirement with no bound check is left to the assessor (not assessed until judged); one whose checks all do not apply does not apply; one with an open high or critical finding is non-compliant; any other failure makes it partially compliant; otherwise it is compliant. An assessor&apos;s judgement replaces the checks&apos; result.</source>
        <translation>Automatisierte Prüfungen laufen gegen das Register: die Karte der Geschäftsfunktionen, der IKT-Dienstleistungen, Assets, Standorte und Dienstleister, die sie benötigen, sowie die Aufzeichnungen zu Tests, Exit-Plänen und Überprüfungen. Eine Prüfung schlägt nur bei Feststellungen fehl, die keine aktuelle Risikoakzeptanz abdeckt. Eine Anforderung ohne zugeordnete Prüfung bleibt der Bewerterin oder dem Bewerter überlassen (nicht bewertet, bis sie beurteilt ist); eine, deren Prüfungen sämtlich nicht anwendbar sind, ist nicht anwendbar; eine mit einer offenen Feststellung des Schweregrads hoch oder kritisch ist nicht erfüllt; bei jedem anderen Fehlschlag ist sie teilweise erfüllt; andernfalls ist sie erfüllt. Die Beurteilung durch die Bewerterin oder den Bewerter ersetzt das Ergebnis der Prüfungen.</translation>
    </message>
    <message>
        <source>Scores: 100 % for compliant, 50 % for partially compliant, 0 % for non-compliant and not assessed; requirements that do not apply are left out. Article, chapter and overall scores are the means of their requirements&apos; scores.</source>
        <translation>Punktzahlen: 100 % für erfüllt, 50 % für teilweise erfüllt, 0 % für nicht erfüllt und nicht bewertet; nicht anwendbare Anforderungen bleiben unberücksichtigt. Die Punktzahlen für Artikel, Kapitel und insgesamt sind die Mittelwerte der Punktzahlen ihrer Anforderungen.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Bulwark %1 (%2)</source>
        <translation>Bulwark %1 (%2)</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Berichtsdatum</translation>
    </message>
    <message>
        <source>Double failures, false redundancy and the RTO budget</source>
        <translation>Doppelausfälle, Scheinredundanz und das RTO-Budget</translation>
    </message>
    <message>
        <source>No pair of failures stops a critical or important function unless one of the two already stops it alone.</source>
        <translation>Kein Paar von Ausfällen bringt eine kritische oder wichtige Funktion zum Ausfall, es sei denn, einer der beiden tut es bereits allein.</translation>
    </message>
    <message>
        <source>%1 of the %2 critical or important functions can be stopped by two failures at once, though neither failure alone stops them: a pair is two elements that together take the function down. These are the severe but plausible scenarios the business impact analysis and the continuity plans should cover; many pairs mean the function rests on few independent paths.</source>
        <translation>%1 der %2 kritischen oder wichtigen Funktionen können durch zwei gleichzeitige Ausfälle zum Ausfall gebracht werden, obwohl keiner der beiden Ausfälle es allein tut: Ein Paar sind zwei Elemente, die die Funktion gemeinsam zum Ausfall bringen. Das sind die schweren, aber plausiblen Szenarien, die die Business-Impact-Analyse und die Notfallpläne abdecken sollten; viele Paare bedeuten, dass die Funktion auf wenigen unabhängigen Wegen beruht.</translation>
    </message>
    <message>
        <source>The register records no redundancy groups.</source>
        <translation>Das Register enthält keine Redundanzgruppen.</translation>
    </message>
    <message>
        <source>Each of the %1 redundancy groups survives the failure of any one element outside it.</source>
        <translation>Jede der %1 Redundanzgruppen übersteht den Ausfall jedes einzelnen Elements außerhalb der Gruppe.</translation>
    </message>
    <message>
        <source>%1 of the %2 redundancy groups are redundant on paper only: one element outside the group (a shared storage array, facility, provider or region) takes down enough of its members to break it. The nearest common causes are what the members share directly; making them independent is what restores the redundancy.</source>
        <translation>%1 der %2 Redundanzgruppen sind nur auf dem Papier redundant: Ein Element außerhalb der Gruppe (ein gemeinsames Speichersystem, eine Betriebsstätte, ein Dienstleister oder eine Region) lässt so viele ihrer Mitglieder ausfallen, dass sie versagt. Die nächsten gemeinsamen Ursachen sind das, was die Mitglieder unmittelbar teilen; erst wenn die Mitglieder davon unabhängig werden, ist die Redundanz wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 of them serve a critical or important function (each a finding of the check redundancy-common-cause).</source>
        <translation>%1 davon dienen einer kritischen oder wichtigen Funktion (jede ist eine Feststellung der Prüfung redundancy-common-cause).</translation>
    </message>
    <message>
        <source>%1 groups under critical or important functions have no spare: they need every member, so the loss of any one breaks them.</source>
        <translation>%1 Gruppen unter kritischen oder wichtigen Funktionen haben keine Reserve: Sie benötigen jedes Mitglied, sodass schon der Ausfall eines einzigen sie versagen lässt.</translation>
    </message>
    <message>
        <source>Every element that alone stops a critical or important function has a recovery time objective within the function&apos;s maximum tolerable downtime, where both are recorded.</source>
        <translation>Jedes Element, das allein eine kritische oder wichtige Funktion zum Ausfall bringt, hat eine Wiederherstellungszeit (RTO) innerhalb der maximal tolerierbaren Ausfallzeit der Funktion, soweit beide erfasst sind.</translation>
    </message>
    <message>
        <source>%1 elements alone stop a critical or important function but have a recovery time objective longer than the function can tolerate. The budget of an element is the shortest maximum tolerable downtime among the functions its failure alone stops; the shortfall is how much its RTO must come down to meet it.</source>
        <translation>%1 Elemente bringen allein eine kritische oder wichtige Funktion zum Ausfall, haben aber eine Wiederherstellungszeit (RTO), die länger ist, als die Funktion tolerieren kann. Das Budget eines Elements ist die kürzeste maximal tolerierbare Ausfallzeit unter den Funktionen, die sein Ausfall allein zum Ausfall bringt; die Unterdeckung gibt an, um wie viel seine RTO sinken muss, um es einzuhalten.</translation>
    </message>
</context>
<context>
    <name>BarChartPainter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ChartPainter</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>No chapter is scored yet.</source>
        <translation>Es ist noch kein Kapitel bewertet.</translation>
    </message>
</context>
<context>
    <name>CsvRenderer</name>
    <message>
        <source>The CSV export was canceled.</source>
        <translation>Der CSV-Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Table &apos;%1&apos; has no id to name its CSV file.</source>
        <translation>Die Tabelle &apos;%1&apos; hat keine ID, nach der ihre CSV-Datei benannt werden kann.</translation>
    </message>
    <message>
        <source>Two tables are both named &apos;%1&apos;.</source>
        <translation>Zwei Tabellen haben denselben Namen &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>HtmlRenderer</name>
    <message>
        <source>Entity</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The HTML export was canceled.</source>
        <translation>Der HTML-Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImpactTables</name>
    <message>
        <source>Up</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Back after</source>
        <translation>Ausfall</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz (MTD)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Data lost</source>
        <translation>Datenverlust</translation>
    </message>
    <message>
        <source>Data-loss tolerance</source>
        <translation>Toleranz (MTDL)</translation>
    </message>
    <message>
        <source>Affected functions</source>
        <translation>Betroffene Funktionen</translation>
    </message>
    <message>
        <source>Critical or important</source>
        <translation>Kritisch oder wichtig</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>Blast radius by kind</source>
        <translation>Auswirkungsradius nach Art</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Direkt ausgefallen</translation>
    </message>
    <message>
        <source>Affected</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Critical functions it stops alone</source>
        <translation>Kritische Funktionen, die es allein ausfallen lässt</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welche</translation>
    </message>
    <message>
        <source>What to fix first</source>
        <translation>Was zuerst zu beheben ist</translation>
    </message>
    <message>
        <source>Critical function</source>
        <translation>Kritische Funktion</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <source>Single points of failure per critical function</source>
        <translation>Single Points of Failure je kritischer Funktion</translation>
    </message>
</context>
<context>
    <name>MapLayout</name>
    <message>
        <source>The Graphviz layout library could not be started.</source>
        <translation>Die Graphviz-Layoutbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The map could not be laid out: Graphviz&apos;s dot layout is not available.</source>
        <translation>Die Karte konnte nicht angeordnet werden: Das dot-Layout von Graphviz ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>MapPainter</name>
    <message>
        <source>SPOF</source>
        <translation>SPOF</translation>
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
        <source>single point of failure</source>
        <translation>Single Point of Failure</translation>
    </message>
    <message>
        <source>solid: hard dependency, dashed: soft, dot: member of a redundancy group, diamond: critical or important function</source>
        <translation>durchgezogen: harte Abhängigkeit, gestrichelt: weiche, Punkt: Mitglied einer Redundanzgruppe, Raute: kritische oder wichtige Funktion</translation>
    </message>
    <message>
        <source>solid: hard dependency, dashed: soft, dot: member of a redundancy group, diamond: critical or important function, stack: a group of affected elements</source>
        <translation>durchgezogen: harte Abhängigkeit, gestrichelt: weiche, Punkt: Mitglied einer Redundanzgruppe, Raute: kritische oder wichtige Funktion, Stapel: eine Gruppe betroffener Elemente</translation>
    </message>
    <message>
        <source>There is no drawing to write.</source>
        <translation>Es gibt keine Zeichnung, die geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The drawing is too large for a PNG image; write it as SVG.</source>
        <translation>Die Zeichnung ist für ein PNG-Bild zu groß; schreiben Sie sie als SVG.</translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The PNG image could not be encoded.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
</context>
<context>
    <name>PdfRenderer</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF writer could not start.</source>
        <translation>Die PDF-Ausgabe konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The PDF writer could not finish.</source>
        <translation>Die PDF-Ausgabe konnte nicht abgeschlossen werden.</translation>
    </message>
</context>
<context>
    <name>RegisterExtract</name>
    <message>
        <source>Alarm (above %1 of the critical functions)</source>
        <translation>Alarm (über %1 der kritischen Funktionen)</translation>
    </message>
    <message>
        <source>Warning (above %1 of the critical functions)</source>
        <translation>Warnung (über %1 der kritischen Funktionen)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerauszug</translation>
    </message>
    <message>
        <source>Elements, dependencies, providers, locations and their concentration</source>
        <translation>Elemente, Abhängigkeiten, Dienstleister, Standorte und ihre Konzentration</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Dependencies</source>
        <translation>Abhängigkeiten</translation>
    </message>
    <message>
        <source>Audit-trail head</source>
        <translation>Letzter Eintrag des Prüfpfads</translation>
    </message>
    <message>
        <source>entry %1, SHA-256 %2</source>
        <translation>Eintrag %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Every element and every dependency of the register, and how much of it rests on each provider, location and country. A provider, location or country that more than half of the critical or important functions depend on (directly or through other elements) is a concentration warning, above three quarters an alarm.</source>
        <translation>Alle Elemente und alle Abhängigkeiten des Registers und wie viel davon auf jedem Dienstleister, Standort und Land beruht. Ein Dienstleister, Standort oder Land, von dem mehr als die Hälfte der kritischen oder wichtigen Funktionen abhängt (direkt oder über andere Elemente), ist eine Konzentrationswarnung, über drei Viertel ein Alarm.</translation>
    </message>
    <message>
        <source>Critical or important functions</source>
        <translation>Kritische oder wichtige Funktionen</translation>
    </message>
    <message>
        <source>Third-party ICT services</source>
        <translation>IKT-Dienstleistungen Dritter</translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index, providers by ICT services</source>
        <translation>Herfindahl-Hirschman-Index, Dienstleister nach IKT-Dienstleistungen</translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index, providers by critical functions</source>
        <translation>Herfindahl-Hirschman-Index, Dienstleister nach kritischen Funktionen</translation>
    </message>
    <message>
        <source>Herfindahl-Hirschman index, countries by critical functions</source>
        <translation>Herfindahl-Hirschman-Index, Länder nach kritischen Funktionen</translation>
    </message>
    <message>
        <source>A Herfindahl-Hirschman index runs from 0 to 10,000; above 2,500 is highly concentrated.</source>
        <translation>Ein Herfindahl-Hirschman-Index reicht von 0 bis 10.000; über 2.500 gilt als hoch konzentriert.</translation>
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
        <source>Key</source>
        <translation>Schlüssel</translation>
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
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Max. tolerable downtime</source>
        <translation>Max. tolerierbare Ausfallzeit</translation>
    </message>
    <message>
        <source>Max. tolerable data loss</source>
        <translation>Max. tolerierbarer Datenverlust</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Providers it needs</source>
        <translation>Benötigte Dienstleister</translation>
    </message>
    <message>
        <source>Locations it needs</source>
        <translation>Benötigte Standorte</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>Substitutability</source>
        <translation>Ersetzbarkeit</translation>
    </message>
    <message>
        <source>Exit plan</source>
        <translation>Exit-Plan</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>%1 elements in key order. Times are as recorded; an empty cell is not recorded.</source>
        <translation>%1 Elemente, nach Schlüssel geordnet. Zeiten wie erfasst; eine leere Zelle bedeutet: nicht erfasst.</translation>
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
        <source>Redundancy group</source>
        <translation>Redundanzgruppe</translation>
    </message>
    <message>
        <source>%1 dependencies: an element needs another. A hard dependency stops the element when what it needs is down; a soft one degrades it. Members of a redundancy group stand in for each other.</source>
        <translation>%1 Abhängigkeiten: Ein Element benötigt ein anderes. Eine harte Abhängigkeit lässt das Element ausfallen, wenn das Benötigte ausgefallen ist; eine weiche beeinträchtigt es. Mitglieder einer Redundanzgruppe vertreten einander.</translation>
    </message>
    <message>
        <source>Critical functions</source>
        <translation>Kritische Funktionen</translation>
    </message>
    <message>
        <source>Share of critical functions</source>
        <translation>Anteil kritischer Funktionen</translation>
    </message>
    <message>
        <source>ICT services</source>
        <translation>IKT-Dienstleistungen</translation>
    </message>
    <message>
        <source>Share of ICT services</source>
        <translation>Anteil IKT-Dienstleistungen</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Every provider, with the critical or important functions and the third-party ICT services that depend on it, directly or through other elements.</source>
        <translation>Alle Dienstleister mit den kritischen oder wichtigen Funktionen und den IKT-Dienstleistungen Dritter, die direkt oder über andere Elemente von ihnen abhängen.</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Every location, with what depends on it, directly or through other elements.</source>
        <translation>Alle Standorte mit dem, was direkt oder über andere Elemente von ihnen abhängt.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Every country recorded on an element (a provider, a location, a facility, ...), with what depends on the elements it covers.</source>
        <translation>Alle Länder, die bei einem Element erfasst sind (einem Dienstleister, einem Standort, einer Betriebsstätte, …), mit dem, was von den Elementen abhängt, die sie umfassen.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Resilience audit report</source>
        <translation>Resilienz-Prüfbericht</translation>
    </message>
    <message>
        <source>Scenario report</source>
        <translation>Szenariobericht</translation>
    </message>
    <message>
        <source>Register extract</source>
        <translation>Registerauszug</translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Unknown report kind.</source>
        <translation>Unbekannte Berichtsart.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Unbekanntes Berichtsformat.</translation>
    </message>
</context>
<context>
    <name>ResilienceTables</name>
    <message>
        <source>The analysis was canceled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The first %L1 of %L2 rows, %3.</source>
        <translation>Die ersten %L1 von %L2 Zeilen, %3.</translation>
    </message>
    <message>
        <source>Critical functions: SPOFs and the worst saved scenario</source>
        <translation>Kritische Funktionen: SPOFs und das schlechteste gespeicherte Szenario</translation>
    </message>
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
        <translation>Schlechtestes Szenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Recovery / MTD</source>
        <translation>Ausfalldauer / MTD</translation>
    </message>
    <message>
        <source>Data loss / MTDL</source>
        <translation>Datenverlust / MTDL</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>none affects it</source>
        <translation>von keinem betroffen</translation>
    </message>
    <message>
        <source>- / %1</source>
        <translation>- / %1</translation>
    </message>
    <message>
        <source>in key order</source>
        <translation>nach Schlüssel geordnet</translation>
    </message>
    <message>
        <source>Single points of failure: elements that alone stop critical or important functions</source>
        <translation>Single Points of Failure: Elemente, die allein kritische oder wichtige Funktionen ausfallen lassen</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Stops</source>
        <translation>Lässt ausfallen</translation>
    </message>
    <message>
        <source>those that stop the most critical functions first</source>
        <translation>absteigend nach der Zahl kritischer Funktionen, die sie ausfallen lassen</translation>
    </message>
    <message>
        <source>Providers: the critical functions and third-party ICT services that depend on each</source>
        <translation>Dienstleister: die kritischen Funktionen und IKT-Dienstleistungen Dritter, die von ihnen abhängen</translation>
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
        <source>the largest share of critical functions first</source>
        <translation>absteigend nach dem Anteil kritischer Funktionen</translation>
    </message>
    <message>
        <source>Locations: where the critical functions run</source>
        <translation>Standorte: wo die kritischen Funktionen betrieben werden</translation>
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
        <source>Saved failure scenarios: their effect on the critical or important functions</source>
        <translation>Gespeicherte Ausfallszenarien: ihre Auswirkung auf die kritischen oder wichtigen Funktionen</translation>
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
        <source>no longer matches the register</source>
        <translation>stimmt nicht mehr mit dem Register überein</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>nach Name</translation>
    </message>
    <message>
        <source>Cycles: elements that depend on each other, so none of them can be recovered first</source>
        <translation>Zyklen: Elemente, die voneinander abhängen, sodass keines von ihnen zuerst wiederhergestellt werden kann</translation>
    </message>
    <message>
        <source>Elements that depend on each other</source>
        <translation>Voneinander abhängige Elemente</translation>
    </message>
    <message>
        <source>as found</source>
        <translation>in der gefundenen Reihenfolge</translation>
    </message>
    <message>
        <source>Single points of failure</source>
        <translation>Single Points of Failure</translation>
    </message>
    <message>
        <source>With at least one</source>
        <translation>Mit mindestens einem</translation>
    </message>
    <message>
        <source>Without</source>
        <translation>Ohne</translation>
    </message>
    <message>
        <source>No critical or important function is recorded.</source>
        <translation>Es ist keine kritische oder wichtige Funktion erfasst.</translation>
    </message>
    <message>
        <source>Worst result in the saved scenarios</source>
        <translation>Schlechtestes Ergebnis in den gespeicherten Szenarien</translation>
    </message>
    <message>
        <source>No saved scenario: nothing is known about tolerance yet.</source>
        <translation>Kein gespeichertes Szenario: Über die Toleranz ist noch nichts bekannt.</translation>
    </message>
    <message>
        <source>HHI %1 (providers by critical functions)</source>
        <translation>HHI %1 (Dienstleister nach kritischen Funktionen)</translation>
    </message>
    <message>
        <source>warning %1 %</source>
        <translation>Warnung %1 %</translation>
    </message>
    <message>
        <source>alarm %1 %</source>
        <translation>Alarm %1 %</translation>
    </message>
    <message>
        <source>No provider is recorded.</source>
        <translation>Es ist kein Dienstleister erfasst.</translation>
    </message>
    <message>
        <source>%1 %, alarm</source>
        <translation>%1 %, Alarm</translation>
    </message>
    <message>
        <source>%1 %, warning</source>
        <translation>%1 %, Warnung</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 critical functions depend on it (%5 %)</source>
        <translation>%1 (%2): %3 von %4 kritischen Funktionen hängen von ihm ab (%5 %)</translation>
    </message>
    <message>
        <source>Double failures: pairs of elements that together stop a critical function</source>
        <translation>Doppelausfälle: Elementpaare, die gemeinsam eine kritische Funktion zum Ausfall bringen</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>For example</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>%1 + %2</source>
        <translation>%1 + %2</translation>
    </message>
    <message>
        <source>the most pairs first</source>
        <translation>die meisten Paare zuerst</translation>
    </message>
    <message>
        <source>Redundancy that is not: groups one element outside them breaks alone</source>
        <translation>Scheinredundanz: Gruppen, die ein einzelnes Element außerhalb allein versagen lässt</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Needed / members</source>
        <translation>Benötigt / Mitglieder</translation>
    </message>
    <message>
        <source>Nearest common causes</source>
        <translation>Nächste gemeinsame Ursachen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>by element and group</source>
        <translation>nach Element und Gruppe</translation>
    </message>
    <message>
        <source>RTO budget: elements whose recovery time objective is longer than the tolerance they must meet</source>
        <translation>RTO-Budget: Elemente, deren Wiederherstellungszeit (RTO) länger ist als die Toleranz, die sie einhalten müssen</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>Unterdeckung</translation>
    </message>
    <message>
        <source>the largest shortfall first</source>
        <translation>die größte Unterdeckung zuerst</translation>
    </message>
</context>
<context>
    <name>Roi</name>
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
        <source>Blocking: the supervisor&apos;s reception rejects the package</source>
        <translation>Blockierend: Die Eingangsprüfung der Aufsichtsbehörde weist das Paket zurück</translation>
    </message>
    <message>
        <source>Errors: the supervisor flags the data</source>
        <translation>Fehler: Die Aufsichtsbehörde beanstandet die Daten</translation>
    </message>
    <message>
        <source>Warnings: probably wrong, worth a look</source>
        <translation>Warnungen: wahrscheinlich fehlerhaft, einen Blick wert</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>the whole table</source>
        <translation>die ganze Tabelle</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>Consolidated (CON)</source>
        <translation>Konsolidierte Ebene (CON)</translation>
    </message>
    <message>
        <source>Individual (IND)</source>
        <translation>Einzelebene (IND)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
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
        <source>Rule</source>
        <translation>Prüfregel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where to fix it</source>
        <translation>Zu beheben in</translation>
    </message>
    <message>
        <source>Register of information: review</source>
        <translation>Informationsregister: Durchsicht</translation>
    </message>
    <message>
        <source>What will be filed, template by template, and what the checks found</source>
        <translation>Was eingereicht wird, Vorlage für Vorlage, und was die Prüfungen ergeben haben</translation>
    </message>
    <message>
        <source>LEI of the entity maintaining the register</source>
        <translation>LEI des Unternehmens, das das Register führt</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Konsolidierung</translation>
    </message>
    <message>
        <source>Reference date</source>
        <translation>Meldestichtag</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Table for spreadsheets</source>
        <translation>Tabelle für Tabellenkalkulation</translation>
    </message>
    <message>
        <source>None: the register passes every check.</source>
        <translation>Keine: Das Register besteht alle Prüfungen.</translation>
    </message>
    <message>
        <source>Each problem names its template, row and column and links to the row on the template&apos;s page. &quot;Where to fix it&quot; names the register&apos;s record the value comes from.</source>
        <translation>Jedes Problem nennt seine Vorlage, Zeile und Spalte und verweist auf die Zeile auf der Seite der Vorlage. „Zu beheben in“ nennt den Datensatz des Registers, aus dem der Wert stammt.</translation>
    </message>
    <message>
        <source>Tables for spreadsheets</source>
        <translation>Tabellen für Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Beside this page: %1 lists every problem, and one CSV file per template holds its rows (UTF-8, comma-separated). Their header row names each column by its code and label (&quot;c0010 Label&quot;); a column of a closed list shows its values in words and is followed by a column with the EBA codes that are filed. The first column, &quot;#&quot;, is the row&apos;s number as the problems name it.</source>
        <translation>Neben dieser Seite: %1 listet alle Probleme auf, und je Vorlage enthält eine CSV-Datei ihre Zeilen (UTF-8, durch Kommas getrennt). Ihre Kopfzeile benennt jede Spalte mit Code und Bezeichnung („c0010 Bezeichnung“); eine Spalte mit einer geschlossenen Werteliste zeigt ihre Werte in Worten, gefolgt von einer Spalte mit den EBA-Codes, die eingereicht werden. Die erste Spalte, „#“, ist die Nummer der Zeile, wie die Probleme sie nennen.</translation>
    </message>
    <message>
        <source>All templates and problems</source>
        <translation>Alle Vorlagen und Probleme</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Problems in this template</source>
        <translation>Probleme in dieser Vorlage</translation>
    </message>
    <message>
        <source>This template has no rows.</source>
        <translation>Diese Vorlage hat keine Zeilen.</translation>
    </message>
    <message>
        <source>Row key</source>
        <translation>Zeilenschlüssel</translation>
    </message>
    <message>
        <source>Column label</source>
        <translation>Spaltenbezeichnung</translation>
    </message>
    <message>
        <source>Record table</source>
        <translation>Datensatztabelle</translation>
    </message>
    <message>
        <source>Record key</source>
        <translation>Datensatzschlüssel</translation>
    </message>
    <message>
        <source>%1 (EBA code)</source>
        <translation>%1 (EBA-Code)</translation>
    </message>
    <message>
        <source>The review was canceled.</source>
        <translation>Die Durchsicht wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ScenarioReport</name>
    <message>
        <source>The first %1 of %2 rows, %3; &apos;bulwark scenario run&apos; lists them all.</source>
        <translation>Die ersten %1 von %2 Zeilen, %3; &apos;bulwark scenario run&apos; listet alle auf.</translation>
    </message>
    <message>
        <source>every element in region %1</source>
        <translation>alle Elemente in der Region %1</translation>
    </message>
    <message>
        <source>every element in country %1</source>
        <translation>alle Elemente im Land %1</translation>
    </message>
    <message>
        <source>every element tagged %1</source>
        <translation>alle Elemente mit dem Tag %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The map of the blast radius could not be laid out: %1</source>
        <translation>Die Karte des Auswirkungsradius konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Blast radius of scenario %1</source>
        <translation>Auswirkungsradius des Szenarios %1</translation>
    </message>
    <message>
        <source>%1 down, %2 degraded. An arrow points from an element to what it needs.</source>
        <translation>%1 ausgefallen, %2 beeinträchtigt. Ein Pfeil zeigt von einem Element auf das, was es benötigt.</translation>
    </message>
    <message>
        <source>Map of the blast radius of %1: every one of the %2 affected elements and every dependency between them.</source>
        <translation>Karte des Auswirkungsradius von %1: alle %2 betroffenen Elemente und alle Abhängigkeiten zwischen ihnen.</translation>
    </message>
    <message>
        <source>Map of the blast radius of %1, limited to %2 boxes so that it reads on A4: the failed elements, the dependency chains from the failure to the worst-hit critical or important functions (%3), and the other %4 of the %5 affected elements counted %6. Left out: the single elements inside the groups and the dependencies among them; the tables above list every one.</source>
        <translation>Karte des Auswirkungsradius von %1, auf %2 Kästen begrenzt, damit sie auf A4 lesbar bleibt: die direkt ausgefallenen Elemente, die Abhängigkeitsketten vom Ausfall zu den am stärksten getroffenen kritischen oder wichtigen Funktionen (%3) und die übrigen %4 der %5 betroffenen Elemente, gezählt %6. Ausgelassen: die einzelnen Elemente innerhalb der Gruppen und die Abhängigkeiten zwischen ihnen; die Tabellen oben führen jedes einzelne auf.</translation>
    </message>
    <message>
        <source>none fitted beside the groups</source>
        <translation>keine passte neben die Gruppen</translation>
    </message>
    <message>
        <source>by state (groups: %1), as groups by kind left no room for a chain</source>
        <translation>nach Zustand (Gruppen: %1), da Gruppen nach Art keinen Platz für eine Kette ließen</translation>
    </message>
    <message>
        <source>by kind and state (groups: %1)</source>
        <translation>nach Art und Zustand (Gruppen: %1)</translation>
    </message>
    <message>
        <source>Boxes: %1; arrows: %2; failed elements: %3.</source>
        <translation>Kästen: %1; Pfeile: %2; direkt ausgefallene Elemente: %3.</translation>
    </message>
    <message>
        <source>No critical or important function is affected.</source>
        <translation>Keine kritische oder wichtige Funktion ist betroffen.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Critical or important functions affected: %1, of them %2.</source>
        <translation>Betroffene kritische oder wichtige Funktionen: %1, davon %2.</translation>
    </message>
    <message>
        <source>Standard functions affected: %1.</source>
        <translation>Betroffene Standardfunktionen: %1.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>What fails</source>
        <translation>Was ausfällt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no longer matches the register</source>
        <translation>stimmt nicht mehr mit dem Register überein</translation>
    </message>
    <message>
        <source>This saved scenario no longer matches the register, so it cannot be run: %1 It is reported here as saved. Change it with &apos;bulwark scenario save %2 --replace&apos; or remove it with &apos;bulwark scenario remove %2&apos;.</source>
        <translation>Dieses gespeicherte Szenario stimmt nicht mehr mit dem Register überein und kann daher nicht ausgeführt werden: %1 Es wird hier so aufgeführt, wie es gespeichert ist. Ändern Sie es mit &apos;bulwark scenario save %2 --replace&apos; oder entfernen Sie es mit &apos;bulwark scenario remove %2&apos;.</translation>
    </message>
    <message>
        <source>Failed elements</source>
        <translation>Direkt ausgefallene Elemente</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Blast radius</source>
        <translation>Auswirkungsradius</translation>
    </message>
    <message>
        <source>elements down: %1 (the failed ones included); degraded: %2</source>
        <translation>ausgefallene Elemente: %1 (einschließlich der direkt ausgefallenen); beeinträchtigt: %2</translation>
    </message>
    <message>
        <source>Functions affected</source>
        <translation>Betroffene Funktionen</translation>
    </message>
    <message>
        <source>%1, of them %2 critical or important</source>
        <translation>%1, davon %2 kritisch oder wichtig</translation>
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
        <source>Worst verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>No critical or important function affected</source>
        <translation>Keine kritische oder wichtige Funktion betroffen</translation>
    </message>
    <message>
        <source>%1: affected functions</source>
        <translation>%1: betroffene Funktionen</translation>
    </message>
    <message>
        <source>Each affected business function&apos;s recovery estimate (when it is back, from the recovery times recorded along its dependencies) against its impact tolerance (maximum tolerable downtime), and its data loss against its maximum tolerable data loss. The verdict takes the worse of the two; unknown means a time or a tolerance is not recorded, so it may be beyond tolerance. The worst first.</source>
        <translation>Die geschätzte Wiederherstellung jeder betroffenen Geschäftsfunktion (wann sie wieder verfügbar ist, berechnet aus den entlang ihrer Abhängigkeiten erfassten Wiederherstellungszeiten), gemessen an ihrer Auswirkungstoleranz (maximal tolerierbare Ausfallzeit), und ihr Datenverlust, gemessen am maximal tolerierbaren Datenverlust. Das Urteil richtet sich nach dem schlechteren der beiden Werte; unbekannt bedeutet, dass eine Zeit oder eine Toleranz nicht erfasst ist, sodass sie außerhalb der Toleranz liegen kann. Die schlechtesten zuerst.</translation>
    </message>
    <message>
        <source>the worst first</source>
        <translation>die schlechtesten zuerst</translation>
    </message>
    <message>
        <source>No business function is affected.</source>
        <translation>Keine Geschäftsfunktion ist betroffen.</translation>
    </message>
    <message>
        <source>%1: blast radius</source>
        <translation>%1: Auswirkungsradius</translation>
    </message>
    <message>
        <source>Elements down or degraded</source>
        <translation>Ausgefallene oder beeinträchtigte Elemente</translation>
    </message>
    <message>
        <source>down before degraded, then by key</source>
        <translation>ausgefallene vor beeinträchtigten, dann nach Schlüssel</translation>
    </message>
    <message>
        <source>%1: what to fix first</source>
        <translation>%1: was zuerst zu beheben ist</translation>
    </message>
    <message>
        <source>The single points of failure in this blast radius: elements this scenario takes down or degrades that alone stop critical or important functions, those that stop the most first (the register&apos;s ranking, as on the Impact page&apos;s &apos;What to fix first&apos;).</source>
        <translation>Die Single Points of Failure in diesem Auswirkungsradius: Elemente, die dieses Szenario ausfallen lässt oder beeinträchtigt und die allein kritische oder wichtige Funktionen ausfallen lassen, absteigend nach der Zahl dieser Funktionen (die Rangfolge des Registers, wie unter „Was zuerst zu beheben ist“ auf der Seite „Auswirkung“).</translation>
    </message>
    <message>
        <source>those that stop the most critical functions first</source>
        <translation>absteigend nach der Zahl kritischer Funktionen, die sie ausfallen lassen</translation>
    </message>
    <message>
        <source>No element in this blast radius is a single point of failure of a critical or important function.</source>
        <translation>Kein Element in diesem Auswirkungsradius ist ein Single Point of Failure einer kritischen oder wichtigen Funktion.</translation>
    </message>
    <message>
        <source>%1: map</source>
        <translation>%1: Karte</translation>
    </message>
    <message>
        <source>The register holds no saved scenario. Save one with &apos;bulwark scenario save NAME --fail KEY --description TEXT&apos; (or --region, --country, --tag) and report again.</source>
        <translation>Das Register enthält kein gespeichertes Szenario. Speichern Sie eines mit &apos;bulwark scenario save NAME --fail KEY --description TEXT&apos; (oder --region, --country, --tag) und erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <source>There is no saved scenario %1. The saved ones are: %2.</source>
        <translation>Es gibt kein gespeichertes Szenario %1. Gespeichert sind: %2.</translation>
    </message>
    <message>
        <source>There are no saved scenarios %1. The saved ones are: %2.</source>
        <translation>Es gibt keine gespeicherten Szenarien %1. Gespeichert sind: %2.</translation>
    </message>
    <message>
        <source>The report was canceled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Scenario report</source>
        <translation>Szenariobericht</translation>
    </message>
    <message>
        <source>%1 saved failure scenarios</source>
        <translation>%1 gespeicherte Ausfallszenarien</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>%1: %2 elements, %3 dependencies</source>
        <translation>%1: %2 Elemente, %3 Abhängigkeiten</translation>
    </message>
    <message>
        <source>Audit-trail head</source>
        <translation>Letzter Eintrag des Prüfpfads</translation>
    </message>
    <message>
        <source>entry %1, SHA-256 %2</source>
        <translation>Eintrag %1, SHA-256 %2</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Saved failure scenarios in this report: %1. Each is run against the register as it stands at audit-trail entry %2: the scenario&apos;s elements fail, the failure travels along the recorded dependencies (hard ones stop what needs them, redundancy groups hold while enough members stay up), and every affected business function&apos;s recovery estimate and data loss are judged against its impact tolerance.</source>
        <translation>Gespeicherte Ausfallszenarien in diesem Bericht: %1. Jedes wird gegen das Register nach dem Stand von Prüfpfad-Eintrag %2 ausgeführt: Die Elemente des Szenarios fallen aus, der Ausfall breitet sich entlang der erfassten Abhängigkeiten aus (harte Abhängigkeiten lassen die abhängigen Elemente ausfallen, Redundanzgruppen halten, solange genügend Mitglieder verfügbar bleiben), und die geschätzte Wiederherstellung und der Datenverlust jeder betroffenen Geschäftsfunktion werden an ihrer Auswirkungstoleranz gemessen.</translation>
    </message>
    <message>
        <source>Scenarios at a glance</source>
        <translation>Szenarien im Überblick</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Elements down</source>
        <translation>Ausfälle</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeintr.</translation>
    </message>
    <message>
        <source>Critical functions affected</source>
        <translation>Betroffene kritische Funktionen</translation>
    </message>
    <message>
        <source>No longer matches the register</source>
        <translation>Stimmt nicht mehr mit dem Register überein</translation>
    </message>
    <message>
        <source>None affected</source>
        <translation>Keine betroffen</translation>
    </message>
    <message>
        <source>Appendix: method</source>
        <translation>Anhang: Methode</translation>
    </message>
    <message>
        <source>Verdicts: beyond tolerance when a recovery estimate or data loss is known to exceed the function&apos;s impact tolerance; unknown when a recovery time, recovery point or tolerance is not recorded; within, little margin when it uses more than half of the tolerance; within tolerance otherwise. The worst verdict of a scenario is the worst among the critical or important functions it affects.</source>
        <translation>Urteile: außerhalb der Toleranz, wenn bekannt ist, dass eine geschätzte Wiederherstellung oder ein Datenverlust die Auswirkungstoleranz der Funktion überschreitet; unbekannt, wenn eine Wiederherstellungszeit, ein Wiederherstellungspunkt oder eine Toleranz nicht erfasst ist; innerhalb mit knapper Reserve, wenn mehr als die Hälfte der Toleranz ausgeschöpft wird; andernfalls innerhalb der Toleranz. Das Urteil eines Szenarios ist das schlechteste unter den kritischen oder wichtigen Funktionen, die es betrifft.</translation>
    </message>
    <message>
        <source>What to fix first: every element that alone stops at least one critical or important function (a single point of failure), those that stop the most first, ties in key order; per scenario, those in its blast radius.</source>
        <translation>Was zuerst zu beheben ist: jedes Element, das allein mindestens eine kritische oder wichtige Funktion ausfallen lässt (ein Single Point of Failure), absteigend nach der Zahl dieser Funktionen, bei Gleichstand nach Schlüssel; je Szenario diejenigen in seinem Auswirkungsradius.</translation>
    </message>
    <message>
        <source>Maps: at most %1 boxes each. When a blast radius is larger, the map shows the failed elements, the shortest dependency chains from the failure to the %2 worst-hit critical or important functions, and counts the other affected elements in groups by kind and state.</source>
        <translation>Karten: jeweils höchstens %1 Kästen. Ist ein Auswirkungsradius größer, zeigt die Karte die direkt ausgefallenen Elemente, die kürzesten Abhängigkeitsketten vom Ausfall zu den %2 am stärksten getroffenen kritischen oder wichtigen Funktionen und zählt die übrigen betroffenen Elemente in Gruppen nach Art und Zustand.</translation>
    </message>
    <message>
        <source>Produced with</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <source>Bulwark %1</source>
        <translation>Bulwark %1</translation>
    </message>
</context>
<context>
    <name>SplitChartPainter</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
</TS>
