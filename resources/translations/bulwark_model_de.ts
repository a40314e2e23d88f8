<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Assessment</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation>Verbessert</translation>
    </message>
    <message>
        <source>Worsened</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Punktzahl</translation>
    </message>
    <message>
        <source>overall score %1 -&gt; %2</source>
        <translation>Gesamtpunktzahl %1 -&gt; %2</translation>
    </message>
    <message>
        <source>same overall score; %1 requirement(s) better, %2 worse</source>
        <translation>gleiche Gesamtpunktzahl; %1 Anforderung(en) besser, %2 schlechter</translation>
    </message>
    <message>
        <source>same score and requirements; %1 new finding(s), %2 no longer seen</source>
        <translation>gleiche Punktzahl und Anforderungen; %1 neue Feststellung(en), %2 nicht mehr festgestellt</translation>
    </message>
    <message>
        <source>same overall score; requirements and findings balance out</source>
        <translation>gleiche Gesamtpunktzahl; Anforderungen und Feststellungen gleichen sich aus</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not yet effective</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>must be a SHA-256 in 64 lower-case hex digits, got &apos;%1&apos;</source>
        <translation>muss ein SHA-256-Wert aus 64 Hexadezimalziffern in Kleinschreibung sein, ist aber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>is required for evidence with a file</source>
        <translation>ist für einen Nachweis mit Datei erforderlich</translation>
    </message>
    <message>
        <source>must be a file name without a folder, got &apos;%1&apos;</source>
        <translation>muss ein Dateiname ohne Ordner sein, ist aber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be between 1 and %1 bytes, got %2</source>
        <translation>muss zwischen 1 und %1 Bytes liegen, ist aber %2</translation>
    </message>
    <message>
        <source>evidence without a SHA-256 is a link and has no file name, media type or size</source>
        <translation>ein Nachweis ohne SHA-256 ist ein Verweis und hat weder Dateinamen noch Medientyp noch Größe</translation>
    </message>
    <message>
        <source>evidence without a file must name at least one element it links to</source>
        <translation>ein Nachweis ohne Datei muss mindestens ein Element nennen, auf das er verweist</translation>
    </message>
    <message>
        <source>must not be before the effective date (%1), got %2</source>
        <translation>darf nicht vor dem Gültigkeitsbeginn (%1) liegen, ist aber %2</translation>
    </message>
    <message>
        <source>requirement ids must not be empty or padded with spaces</source>
        <translation>Anforderungs-IDs dürfen weder leer noch von Leerzeichen umgeben sein</translation>
    </message>
    <message>
        <source>an evidence file needs its original file name</source>
        <translation>eine Nachweisdatei braucht ihren ursprünglichen Dateinamen</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to keep as evidence</source>
        <translation>%1 ist leer: Es gibt nichts, was als Nachweis aufbewahrt werden könnte</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; evidence files may have at most %3 bytes (50 MiB)</source>
        <translation>%1 hat %2 Bytes; Nachweisdateien dürfen höchstens %3 Bytes (50 MiB) groß sein</translation>
    </message>
    <message>
        <source>checking stored evidence</source>
        <translation>Prüfen gespeicherter Nachweise</translation>
    </message>
    <message>
        <source>evidence %1 (%2): its stored content (SHA-256 %3) is missing</source>
        <translation>Nachweis %1 (%2): Sein gespeicherter Inhalt (SHA-256 %3) fehlt</translation>
    </message>
    <message>
        <source>evidence %1 (%2): the stored bytes no longer match their SHA-256 %3 (altered outside Bulwark)</source>
        <translation>Nachweis %1 (%2): Die gespeicherten Bytes passen nicht mehr zu ihrem SHA-256 %3 (außerhalb von Bulwark verändert)</translation>
    </message>
    <message>
        <source>evidence %1 (%2): the record says %3 bytes, the stored content has %4</source>
        <translation>Nachweis %1 (%2): Der Eintrag nennt %3 Bytes, der gespeicherte Inhalt hat %4</translation>
    </message>
    <message>
        <source>stored content %1: its bytes no longer match their SHA-256 (altered outside Bulwark)</source>
        <translation>gespeicherter Inhalt %1: Seine Bytes passen nicht mehr zu ihrem SHA-256 (außerhalb von Bulwark verändert)</translation>
    </message>
    <message>
        <source>Vulnerability assessment or scan</source>
        <translation>Schwachstellenbewertung oder -scan</translation>
    </message>
    <message>
        <source>Open-source analysis</source>
        <translation>Open-Source-Analyse</translation>
    </message>
    <message>
        <source>Network security assessment</source>
        <translation>Bewertung der Netzwerksicherheit</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Lückenanalyse</translation>
    </message>
    <message>
        <source>Physical security review</source>
        <translation>Überprüfung der physischen Sicherheit</translation>
    </message>
    <message>
        <source>Questionnaire or scanning software</source>
        <translation>Fragebogen oder Scanning-Software</translation>
    </message>
    <message>
        <source>Source code review</source>
        <translation>Quellcodeprüfung</translation>
    </message>
    <message>
        <source>Scenario-based test</source>
        <translation>Szenariobasierter Test</translation>
    </message>
    <message>
        <source>Compatibility test</source>
        <translation>Kompatibilitätstest</translation>
    </message>
    <message>
        <source>Performance test</source>
        <translation>Leistungstest</translation>
    </message>
    <message>
        <source>End-to-end test</source>
        <translation>End-to-End-Test</translation>
    </message>
    <message>
        <source>Penetration test</source>
        <translation>Penetrationstest</translation>
    </message>
    <message>
        <source>Threat-led penetration test (TLPT)</source>
        <translation>Bedrohungsorientierter Penetrationstest (TLPT)</translation>
    </message>
    <message>
        <source>Business continuity or recovery plan test</source>
        <translation>Test des Geschäftsfortführungs- oder Wiederherstellungsplans</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Passed with findings</source>
        <translation>Bestanden mit Feststellungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Extern</translation>
    </message>
    <message>
        <source>must not be before the acceptance date</source>
        <translation>darf nicht vor dem Datum der Akzeptanz liegen</translation>
    </message>
    <message>
        <source>a finding needs a key</source>
        <translation>eine Feststellung braucht einen Schlüssel</translation>
    </message>
    <message>
        <source>a finding needs a message</source>
        <translation>eine Feststellung braucht eine Meldung</translation>
    </message>
    <message>
        <source>there is already a finding &apos;%1&apos;</source>
        <translation>es gibt bereits eine Feststellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a finding&apos;s risk is accepted with a reason, an approver and a review date (finding accept), not by setting its status</source>
        <translation>das Risiko einer Feststellung wird mit Begründung, genehmigender Person und Überprüfungsdatum akzeptiert (finding accept), nicht durch Setzen ihres Status</translation>
    </message>
    <message>
        <source>there is no finding &apos;%1&apos;</source>
        <translation>es gibt keine Feststellung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a risk acceptance needs a reason</source>
        <translation>eine Risikoakzeptanz braucht eine Begründung</translation>
    </message>
    <message>
        <source>a risk acceptance needs the person who approved it</source>
        <translation>eine Risikoakzeptanz braucht die Person, die sie genehmigt hat</translation>
    </message>
    <message>
        <source>the review date must be after the day of acceptance</source>
        <translation>das Überprüfungsdatum muss nach dem Tag der Akzeptanz liegen</translation>
    </message>
    <message>
        <source>finding &apos;%1&apos; is closed: there is no risk left to accept</source>
        <translation>Feststellung &apos;%1&apos; ist geschlossen: Es bleibt kein Risiko zu akzeptieren</translation>
    </message>
    <message>
        <source>assessment &apos;%1&apos; has no result for requirement &apos;%2&apos;</source>
        <translation>Bewertung &apos;%1&apos; hat kein Ergebnis für Anforderung &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>Teilweise erfüllt</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>The assessment run was canceled.</source>
        <translation>Die Bewertung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Requirement &apos;%1&apos; names the check &apos;%2&apos;, which is unknown.</source>
        <translation>Anforderung &apos;%1&apos; nennt die Prüfung &apos;%2&apos;, die unbekannt ist.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In remediation</source>
        <translation>In Behebung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Risk accepted</source>
        <translation>Risiko akzeptiert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>must not be before the period&apos;s start</source>
        <translation>darf nicht vor dem Beginn des Zeitraums liegen</translation>
    </message>
    <message>
        <source>must be &apos;%1&apos;</source>
        <translation>muss &apos;%1&apos; sein</translation>
    </message>
    <message>
        <source>Assessment &apos;%1&apos; is %2, not a draft.</source>
        <translation>Bewertung &apos;%1&apos; hat den Status %2 und ist kein Entwurf.</translation>
    </message>
    <message>
        <source>Assessment &apos;%1&apos; is %2; only a submitted one can be approved.</source>
        <translation>Bewertung &apos;%1&apos; hat den Status %2; nur eine eingereichte Bewertung kann genehmigt werden.</translation>
    </message>
    <message>
        <source>assessment &apos;%1&apos; was approved by %2 on %3 and is frozen: it and its results cannot be changed or removed. Start a new assessment instead.</source>
        <translation>Bewertung &apos;%1&apos; wurde von %2 am %3 genehmigt und ist eingefroren: Sie und ihre Ergebnisse können weder geändert noch entfernt werden. Beginnen Sie stattdessen eine neue Bewertung.</translation>
    </message>
    <message>
        <source>assessment &apos;%1&apos; arrives %2 without a whole four-eyes sign-off (submitter, approver, dates and fingerprints)</source>
        <translation>Bewertung &apos;%1&apos; kommt mit Status %2, aber ohne vollständige Vier-Augen-Freigabe (Einreichende(r), Genehmigende(r), Datumsangaben und Fingerabdrücke)</translation>
    </message>
    <message>
        <source>an assessment is submitted by the account that submits it (%1), not &apos;%2&apos;</source>
        <translation>eine Bewertung wird von dem Konto eingereicht, das sie einreicht (%1), nicht von &apos;%2&apos;</translation>
    </message>
    <message>
        <source>assessment &apos;%1&apos; must be submitted before it is approved</source>
        <translation>Bewertung &apos;%1&apos; muss eingereicht sein, bevor sie genehmigt wird</translation>
    </message>
    <message>
        <source>an assessment is approved by the account that approves it (%1), not &apos;%2&apos;</source>
        <translation>eine Bewertung wird von dem Konto genehmigt, das sie genehmigt (%1), nicht von &apos;%2&apos;</translation>
    </message>
    <message>
        <source>four eyes: %1 submitted assessment &apos;%2&apos;, so a different person must approve it</source>
        <translation>Vier-Augen-Prinzip: %1 hat Bewertung &apos;%2&apos; eingereicht, also muss eine andere Person sie genehmigen</translation>
    </message>
    <message>
        <source>an approval records its date and the fingerprints of the register and of the results</source>
        <translation>eine Genehmigung hält ihr Datum und die Fingerabdrücke des Registers und der Ergebnisse fest</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (claims %2)</source>
        <translation>%1 (gibt an, %2 zu sein)</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>Lesen des Prüfpfads</translation>
    </message>
    <message>
        <source>The register&apos;s record of how its audit entries are hashed was removed or altered outside Bulwark. Nothing was written. Run &apos;bulwark verify&apos; and restore the register from a backup.</source>
        <translation>Der Vermerk des Registers, wie seine Prüfpfad-Einträge gehasht werden, wurde außerhalb von Bulwark entfernt oder verändert. Es wurde nichts geschrieben. Führen Sie &apos;bulwark verify&apos; aus und stellen Sie das Register aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation>Schreiben des Prüfpfads</translation>
    </message>
    <message>
        <source>Reading the audit trail was stopped.</source>
        <translation>Das Lesen des Prüfpfads wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The register&apos;s record of how its audit entries are hashed (audit_full_hash_from) was removed or altered outside Bulwark.</source>
        <translation>Der Vermerk des Registers, wie seine Prüfpfad-Einträge gehasht werden (audit_full_hash_from), wurde außerhalb von Bulwark entfernt oder verändert.</translation>
    </message>
    <message>
        <source>Entry %1 is missing: it was removed outside Bulwark (the next entry is %2).</source>
        <translation>Eintrag %1 fehlt: Er wurde außerhalb von Bulwark entfernt (der nächste Eintrag ist %2).</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were removed outside Bulwark.</source>
        <translation>Die Einträge %1 bis %2 fehlen: Sie wurden außerhalb von Bulwark entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 is out of order.</source>
        <translation>Eintrag %1 steht nicht in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow the entry before it: an entry was removed, inserted or altered outside Bulwark.</source>
        <translation>Eintrag %1 schließt nicht an den vorherigen Eintrag an: Ein Eintrag wurde außerhalb von Bulwark entfernt, eingefügt oder verändert.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3 %4 at %5) was altered outside Bulwark.</source>
        <translation>Eintrag %1 (%2 %3 %4 am %5) wurde außerhalb von Bulwark verändert.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3 %4) claims a user name that entries of its time could not record: it was altered outside Bulwark.</source>
        <translation>Eintrag %1 (%2 %3 %4) nennt einen Benutzernamen, den Einträge seiner Zeit nicht erfassen konnten: Er wurde außerhalb von Bulwark verändert.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3 %4) records a full name, a reason or an undone entry, which entries of its time could not record: it was altered outside Bulwark.</source>
        <translation>Eintrag %1 (%2 %3 %4) enthält einen vollständigen Namen, eine Begründung oder einen rückgängig gemachten Eintrag, die Einträge seiner Zeit nicht erfassen konnten: Er wurde außerhalb von Bulwark verändert.</translation>
    </message>
    <message>
        <source>Entry %1 (%2 %3 %4) names another element than its key (%5): it was altered outside Bulwark, which hides it from the history of %4.</source>
        <translation>Eintrag %1 (%2 %3 %4) nennt ein anderes Element als seinen Schlüssel (%5): Er wurde außerhalb von Bulwark verändert, wodurch er in der Historie von %4 nicht erscheint.</translation>
    </message>
    <message>
        <source>Verification was canceled.</source>
        <translation>Die Verifizierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The whole audit trail was removed outside Bulwark (the register recorded %1 entries).</source>
        <translation>Der gesamte Prüfpfad wurde außerhalb von Bulwark entfernt (das Register hatte %1 Einträge erfasst).</translation>
    </message>
    <message>
        <source>The register&apos;s record of where the trail ends was removed outside Bulwark.</source>
        <translation>Der Vermerk des Registers, wo der Prüfpfad endet, wurde außerhalb von Bulwark entfernt.</translation>
    </message>
    <message>
        <source>The newest entries of the trail were removed outside Bulwark (the trail ends at entry %1, the register recorded %2).</source>
        <translation>Die neuesten Einträge des Prüfpfads wurden außerhalb von Bulwark entfernt (der Prüfpfad endet bei Eintrag %1, das Register hatte %2 erfasst).</translation>
    </message>
    <message>
        <source>The last entry of the trail is not the one the register recorded: entries were removed or replaced outside Bulwark.</source>
        <translation>Der letzte Eintrag des Prüfpfads ist nicht der, den das Register erfasst hat: Einträge wurden außerhalb von Bulwark entfernt oder ersetzt.</translation>
    </message>
    <message>
        <source>%1 is in the register but not in the audit trail (added outside Bulwark)</source>
        <translation>%1 ist im Register, aber nicht im Prüfpfad (außerhalb von Bulwark hinzugefügt)</translation>
    </message>
    <message>
        <source>%1 differs from its last audited value (changed outside Bulwark)</source>
        <translation>%1 weicht von seinem zuletzt protokollierten Wert ab (außerhalb von Bulwark geändert)</translation>
    </message>
    <message>
        <source>%1 is in the audit trail but missing from the register (removed outside Bulwark)</source>
        <translation>%1 ist im Prüfpfad, fehlt aber im Register (außerhalb von Bulwark entfernt)</translation>
    </message>
</context>
<context>
    <name>Backstage</name>
    <message>
        <source>an entity needs an apiVersion</source>
        <translation>eine Entität benötigt eine apiVersion</translation>
    </message>
    <message>
        <source>an entity needs a kind</source>
        <translation>eine Entität benötigt eine kind-Angabe</translation>
    </message>
    <message>
        <source>an entity needs a metadata.name</source>
        <translation>eine Entität benötigt einen metadata.name</translation>
    </message>
    <message>
        <source>spec must be a mapping</source>
        <translation>spec muss ein Mapping sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (apiVersion %2) is not a Backstage entity; it is left out</source>
        <translation>&apos;%1&apos; (apiVersion %2) ist keine Backstage-Entität; sie wird ausgelassen</translation>
    </message>
    <message>
        <source>%1 entities left out: %2 (they are not elements of the register)</source>
        <translation>%1-Entitäten ausgelassen: %2 (sie sind keine Elemente des Registers)</translation>
    </message>
    <message>
        <source>the Location &apos;%1&apos; points to &apos;%2&apos;, which is not read with this file (import it on its own)</source>
        <translation>die Location &apos;%1&apos; verweist auf &apos;%2&apos;, das nicht mit dieser Datei gelesen wird (importieren Sie es separat)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a %2 entity, which is not an element; the dependency %3 -&gt; %4 is left out</source>
        <translation>&apos;%1&apos; ist eine %2-Entität und kein Element; die Abhängigkeit %3 -&gt; %4 wird ausgelassen</translation>
    </message>
    <message>
        <source>%1 names &apos;%2&apos;, which is not an API; it is read as a direct dependency</source>
        <translation>%1 nennt &apos;%2&apos;, das keine API ist; es wird als direkte Abhängigkeit gelesen</translation>
    </message>
    <message>
        <source>spec.%1: &apos;%2&apos; names no kind (Backstage needs one here); it is left out</source>
        <translation>spec.%1: &apos;%2&apos; nennt keine kind-Angabe (Backstage benötigt hier eine); es wird ausgelassen</translation>
    </message>
    <message>
        <source>spec.%1: not an entity reference; it is left out</source>
        <translation>spec.%1: keine Entitätsreferenz; sie wird ausgelassen</translation>
    </message>
    <message>
        <source>the file has more than %L1 MiB; it is refused</source>
        <translation>die Datei ist größer als %L1 MiB; sie wird abgelehnt</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
    <message>
        <source>item %1 of the list is not a Backstage entity (an object)</source>
        <translation>Eintrag %1 der Liste ist keine Backstage-Entität (ein Objekt)</translation>
    </message>
    <message>
        <source>document %1 is not a Backstage entity (a mapping)</source>
        <translation>Dokument %1 ist keine Backstage-Entität (ein Mapping)</translation>
    </message>
</context>
<context>
    <name>BlastMapText</name>
    <message>
        <source>%1 function</source>
        <translation>%1 Funktion</translation>
    </message>
    <message>
        <source>%1 functions</source>
        <translation>%1 Funktionen</translation>
    </message>
    <message>
        <source>%1 application</source>
        <translation>%1 Anwendung</translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation>%1 Anwendungen</translation>
    </message>
    <message>
        <source>%1 data store</source>
        <translation>%1 Datenspeicher</translation>
    </message>
    <message>
        <source>%1 data stores</source>
        <translation>%1 Datenspeicher</translation>
    </message>
    <message>
        <source>%1 infrastructure</source>
        <translation>%1 Infrastruktur</translation>
    </message>
    <message>
        <source>%1 network</source>
        <translation>%1 Netzwerk</translation>
    </message>
    <message>
        <source>%1 networks</source>
        <translation>%1 Netzwerke</translation>
    </message>
    <message>
        <source>%1 facility</source>
        <translation>%1 Betriebsstätte</translation>
    </message>
    <message>
        <source>%1 facilities</source>
        <translation>%1 Betriebsstätten</translation>
    </message>
    <message>
        <source>%1 service</source>
        <translation>%1 Dienstleistung</translation>
    </message>
    <message>
        <source>%1 services</source>
        <translation>%1 Dienstleistungen</translation>
    </message>
    <message>
        <source>%1 provider</source>
        <translation>%1 Dienstleister</translation>
    </message>
    <message>
        <source>%1 providers</source>
        <translation>%1 Dienstleister</translation>
    </message>
    <message>
        <source>%1 location</source>
        <translation>%1 Standort</translation>
    </message>
    <message>
        <source>%1 locations</source>
        <translation>%1 Standorte</translation>
    </message>
    <message>
        <source>%1 element</source>
        <translation>%1 Element</translation>
    </message>
    <message>
        <source>%1 elements</source>
        <translation>%1 Elemente</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fällt aus</translation>
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
        <source>up</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <source>%1, other countries</source>
        <translation>%1, andere Länder</translation>
    </message>
    <message>
        <source>%1, no country</source>
        <translation>%1, kein Land</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>CatalogueLoader</name>
    <message>
        <source>unknown field &apos;%1&apos; (known fields: %2)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (bekannte Felder: %2)</translation>
    </message>
    <message>
        <source>the field is required</source>
        <translation>das Feld ist erforderlich</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>muss Text sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>chapter &apos;%1&apos;: </source>
        <translation>Kapitel &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>requirement &apos;%1&apos;: </source>
        <translation>Anforderung &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>chapter %1 of &quot;chapters&quot;: </source>
        <translation>Kapitel %1 von &quot;chapters&quot;: </translation>
    </message>
    <message>
        <source>requirement %1 of &quot;requirements&quot;: </source>
        <translation>Anforderung %1 von &quot;requirements&quot;: </translation>
    </message>
    <message>
        <source>must list at least one chapter</source>
        <translation>muss mindestens ein Kapitel enthalten</translation>
    </message>
    <message>
        <source>chapter %1 of &quot;chapters&quot; must be an object</source>
        <translation>Kapitel %1 von &quot;chapters&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id: use 1 to 64 letters, digits and the characters - _ . : /</source>
        <translation>&apos;%1&apos; ist keine gültige ID: Verwenden Sie 1 bis 64 Buchstaben, Ziffern und die Zeichen - _ . : /</translation>
    </message>
    <message>
        <source>the id is used by an earlier chapter too</source>
        <translation>die ID wird auch von einem früheren Kapitel verwendet</translation>
    </message>
    <message>
        <source>must list at least one requirement</source>
        <translation>muss mindestens eine Anforderung enthalten</translation>
    </message>
    <message>
        <source>requirement %1 of &quot;requirements&quot; must be an object</source>
        <translation>Anforderung %1 von &quot;requirements&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>requirement %1 has the same id as requirement %2; ids must be unique</source>
        <translation>Anforderung %1 hat dieselbe ID wie Anforderung %2; IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>chapter &apos;%1&apos; is not declared in &quot;chapters&quot;</source>
        <translation>Kapitel &apos;%1&apos; ist nicht in &quot;chapters&quot; deklariert</translation>
    </message>
    <message>
        <source>item %1 must be a check id (text)</source>
        <translation>Element %1 muss eine Prüfungs-ID (Text) sein</translation>
    </message>
    <message>
        <source>unknown check &apos;%1&apos;</source>
        <translation>unbekannte Prüfung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>check &apos;%1&apos; is named twice</source>
        <translation>Prüfung &apos;%1&apos; wird zweimal genannt</translation>
    </message>
    <message>
        <source>this is not a catalogue (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>dies ist kein Katalog (&quot;format&quot; muss &quot;%1&quot; sein)</translation>
    </message>
    <message>
        <source>a whole-number format version is required</source>
        <translation>eine ganzzahlige Formatversion ist erforderlich</translation>
    </message>
    <message>
        <source>the file is in catalogue format version %1, written for a newer Bulwark; this version reads version %2</source>
        <translation>die Datei hat das Katalogformat Version %1, geschrieben für ein neueres Bulwark; diese Version liest Version %2</translation>
    </message>
    <message>
        <source>unknown catalogue format version %1</source>
        <translation>unbekannte Katalogformat-Version %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is not valid JSON at column %1: %2</source>
        <translation>dies ist kein gültiges JSON in Spalte %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;%1&quot;</source>
        <translation>erwartet wurde ein JSON-Objekt mit &quot;format&quot;: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>this is not a catalogue translation (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>dies ist keine Katalogübersetzung (&quot;format&quot; muss &quot;%1&quot; sein)</translation>
    </message>
    <message>
        <source>unknown catalogue translation format version (this version reads version %1)</source>
        <translation>unbekannte Formatversion der Katalogübersetzung (diese Version liest Version %1)</translation>
    </message>
    <message>
        <source>the translation is for catalogue &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>die Übersetzung gilt für den Katalog &apos;%1&apos;, nicht für &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Critical functions are mapped down to providers and locations</source>
        <translation>Kritische Funktionen sind bis zu Dienstleistern und Standorten abgebildet</translation>
    </message>
    <message>
        <source>Nothing in the register names an element that does not exist</source>
        <translation>Nichts im Register verweist auf ein Element, das es nicht gibt</translation>
    </message>
    <message>
        <source>Critical functions have an impact tolerance</source>
        <translation>Kritische Funktionen haben eine Auswirkungstoleranz</translation>
    </message>
    <message>
        <source>Critical functions have a recovery time and point objective</source>
        <translation>Kritische Funktionen haben Ziele für Wiederherstellungszeit und Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>No single point of failure under a critical function</source>
        <translation>Kein Single Point of Failure unter einer kritischen Funktion</translation>
    </message>
    <message>
        <source>Every single failure under a critical function is recovered within its tolerance</source>
        <translation>Jeder Einzelausfall unter einer kritischen Funktion wird innerhalb ihrer Toleranz behoben</translation>
    </message>
    <message>
        <source>The data a critical function needs can be restored within its data-loss tolerance</source>
        <translation>Die Daten, die eine kritische Funktion benötigt, können innerhalb ihrer Datenverlust-Toleranz wiederhergestellt werden</translation>
    </message>
    <message>
        <source>What a critical function needs recovers no slower than the function&apos;s own RTO</source>
        <translation>Was eine kritische Funktion benötigt, wird nicht langsamer wiederhergestellt als die RTO der Funktion selbst</translation>
    </message>
    <message>
        <source>Critical functions are not confined to one location</source>
        <translation>Kritische Funktionen sind nicht auf einen Standort beschränkt</translation>
    </message>
    <message>
        <source>Critical functions are not confined to one region</source>
        <translation>Kritische Funktionen sind nicht auf eine Region beschränkt</translation>
    </message>
    <message>
        <source>Critical functions are not confined to one provider</source>
        <translation>Kritische Funktionen sind nicht auf einen Dienstleister beschränkt</translation>
    </message>
    <message>
        <source>The map has no dependency cycles</source>
        <translation>Die Karte hat keine zirkulären Abhängigkeiten</translation>
    </message>
    <message>
        <source>No provider carries too many critical functions</source>
        <translation>Kein Dienstleister trägt zu viele kritische Funktionen</translation>
    </message>
    <message>
        <source>No country carries too many critical functions</source>
        <translation>Kein Land trägt zu viele kritische Funktionen</translation>
    </message>
    <message>
        <source>What critical functions need has an owner</source>
        <translation>Was kritische Funktionen benötigen, hat eine(n) Verantwortliche(n)</translation>
    </message>
    <message>
        <source>Providers of critical functions have a valid LEI</source>
        <translation>Dienstleister kritischer Funktionen haben einen gültigen LEI</translation>
    </message>
    <message>
        <source>Providers of critical functions have a substitutability rating</source>
        <translation>Dienstleister kritischer Funktionen haben eine Bewertung der Ersetzbarkeit</translation>
    </message>
    <message>
        <source>Providers of critical functions have an exit plan</source>
        <translation>Dienstleister kritischer Funktionen haben einen Exit-Plan</translation>
    </message>
    <message>
        <source>Exit plans are tested and reviewed in time</source>
        <translation>Exit-Pläne werden rechtzeitig getestet und überprüft</translation>
    </message>
    <message>
        <source>Systems that support critical functions were tested in time</source>
        <translation>Systeme, die kritische Funktionen unterstützen, wurden rechtzeitig getestet</translation>
    </message>
    <message>
        <source>Continuity plans of critical functions were tested in time</source>
        <translation>Die Geschäftsfortführungspläne kritischer Funktionen wurden rechtzeitig getestet</translation>
    </message>
    <message>
        <source>Threat-led penetration testing is within its interval</source>
        <translation>Bedrohungsorientierte Penetrationstests liegen innerhalb ihres Intervalls</translation>
    </message>
    <message>
        <source>Accepted risks are reviewed by their review date</source>
        <translation>Akzeptierte Risiken werden bis zu ihrem Überprüfungsdatum überprüft</translation>
    </message>
    <message>
        <source>Legacy systems have a yearly risk assessment</source>
        <translation>Altsysteme haben eine jährliche Risikobewertung</translation>
    </message>
    <message>
        <source>Periodic reviews are not overdue</source>
        <translation>Regelmäßige Überprüfungen sind nicht überfällig</translation>
    </message>
    <message>
        <source>System %1, needed by %2, has never been tested.</source>
        <translation>System %1, benötigt von %2, wurde nie getestet.</translation>
    </message>
    <message numerus="yes">
        <source>System %1, needed by %2, was last tested on %3 (test %4), more than %n month(s) ago.</source>
        <translation>
            <numerusform>System %1, benötigt von %2, wurde zuletzt am %3 getestet (Test %4), vor mehr als %n Monat.</numerusform>
            <numerusform>System %1, benötigt von %2, wurde zuletzt am %3 getestet (Test %4), vor mehr als %n Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Critical function %1 has no business continuity test on record.</source>
        <translation>Für die kritische Funktion %1 ist kein Test der Geschäftsfortführung erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>The continuity plan of critical function %1 was last tested on %2 (test %3), more than %n month(s) ago.</source>
        <translation>
            <numerusform>Der Geschäftsfortführungsplan der kritischen Funktion %1 wurde zuletzt am %2 getestet (Test %3), vor mehr als %n Monat.</numerusform>
            <numerusform>Der Geschäftsfortführungsplan der kritischen Funktion %1 wurde zuletzt am %2 getestet (Test %3), vor mehr als %n Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The entity is designated for threat-led penetration testing (tlpt_designated = yes), but no TLPT is on record: one is due now.</source>
        <translation>Das Unternehmen ist für bedrohungsorientierte Penetrationstests bestimmt (tlpt_designated = yes), aber es ist kein TLPT erfasst: Einer ist jetzt fällig.</translation>
    </message>
    <message numerus="yes">
        <source>The last threat-led penetration test, %1 on %2, is more than %n month(s) old: the next was due by %3.</source>
        <translation>
            <numerusform>Der letzte bedrohungsorientierte Penetrationstest, %1 am %2, ist mehr als %n Monat alt: Der nächste war bis %3 fällig.</numerusform>
            <numerusform>Der letzte bedrohungsorientierte Penetrationstest, %1 am %2, ist mehr als %n Monate alt: Der nächste war bis %3 fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>its review was due on %1</source>
        <translation>ihre Überprüfung war am %1 fällig</translation>
    </message>
    <message>
        <source>it names the check &apos;%1&apos;, which Bulwark does not know</source>
        <translation>sie nennt die Prüfung &apos;%1&apos;, die Bulwark nicht kennt</translation>
    </message>
    <message>
        <source>check %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>check %1 on %2</source>
        <translation>Prüfung %1 für %2</translation>
    </message>
    <message>
        <source>Risk acceptance %1 (%2; approved by %3): %4.</source>
        <translation>Risikoakzeptanz %1 (%2; genehmigt von %3): %4.</translation>
    </message>
    <message>
        <source>Legacy system %1, out of support since %2,</source>
        <translation>Altsystem %1, ohne Support seit %2,</translation>
    </message>
    <message>
        <source>Legacy system %1</source>
        <translation>Altsystem %1</translation>
    </message>
    <message>
        <source>%1 has no risk assessment on record.</source>
        <translation>Für %1 ist keine Risikobewertung erfasst.</translation>
    </message>
    <message>
        <source>%1 has a risk assessment dated %2, which is after today.</source>
        <translation>%1 hat eine Risikobewertung vom %2; dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was last risk-assessed on %2, more than %n month(s) ago.</source>
        <translation>
            <numerusform>%1 wurde zuletzt am %2 risikobewertet, vor mehr als %n Monat.</numerusform>
            <numerusform>%1 wurde zuletzt am %2 risikobewertet, vor mehr als %n Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review of the ICT risk management framework (DORA Art 6(5))</source>
        <translation>Die Überprüfung des IKT-Risikomanagementrahmens (DORA Art. 6 Abs. 5)</translation>
    </message>
    <message>
        <source>The review of the classification of functions and assets (DORA Art 8(1))</source>
        <translation>Die Überprüfung der Einstufung von Funktionen und Assets (DORA Art. 8 Abs. 1)</translation>
    </message>
    <message>
        <source>The report on ICT risk to the management body (DORA Art 13(5))</source>
        <translation>Der Bericht über IKT-Risiken an das Leitungsorgan (DORA Art. 13 Abs. 5)</translation>
    </message>
    <message>
        <source>%1 is not on record (setting %2).</source>
        <translation>%1 ist nicht erfasst (Einstellung %2).</translation>
    </message>
    <message>
        <source>%1: the setting %2 is &apos;%3&apos;, which is not a date (YYYY-MM-DD).</source>
        <translation>%1: Die Einstellung %2 ist &apos;%3&apos;, das ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>%1 is dated %2 (setting %3), which is after today.</source>
        <translation>%1 ist auf den %2 datiert (Einstellung %3); dieses Datum liegt in der Zukunft.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was last done on %2 (setting %3), more than %n month(s) ago.</source>
        <translation>
            <numerusform>%1 wurde zuletzt am %2 durchgeführt (Einstellung %3), vor mehr als %n Monat.</numerusform>
            <numerusform>%1 wurde zuletzt am %2 durchgeführt (Einstellung %3), vor mehr als %n Monaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>it has %n character(s), not 20</source>
        <translation>
            <numerusform>er hat %n Zeichen, nicht 20</numerusform>
            <numerusform>er hat %n Zeichen, nicht 20</numerusform>
        </translation>
    </message>
    <message>
        <source>its last two characters must be check digits</source>
        <translation>seine letzten beiden Zeichen müssen Prüfziffern sein</translation>
    </message>
    <message>
        <source>it may hold only capital letters A-Z and digits</source>
        <translation>er darf nur Großbuchstaben A-Z und Ziffern enthalten</translation>
    </message>
    <message>
        <source>its check digits do not match the first 18 characters (ISO 7064 MOD 97-10)</source>
        <translation>seine Prüfziffern passen nicht zu den ersten 18 Zeichen (ISO 7064 MOD 97-10)</translation>
    </message>
    <message>
        <source>Provider %1, needed by %2, has no LEI.</source>
        <translation>Dienstleister %1, benötigt von %2, hat keinen LEI.</translation>
    </message>
    <message>
        <source>Provider %1, needed by %2, has the LEI &apos;%3&apos;, which is not valid: %4.</source>
        <translation>Dienstleister %1, benötigt von %2, hat den LEI &apos;%3&apos;, der ungültig ist: %4.</translation>
    </message>
    <message>
        <source>Provider %1, needed by %2, has no substitutability rating.</source>
        <translation>Dienstleister %1, benötigt von %2, hat keine Bewertung der Ersetzbarkeit.</translation>
    </message>
    <message>
        <source>is marked as having no exit plan, yet an exit plan is on record; correct one of them</source>
        <translation>hat laut Kennzeichnung keinen Exit-Plan, doch ein Exit-Plan ist erfasst; korrigieren Sie eines von beiden</translation>
    </message>
    <message>
        <source>is marked as having no exit plan</source>
        <translation>hat laut Kennzeichnung keinen Exit-Plan</translation>
    </message>
    <message>
        <source>is marked as having an exit plan, but no exit plan is on record</source>
        <translation>hat laut Kennzeichnung einen Exit-Plan, aber es ist keiner erfasst</translation>
    </message>
    <message>
        <source>has no exit plan</source>
        <translation>hat keinen Exit-Plan</translation>
    </message>
    <message>
        <source>Provider %1, needed by %2, %3.</source>
        <translation>Dienstleister %1, benötigt von %2, %3.</translation>
    </message>
    <message>
        <source>it has never been tested</source>
        <translation>er wurde nie getestet</translation>
    </message>
    <message>
        <source>its test date %1 is after today</source>
        <translation>sein Testdatum %1 liegt in der Zukunft</translation>
    </message>
    <message numerus="yes">
        <source>it was last tested on %1, more than %n month(s) ago</source>
        <translation>
            <numerusform>er wurde zuletzt am %1 getestet, vor mehr als %n Monat</numerusform>
            <numerusform>er wurde zuletzt am %1 getestet, vor mehr als %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>it has never been reviewed</source>
        <translation>er wurde nie überprüft</translation>
    </message>
    <message>
        <source>its review date %1 is after today</source>
        <translation>sein Überprüfungsdatum %1 liegt in der Zukunft</translation>
    </message>
    <message numerus="yes">
        <source>it was last reviewed on %1, more than %n month(s) ago</source>
        <translation>
            <numerusform>er wurde zuletzt am %1 überprüft, vor mehr als %n Monat</numerusform>
            <numerusform>er wurde zuletzt am %1 überprüft, vor mehr als %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>The exit plan for provider %1, needed by %2: %3.</source>
        <translation>Der Exit-Plan für Dienstleister %1, benötigt von %2: %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>critical function %1</source>
        <translation>kritische Funktion %1</translation>
    </message>
    <message numerus="yes">
        <source>critical functions %1 and %n more</source>
        <translation>
            <numerusform>kritische Funktionen %1 und %n weitere</numerusform>
            <numerusform>kritische Funktionen %1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>critical functions %1</source>
        <translation>kritische Funktionen %1</translation>
    </message>
    <message>
        <source>Redundancy under a critical function does not hang on one shared element</source>
        <translation>Redundanz unter einer kritischen Funktion hängt nicht an einem gemeinsamen Element</translation>
    </message>
    <message>
        <source>No pair of failures takes a critical function down</source>
        <translation>Kein Paar von Ausfällen bringt eine kritische Funktion zum Ausfall</translation>
    </message>
    <message>
        <source>What alone takes a critical function down recovers within the function&apos;s tolerance</source>
        <translation>Was allein eine kritische Funktion zum Ausfall bringt, wird innerhalb ihrer Toleranz wiederhergestellt</translation>
    </message>
    <message>
        <source>The register of information is ready to file</source>
        <translation>Das Informationsregister ist meldebereit</translation>
    </message>
    <message>
        <source>No sub-contractor sits under several direct providers</source>
        <translation>Kein Unterauftragnehmer ist mehreren direkten Dienstleistern nachgelagert</translation>
    </message>
    <message>
        <source>Element %1 is not in the map: add it, or correct what names it.</source>
        <translation>Element %1 ist nicht in der Karte: Fügen Sie es hinzu oder korrigieren Sie, was darauf verweist.</translation>
    </message>
    <message>
        <source>Fix it at element %1 or in its register-of-information terms (%2).</source>
        <translation>Beheben Sie es bei Element %1 oder in dessen Angaben für das Informationsregister (%2).</translation>
    </message>
    <message>
        <source>Fix it at element %1.</source>
        <translation>Beheben Sie es bei Element %1.</translation>
    </message>
    <message>
        <source>Fix it in the register-of-information terms (%1) of element %2.</source>
        <translation>Beheben Sie es in den Angaben für das Informationsregister (%1) von Element %2.</translation>
    </message>
    <message>
        <source>Fix it in record %1 of table %2.</source>
        <translation>Beheben Sie es im Datensatz %1 der Tabelle %2.</translation>
    </message>
    <message>
        <source>The register holds no register of information yet: no entity in its scope is recorded (table %1). Record the entities, mark the one that maintains the register with reporting = true, and record the contractual arrangements (%2) and the terms of the ICT services (%3).</source>
        <translation>Das Register enthält noch kein Informationsregister: Es ist kein Unternehmen in seinem Anwendungsbereich erfasst (Tabelle %1). Erfassen Sie die Unternehmen, kennzeichnen Sie dasjenige, das das Informationsregister führt, mit reporting = true, und erfassen Sie die vertraglichen Vereinbarungen (%2) und die Angaben zu den IKT-Dienstleistungen (%3).</translation>
    </message>
    <message>
        <source>The supervisor would reject the filing (EBA check %1): %2</source>
        <translation>Die Aufsicht würde die Meldung zurückweisen (EBA-Prüfung %1): %2</translation>
    </message>
    <message>
        <source>The supervisor would flag the filing (%1): %2</source>
        <translation>Die Aufsicht würde die Meldung beanstanden (%1): %2</translation>
    </message>
    <message>
        <source>The register of information would leave something out: %1</source>
        <translation>Im Informationsregister würde etwas fehlen: %1</translation>
    </message>
    <message>
        <source>Sub-contractor %1 is in the supply chains of %2 direct providers: %3 (arrangements %4). Its failure reaches the entity through each of them: weigh this concentration (DORA Art 29) and whether the exit plans of these providers rely on one another.</source>
        <translation>Unterauftragnehmer %1 ist in den Lieferketten von %2 direkten Dienstleistern: %3 (Vereinbarungen %4). Sein Ausfall erreicht das Unternehmen über jeden von ihnen: Bewerten Sie diese Konzentration (DORA Art. 29) und ob die Exit-Pläne dieser Dienstleister voneinander abhängen.</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>variables are nested more than %1 levels deep</source>
        <translation>Variablen sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>&apos;${&apos; is not closed in &apos;%1&apos;</source>
        <translation>&apos;${&apos; wird in &apos;%1&apos; nicht geschlossen</translation>
    </message>
    <message>
        <source>a value grows beyond %L1 characters through its variables</source>
        <translation>ein Wert wächst durch seine Variablen auf mehr als %L1 Zeichen an</translation>
    </message>
    <message>
        <source>&apos;${%1}&apos; names no variable</source>
        <translation>&apos;${%1}&apos; nennt keine Variable</translation>
    </message>
    <message>
        <source>&apos;${%1}&apos;: after the name comes }, :-, -, :?, ?, :+ or +</source>
        <translation>&apos;${%1}&apos;: Auf den Namen folgt }, :-, -, :?, ?, :+ oder +</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>a Compose file needs a &apos;services&apos; mapping</source>
        <translation>eine Compose-Datei benötigt ein &apos;services&apos;-Mapping</translation>
    </message>
    <message>
        <source>the values grow beyond %L1 characters through their variables; the file is refused</source>
        <translation>die Werte wachsen durch ihre Variablen auf mehr als %L1 Zeichen an; die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>the variable %1 is not set; Docker Compose would stop here (&quot;%2&quot;); it is read as empty</source>
        <translation>die Variable %1 ist nicht gesetzt; Docker Compose würde hier abbrechen (&quot;%2&quot;); sie wird als leer gelesen</translation>
    </message>
    <message>
        <source>the variable %1 is not set in the env file; it is read as empty</source>
        <translation>die Variable %1 ist in der Env-Datei nicht gesetzt; sie wird als leer gelesen</translation>
    </message>
    <message>
        <source>the variable %1 is not set (no env file was read); it is read as empty</source>
        <translation>die Variable %1 ist nicht gesetzt (es wurde keine Env-Datei gelesen); sie wird als leer gelesen</translation>
    </message>
    <message>
        <source>a Compose file is a mapping</source>
        <translation>eine Compose-Datei ist ein Mapping</translation>
    </message>
    <message>
        <source>&apos;include&apos; is not followed; import the included files with --overlay</source>
        <translation>&apos;include&apos; wird nicht verfolgt; importieren Sie die eingebundenen Dateien mit --overlay</translation>
    </message>
    <message>
        <source>&apos;services&apos; must be a mapping</source>
        <translation>&apos;services&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <source>the service &apos;%1&apos; must be a mapping</source>
        <translation>der Dienst &apos;%1&apos; muss ein Mapping sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends &apos;%2&apos; of another file, which is not read; what it would inherit is left out</source>
        <translation>&apos;%1&apos; erweitert &apos;%2&apos; aus einer anderen Datei, die nicht gelesen wird; was es erben würde, wird ausgelassen</translation>
    </message>
    <message>
        <source>&apos;extends&apos; must name a service (or be a mapping with &apos;service&apos;)</source>
        <translation>&apos;extends&apos; muss einen Dienst nennen (oder ein Mapping mit &apos;service&apos; sein)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends &apos;%2&apos;, which extends it in turn</source>
        <translation>&apos;%1&apos; erweitert &apos;%2&apos;, das seinerseits &apos;%1&apos; erweitert</translation>
    </message>
    <message>
        <source>services extend one another more than %1 levels deep</source>
        <translation>Dienste erweitern einander mehr als %1 Ebenen tief</translation>
    </message>
    <message>
        <source>&apos;%1&apos; extends &apos;%2&apos;, which is not a service of the file</source>
        <translation>&apos;%1&apos; erweitert &apos;%2&apos;, das kein Dienst der Datei ist</translation>
    </message>
    <message>
        <source>the services expand to more than %L1 values through &apos;extends&apos;; the file is refused</source>
        <translation>die Dienste ergeben durch &apos;extends&apos; mehr als %L1 Werte; die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list</source>
        <translation>&apos;%1&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>an item of &apos;%1&apos; must be a text</source>
        <translation>ein Eintrag von &apos;%1&apos; muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a text</source>
        <translation>&apos;%1&apos; muss ein Text sein</translation>
    </message>
    <message>
        <source>the env_file of a service is not read; addresses in it are not followed</source>
        <translation>die env_file eines Dienstes wird nicht gelesen; Adressen darin werden nicht verfolgt</translation>
    </message>
    <message>
        <source>&apos;labels&apos; must be a mapping or a list</source>
        <translation>&apos;labels&apos; muss ein Mapping oder eine Liste sein</translation>
    </message>
    <message>
        <source>a label must be a text</source>
        <translation>ein Label muss ein Text sein</translation>
    </message>
    <message>
        <source>an environment value must be a text</source>
        <translation>ein Umgebungswert muss ein Text sein</translation>
    </message>
    <message>
        <source>&apos;environment&apos; must be a mapping or a list</source>
        <translation>&apos;environment&apos; muss ein Mapping oder eine Liste sein</translation>
    </message>
    <message>
        <source>an environment entry must be a text (NAME=value)</source>
        <translation>ein Umgebungseintrag muss ein Text sein (NAME=value)</translation>
    </message>
    <message>
        <source>an item of &apos;depends_on&apos; must name a service</source>
        <translation>ein Eintrag von &apos;depends_on&apos; muss einen Dienst nennen</translation>
    </message>
    <message>
        <source>&apos;depends_on&apos; must be a list or a mapping</source>
        <translation>&apos;depends_on&apos; muss eine Liste oder ein Mapping sein</translation>
    </message>
    <message>
        <source>the entry &apos;%1&apos; of &apos;depends_on&apos; must be a mapping (condition, required)</source>
        <translation>der Eintrag &apos;%1&apos; von &apos;depends_on&apos; muss ein Mapping sein (condition, required)</translation>
    </message>
    <message>
        <source>&apos;required&apos; must be true or false</source>
        <translation>&apos;required&apos; muss true oder false sein</translation>
    </message>
    <message>
        <source>&apos;condition&apos; must be a text</source>
        <translation>&apos;condition&apos; muss ein Text sein</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; names &apos;%3&apos;, which is not a service of the project; the dependency is left out</source>
        <translation>%1 von &apos;%2&apos; nennt &apos;%3&apos;, das kein Dienst des Projekts ist; die Abhängigkeit wird ausgelassen</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; names itself; left out</source>
        <translation>%1 von &apos;%2&apos; nennt &apos;%2&apos; selbst; ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes the volumes of the container &apos;%2&apos;, which is not a service of the project; left out</source>
        <translation>&apos;%1&apos; übernimmt die Volumes des Containers &apos;%2&apos;, der kein Dienst des Projekts ist; ausgelassen</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; is the container &apos;%3&apos;, which is not a service of the project; left out</source>
        <translation>%1 von &apos;%2&apos; ist der Container &apos;%3&apos;, der kein Dienst des Projekts ist; ausgelassen</translation>
    </message>
    <message>
        <source>the environment value %1 of &apos;%2&apos; names the host &apos;%3&apos;, which is not a service of the project; left out</source>
        <translation>der Umgebungswert %1 von &apos;%2&apos; nennt den Host &apos;%3&apos;, der kein Dienst des Projekts ist; ausgelassen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file has more than %L1 MiB; it is refused</source>
        <translation>die Datei ist größer als %L1 MiB; sie wird abgelehnt</translation>
    </message>
    <message>
        <source>a line of an env file must be NAME=value</source>
        <translation>eine Zeile einer Env-Datei muss NAME=value lauten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a variable name</source>
        <translation>&apos;%1&apos; ist kein Variablenname</translation>
    </message>
    <message>
        <source>the quoted value of %1 is not closed</source>
        <translation>der Wert von %1 in Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>%1 uses the variable %2, which is not set above it; it is read as empty</source>
        <translation>%1 verwendet die Variable %2, die weiter oben nicht gesetzt ist; sie wird als leer gelesen</translation>
    </message>
    <message>
        <source>the values grow beyond %L1 characters</source>
        <translation>die Werte wachsen auf mehr als %L1 Zeichen an</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>the file has no header line</source>
        <translation>die Datei hat keine Kopfzeile</translation>
    </message>
    <message>
        <source>the name of column %1 %2</source>
        <translation>der Name von Spalte %1 %2</translation>
    </message>
    <message>
        <source>column %1 of the header has no name</source>
        <translation>Spalte %1 der Kopfzeile hat keinen Namen</translation>
    </message>
    <message>
        <source>the header names column &apos;%1&apos; twice</source>
        <translation>die Kopfzeile nennt Spalte &apos;%1&apos; zweimal</translation>
    </message>
    <message>
        <source>the header has no column &apos;%1&apos;</source>
        <translation>die Kopfzeile hat keine Spalte &apos;%1&apos;</translation>
    </message>
    <message>
        <source>this line has %1 fields but the header has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>a quote in the middle of a field; put the whole field in quotes and double the quotes inside it</source>
        <translation>ein Anführungszeichen mitten in einem Feld; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die Anführungszeichen darin</translation>
    </message>
    <message>
        <source>text after the closing quote of a field</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Felds</translation>
    </message>
    <message>
        <source>a quoted field is never closed (the file may be truncated)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (die Datei ist möglicherweise abgeschnitten)</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 has no elements.csv; a CSV import needs elements.csv, and may add dependencies.csv and groups.csv</source>
        <translation>%1 enthält keine elements.csv; ein CSV-Import benötigt elements.csv und kann dependencies.csv und groups.csv hinzunehmen</translation>
    </message>
</context>
<context>
    <name>CycloneDx</name>
    <message>
        <source>%1: CycloneDX %2 is not read (1.x only)</source>
        <translation>%1: CycloneDX %2 wird nicht gelesen (nur 1.x)</translation>
    </message>
    <message>
        <source>&apos;metadata&apos; is an object</source>
        <translation>&apos;metadata&apos; ist ein Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a list</source>
        <translation>&apos;%1&apos; ist eine Liste</translation>
    </message>
    <message>
        <source>components or services are nested more than %1 deep</source>
        <translation>Komponenten oder Dienste sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a service is an object</source>
        <translation>ein Dienst ist ein Objekt</translation>
    </message>
    <message>
        <source>a component is an object</source>
        <translation>eine Komponente ist ein Objekt</translation>
    </message>
    <message>
        <source>a bom-ref is a text</source>
        <translation>eine bom-ref ist ein Text</translation>
    </message>
    <message>
        <source>the service &apos;%1&apos; (%2) has no bom-ref: nothing can refer to it, so it is left out</source>
        <translation>der Dienst &apos;%1&apos; (%2) hat keine bom-ref: Nichts kann auf ihn verweisen, daher wird er ausgelassen</translation>
    </message>
    <message>
        <source>the component &apos;%1&apos; (%2) has neither bom-ref nor purl: nothing can refer to it, so it is left out</source>
        <translation>die Komponente &apos;%1&apos; (%2) hat weder bom-ref noch purl: Nichts kann auf sie verweisen, daher wird sie ausgelassen</translation>
    </message>
    <message>
        <source>&apos;dependencies&apos; is a list</source>
        <translation>&apos;dependencies&apos; ist eine Liste</translation>
    </message>
    <message>
        <source>an entry of &apos;dependencies&apos; is an object with &quot;ref&quot; and &quot;dependsOn&quot;</source>
        <translation>ein Eintrag von &apos;dependencies&apos; ist ein Objekt mit &quot;ref&quot; und &quot;dependsOn&quot;</translation>
    </message>
    <message>
        <source>&quot;ref&quot; is the bom-ref of a component or service</source>
        <translation>&quot;ref&quot; ist die bom-ref einer Komponente oder eines Dienstes</translation>
    </message>
    <message>
        <source>&quot;dependsOn&quot; is a list of bom-refs</source>
        <translation>&quot;dependsOn&quot; ist eine Liste von bom-refs</translation>
    </message>
    <message>
        <source>a document type declaration (DTD) is not taken</source>
        <translation>eine Dokumenttyp-Deklaration (DTD) wird nicht angenommen</translation>
    </message>
    <message>
        <source>not a CycloneDX BOM: the root is not &lt;bom&gt; in a CycloneDX namespace</source>
        <translation>keine CycloneDX-BOM: Das Wurzelelement ist nicht &lt;bom&gt; in einem CycloneDX-Namensraum</translation>
    </message>
    <message>
        <source>not well-formed XML (%1)</source>
        <translation>kein wohlgeformtes XML (%1)</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>Elemente sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a file of more than %1 MiB is not read</source>
        <translation>eine Datei mit mehr als %1 MiB wird nicht gelesen</translation>
    </message>
    <message>
        <source>a CycloneDX BOM is a JSON object</source>
        <translation>eine CycloneDX-BOM ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>not a CycloneDX BOM: &quot;bomFormat&quot; is not &quot;CycloneDX&quot;</source>
        <translation>keine CycloneDX-BOM: &quot;bomFormat&quot; ist nicht &quot;CycloneDX&quot;</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Bulwark could not finish %1: the register file refused it. Nothing was changed.</source>
        <translation>Bulwark konnte einen Vorgang nicht abschließen (%1): Die Registerdatei hat ihn abgelehnt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The register file is in use by another program or Bulwark window (while %1). Close the other program and try again.</source>
        <translation>Die Registerdatei wird von einem anderen Programm oder Bulwark-Fenster verwendet (Vorgang: %1). Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The register file is read-only (while %1).</source>
        <translation>Die Registerdatei ist schreibgeschützt (Vorgang: %1).</translation>
    </message>
    <message>
        <source>The disk is full (while %1). Free some space and try again; nothing was changed.</source>
        <translation>Der Datenträger ist voll (Vorgang: %1). Geben Sie Speicherplatz frei und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The register file is damaged (found while %1): its contents cannot be read. Restore it from a backup.</source>
        <translation>Die Registerdatei ist beschädigt (festgestellt bei: %1): Ihr Inhalt kann nicht gelesen werden. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The register file could not be read or written (while %1): the disk may be full, failing or gone. Nothing was changed.</source>
        <translation>Die Registerdatei konnte nicht gelesen oder geschrieben werden (Vorgang: %1): Der Datenträger ist möglicherweise voll, defekt oder nicht mehr vorhanden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no register at %1. Create one with &apos;bulwark init --db %1&apos;.</source>
        <translation>Unter %1 gibt es kein Register. Legen Sie eines an mit &apos;bulwark init --db %1&apos;.</translation>
    </message>
    <message>
        <source>Permission denied: you may not open %1 (a folder on its path does not let you in).</source>
        <translation>Zugriff verweigert: Sie dürfen %1 nicht öffnen (ein Ordner auf dem Pfad lässt Sie nicht hinein).</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 ist ein Ordner, keine Registerdatei.</translation>
    </message>
    <message>
        <source>%1 is not a file but a %2; a register is a file.</source>
        <translation>%1 ist keine Datei, sondern vom Typ %2; ein Register ist eine Datei.</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>Pipe</translation>
    </message>
    <message>
        <source>socket</source>
        <translation>Socket</translation>
    </message>
    <message>
        <source>special file</source>
        <translation>Spezialdatei</translation>
    </message>
    <message>
        <source>Permission denied: you may not read %1.</source>
        <translation>Zugriff verweigert: Sie dürfen %1 nicht lesen.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): it is not a register. Create one with &apos;bulwark init --db %1&apos;.</source>
        <translation>%1 ist leer (0 Bytes): Das ist kein Register. Legen Sie eines an mit &apos;bulwark init --db %1&apos;.</translation>
    </message>
    <message>
        <source>%1 is read-only (permission denied): it can be read but not changed. Commands that only read it (list, show, log, verify, export and the analyses) work.</source>
        <translation>%1 ist schreibgeschützt (Zugriff verweigert): Die Datei kann gelesen, aber nicht geändert werden. Befehle, die sie nur lesen (list, show, log, verify, export und die Analysen), funktionieren.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only (permission denied): a register is changed together with a journal beside it. Commands that only read it work.</source>
        <translation>Der Ordner von %1 ist schreibgeschützt (Zugriff verweigert): Ein Register wird zusammen mit einem Journal daneben geändert. Befehle, die das Register nur lesen, funktionieren.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the disk is full (SQLite needs a little room beside the file even to read it). Free some space and try again.</source>
        <translation>%1 kann nicht geöffnet werden: Der Datenträger ist voll (SQLite braucht selbst zum Lesen etwas Platz neben der Datei). Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 cannot be read: the disk or file system reported an error. Try again; if it persists, copy the file elsewhere. The file was not changed.</source>
        <translation>%1 kann nicht gelesen werden: Der Datenträger oder das Dateisystem hat einen Fehler gemeldet. Versuchen Sie es erneut; besteht der Fehler fort, kopieren Sie die Datei an einen anderen Ort. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is an SQLite file, but its contents cannot be read. Restore it from a backup. The file was not changed.</source>
        <translation>%1 ist beschädigt: Es handelt sich um eine SQLite-Datei, deren Inhalt nicht gelesen werden kann. Stellen Sie die Datei aus einer Sicherung wieder her. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is not a Bulwark register (it is not an SQLite database). The file was not changed.</source>
        <translation>%1 ist kein Bulwark-Register (keine SQLite-Datenbank). Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Bulwark register. The file was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Bulwark-Register. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Bulwark (register format %2; this version reads up to %3). Open it with a newer Bulwark. The file was not changed.</source>
        <translation>%1 wurde von einem neueren Bulwark geschrieben (Registerformat %2; diese Version liest bis %3). Öffnen Sie die Datei mit einem neueren Bulwark. Die Datei wurde nicht geändert.</translation>
    </message>
    <message>
        <source>%1 was written by an older Bulwark (register format %2) and must be upgraded once before it can be read, which needs write access; the file or its folder is read-only. Copy it to a folder you can write and open the copy.</source>
        <translation>%1 wurde von einem älteren Bulwark geschrieben (Registerformat %2) und muss einmalig aktualisiert werden, bevor sie gelesen werden kann; dazu ist Schreibzugriff nötig, aber die Datei oder ihr Ordner ist schreibgeschützt. Kopieren Sie sie in einen Ordner, in den Sie schreiben können, und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>Öffnen von %1</translation>
    </message>
    <message>
        <source>reading the register format</source>
        <translation>Lesen des Registerformats</translation>
    </message>
    <message>
        <source>opening the register</source>
        <translation>Öffnen des Registers</translation>
    </message>
    <message>
        <source>A built-in upgrade step is missing (%1).</source>
        <translation>Ein eingebauter Aktualisierungsschritt fehlt (%1).</translation>
    </message>
    <message>
        <source>upgrading the register to format %1</source>
        <translation>Aktualisieren des Registers auf Format %1</translation>
    </message>
    <message>
        <source>The register file %1 was deleted or moved while it was open. Nothing was written: it would be lost. Save the register to a new file (with its audit trail) to go on.</source>
        <translation>Die Registerdatei %1 wurde gelöscht oder verschoben, während sie geöffnet war. Es wurde nichts geschrieben, denn es ginge verloren. Speichern Sie das Register in einer neuen Datei (mit seinem Prüfpfad), um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>The register file %1 was replaced by another file while it was open. Nothing was written: it would be lost. Save the register to a new file (with its audit trail) to go on.</source>
        <translation>Die Registerdatei %1 wurde durch eine andere Datei ersetzt, während sie geöffnet war. Es wurde nichts geschrieben, denn es ginge verloren. Speichern Sie das Register in einer neuen Datei (mit seinem Prüfpfad), um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>saving a copy to %1</source>
        <translation>Speichern einer Kopie nach %1</translation>
    </message>
    <message>
        <source>starting a write</source>
        <translation>Beginnen eines Schreibvorgangs</translation>
    </message>
    <message>
        <source>saving the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
</context>
<context>
    <name>DemoRegister</name>
    <message>
        <source>DORA self-assessment, previous half-year</source>
        <translation>DORA-Selbstbewertung, vorheriges Halbjahr</translation>
    </message>
    <message>
        <source>DORA self-assessment, current half-year</source>
        <translation>DORA-Selbstbewertung, laufendes Halbjahr</translation>
    </message>
    <message>
        <source>Install the second card HSM in Berlin</source>
        <translation>Zweites Karten-HSM in Berlin installieren</translation>
    </message>
    <message>
        <source>Write and test an exit plan for Meridian Interbank Messaging</source>
        <translation>Exit-Plan für Meridian Interbank Messaging erstellen und testen</translation>
    </message>
</context>
<context>
    <name>Dot</name>
    <message>
        <source>a file of more than %1 MiB is not read</source>
        <translation>eine Datei mit mehr als %1 MiB wird nicht gelesen</translation>
    </message>
    <message>
        <source>a DOT file is text; this one has a NUL byte</source>
        <translation>eine DOT-Datei ist Text; diese enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>subgraphs are nested more than %1 deep</source>
        <translation>Subgraphen sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>not a DOT graph</source>
        <translation>kein DOT-Graph</translation>
    </message>
    <message>
        <source>not valid DOT: %1</source>
        <translation>kein gültiges DOT: %1</translation>
    </message>
    <message>
        <source>the graph is undirected: each edge a -- b is read as a needing b, in the file&apos;s order; check the direction</source>
        <translation>der Graph ist ungerichtet: Jede Kante a -- b wird in der Reihenfolge der Datei so gelesen, dass a b benötigt; prüfen Sie die Richtung</translation>
    </message>
</context>
<context>
    <name>EntityType</name>
    <message>
        <source>evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>resilience test</source>
        <translation>Resilienztest</translation>
    </message>
    <message>
        <source>exit plan</source>
        <translation>Exit-Plan</translation>
    </message>
    <message>
        <source>legacy system</source>
        <translation>Altsystem</translation>
    </message>
    <message>
        <source>risk acceptance</source>
        <translation>Risikoakzeptanz</translation>
    </message>
    <message>
        <source>setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>requirement result</source>
        <translation>Anforderungsergebnis</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>remediation action</source>
        <translation>Abhilfemaßnahme</translation>
    </message>
    <message>
        <source>is not a field of a %1 (%2)</source>
        <translation>ist kein Feld des Typs %1 (%2)</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>entity in scope</source>
        <translation>Unternehmen im Anwendungsbereich</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>Zweigniederlassung</translation>
    </message>
    <message>
        <source>contractual arrangement</source>
        <translation>vertragliche Vereinbarung</translation>
    </message>
    <message>
        <source>ICT service terms</source>
        <translation>Angaben zur IKT-Dienstleistung</translation>
    </message>
    <message>
        <source>function terms</source>
        <translation>Angaben zur Funktion</translation>
    </message>
    <message>
        <source>provider terms</source>
        <translation>Angaben zum Dienstleister</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
</context>
<context>
    <name>ErrorList</name>
    <message numerus="yes">
        <source>... and %Ln more problem(s)</source>
        <translation>
            <numerusform>... und %Ln weiteres Problem</numerusform>
            <numerusform>... und %Ln weitere Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExactNumber</name>
    <message>
        <source>a number is missing</source>
        <translation>eine Zahl fehlt</translation>
    </message>
    <message>
        <source>a number must not start with &apos;+&apos;</source>
        <translation>eine Zahl darf nicht mit &apos;+&apos; beginnen</translation>
    </message>
    <message>
        <source>a number must start with a digit (write 0.5, not .5)</source>
        <translation>eine Zahl muss mit einer Ziffer beginnen (schreiben Sie 0.5, nicht .5)</translation>
    </message>
    <message>
        <source>a &apos;-&apos; must be followed by digits</source>
        <translation>auf ein &apos;-&apos; müssen Ziffern folgen</translation>
    </message>
    <message>
        <source>a number must not start with 0 followed by more digits (write 1, not 01)</source>
        <translation>eine Zahl darf nicht mit 0 und weiteren Ziffern beginnen (schreiben Sie 1, nicht 01)</translation>
    </message>
    <message>
        <source>a decimal point must be followed by digits (write 1 or 1.0, not 1.)</source>
        <translation>auf einen Dezimalpunkt müssen Ziffern folgen (schreiben Sie 1 oder 1.0, nicht 1.)</translation>
    </message>
    <message>
        <source>an exponent must have digits (write 1e5, not 1e)</source>
        <translation>ein Exponent muss Ziffern haben (schreiben Sie 1e5, nicht 1e)</translation>
    </message>
    <message>
        <source>this is not a number (a number is written like -12, 0.5 or 1.5e-7)</source>
        <translation>dies ist keine Zahl (eine Zahl wird wie -12, 0.5 oder 1.5e-7 geschrieben)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number: %2</source>
        <translation>&apos;%1&apos; ist keine gültige Zahl: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be kept as a number; put it in quotes to keep it as text</source>
        <translation>%1 ist zu groß, um als Zahl gespeichert zu werden; setzen Sie den Wert in Anführungszeichen, um ihn als Text zu behalten</translation>
    </message>
    <message>
        <source>%1 is too close to zero to be kept as a number; put it in quotes to keep it as text</source>
        <translation>%1 liegt zu nahe an null, um als Zahl gespeichert zu werden; setzen Sie den Wert in Anführungszeichen, um ihn als Text zu behalten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number</source>
        <translation>&apos;%1&apos; ist keine gültige Zahl</translation>
    </message>
    <message>
        <source>%1 cannot be kept exactly: whole numbers must lie between -%2 and %2; put it in quotes to keep it as text</source>
        <translation>%1 kann nicht exakt gespeichert werden: Ganze Zahlen müssen zwischen -%2 und %2 liegen; setzen Sie den Wert in Anführungszeichen, um ihn als Text zu behalten</translation>
    </message>
    <message>
        <source>%1 cannot be kept exactly: it would be stored as %2; write %2, or put the value in quotes to keep it as text</source>
        <translation>%1 kann nicht exakt gespeichert werden: Der Wert würde als %2 gespeichert; schreiben Sie %2 oder setzen Sie den Wert in Anführungszeichen, um ihn als Text zu behalten</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>A %1 export writes several files: give the folder to write them into.</source>
        <translation>Ein %1-Export schreibt mehrere Dateien: Geben Sie den Ordner an, in den sie geschrieben werden sollen.</translation>
    </message>
    <message>
        <source>Give the file to write the export to.</source>
        <translation>Geben Sie die Datei an, in die der Export geschrieben werden soll.</translation>
    </message>
    <message>
        <source>This format cannot be written; the formats for an export are %1.</source>
        <translation>Dieses Format kann nicht geschrieben werden; die Formate für einen Export sind %1.</translation>
    </message>
    <message>
        <source>The export was canceled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>FailureSets</name>
    <message>
        <source>nothing fails: choose elements, a region, a country or a tag</source>
        <translation>nichts fällt aus: Wählen Sie Elemente, eine Region, ein Land oder ein Tag</translation>
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
        <source>no element matches the failure you described</source>
        <translation>kein Element passt zu dem beschriebenen Ausfall</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Effective from</source>
        <translation>&amp;Gültig ab</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>Läuft &amp;ab</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>&amp;Requirements</source>
        <translation>Anfo&amp;rderungen</translation>
    </message>
    <message>
        <source>requirement ids, separated by ;</source>
        <translation>Anforderungs-IDs, getrennt durch ;</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Bewertung</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>E&amp;lements</source>
        <translation>&amp;Elemente</translation>
    </message>
    <message>
        <source>element keys, separated by ;</source>
        <translation>Elementschlüssel, getrennt durch ;</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>&amp;Umfang</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>T&amp;ester</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Tester</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Feststellungen</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Dienstleister</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Dok&amp;ument</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Last &amp;tested</source>
        <translation>Zuletzt &amp;getestet</translation>
    </message>
    <message>
        <source>Tested</source>
        <translation>Getestet</translation>
    </message>
    <message>
        <source>Last &amp;reviewed</source>
        <translation>Zuletzt ü&amp;berprüft</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>&amp;Alternative</source>
        <translation>&amp;Alternative</translation>
    </message>
    <message>
        <source>Alternative</source>
        <translation>Alternative</translation>
    </message>
    <message>
        <source>&amp;Element</source>
        <translation>&amp;Element</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>End of &amp;support</source>
        <translation>&amp;Supportende</translation>
    </message>
    <message>
        <source>End of support</source>
        <translation>Supportende</translation>
    </message>
    <message>
        <source>Last &amp;risk assessment</source>
        <translation>Letzte &amp;Risikobewertung</translation>
    </message>
    <message>
        <source>Risk assessed</source>
        <translation>Risikobewertung</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>&amp;Subjects</source>
        <translation>&amp;Gegenstände</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Gegenstände</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>&amp;Approver</source>
        <translation>Ge&amp;nehmigt von</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>A&amp;ccepted</source>
        <translation>&amp;Akzeptiert am</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Re&amp;view by</source>
        <translation>Überprüfung b&amp;is</translation>
    </message>
    <message>
        <source>Review by</source>
        <translation>Überprüfung bis</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>&amp;Catalogue</source>
        <translation>&amp;Katalog</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Catalogue &amp;version</source>
        <translation>Katalog&amp;version</translation>
    </message>
    <message>
        <source>function keys, separated by ; (empty: all)</source>
        <translation>Funktionsschlüssel, getrennt durch ; (leer: alle)</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Zeitraum v&amp;on</translation>
    </message>
    <message>
        <source>Period &amp;to</source>
        <translation>Zeitraum &amp;bis</translation>
    </message>
    <message>
        <source>&amp;Preparer</source>
        <translation>&amp;Ersteller</translation>
    </message>
    <message>
        <source>Preparer</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Genehmigt von</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Anforderung</translation>
    </message>
    <message>
        <source>From checks</source>
        <translation>Aus Prüfungen</translation>
    </message>
    <message>
        <source>&amp;Judgement</source>
        <translation>&amp;Beurteilung</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Beurteilung</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>Sch&amp;weregrad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Meldung</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Feststellung</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>&amp;Verantwortlich</translation>
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
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>Fä&amp;llig am</translation>
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
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>must be a duration such as 90 (minutes), 30 min, 1 h or 2 d, got &apos;%1&apos;</source>
        <translation>muss eine Dauer wie 90 (Minuten), 30 min, 1 h oder 2 d sein, ist aber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>must be a whole number of minutes: &apos;%1&apos; is %2 minutes</source>
        <translation>muss eine ganze Zahl von Minuten sein: &apos;%1&apos; sind %2 Minuten</translation>
    </message>
    <message>
        <source>must be a duration, got &apos;%1&apos;, which is too large</source>
        <translation>muss eine Dauer sein, ist aber &apos;%1&apos; und damit zu groß</translation>
    </message>
    <message>
        <source>must be a percentage such as 99.9 % or a fraction such as 0.999, got &apos;%1&apos;</source>
        <translation>muss ein Prozentsatz wie 99.9 % oder ein Anteil wie 0.999 sein, ist aber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>e.g. APP-CORE</source>
        <translation>z. B. APP-CORE</translation>
    </message>
    <message>
        <source>a key is required</source>
        <translation>ein Schlüssel ist erforderlich</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>K&amp;ind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>a kind is required (one of: %1)</source>
        <translation>eine Art ist erforderlich (eine von: %1)</translation>
    </message>
    <message>
        <source>&amp;Criticality</source>
        <translation>&amp;Kritikalität</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>Kritikalität</translation>
    </message>
    <message>
        <source>only business functions have a criticality, this element is of kind &apos;%1&apos;</source>
        <translation>nur Geschäftsfunktionen haben eine Kritikalität, dieses Element ist von der Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Max. tolerable &amp;downtime (min)</source>
        <translation>Max. tolerierbare A&amp;usfallzeit (min)</translation>
    </message>
    <message>
        <source>impact tolerance</source>
        <translation>Auswirkungstoleranz</translation>
    </message>
    <message>
        <source>Max. downtime</source>
        <translation>Max. Ausfallzeit</translation>
    </message>
    <message>
        <source>only business functions have an impact tolerance, this element is of kind &apos;%1&apos;</source>
        <translation>nur Geschäftsfunktionen haben eine Auswirkungstoleranz, dieses Element ist von der Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Max. tolerable data &amp;loss (min)</source>
        <translation>Max. tolerierbarer &amp;Datenverlust (min)</translation>
    </message>
    <message>
        <source>&amp;RTO (minutes)</source>
        <translation>&amp;RTO (Minuten)</translation>
    </message>
    <message>
        <source>recovery time objective</source>
        <translation>Wiederherstellungszeit (Recovery Time Objective)</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>R&amp;PO (minutes)</source>
        <translation>R&amp;PO (Minuten)</translation>
    </message>
    <message>
        <source>recovery point objective</source>
        <translation>Wiederherstellungspunkt (Recovery Point Objective)</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>A&amp;vailability target</source>
        <translation>Verfügbarkeits&amp;ziel</translation>
    </message>
    <message>
        <source>fraction, e.g. 0.999</source>
        <translation>Anteil, z. B. 0.999</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>team or person accountable</source>
        <translation>verantwortliches Team oder verantwortliche Person</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>separated by ;</source>
        <translation>getrennt durch ;</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>L&amp;EI</source>
        <translation>L&amp;EI</translation>
    </message>
    <message>
        <source>20 characters, ISO 17442</source>
        <translation>20 Zeichen, ISO 17442</translation>
    </message>
    <message>
        <source>only providers have an LEI, this element is of kind &apos;%1&apos;</source>
        <translation>nur Dienstleister haben einen LEI, dieses Element ist von der Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>ISO code, e.g. DE</source>
        <translation>ISO-Code, z. B. DE</translation>
    </message>
    <message>
        <source>Re&amp;gion</source>
        <translation>Re&amp;gion</translation>
    </message>
    <message>
        <source>e.g. eu-central</source>
        <translation>z. B. eu-central</translation>
    </message>
    <message>
        <source>&amp;Substitutability</source>
        <translation>Ersetzbarke&amp;it</translation>
    </message>
    <message>
        <source>only providers have a substitutability, this element is of kind &apos;%1&apos;</source>
        <translation>nur Dienstleister haben eine Ersetzbarkeit, dieses Element ist von der Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>E&amp;xit plan</source>
        <translation>E&amp;xit-Plan</translation>
    </message>
    <message>
        <source>only providers have an exit plan, this element is of kind &apos;%1&apos;</source>
        <translation>nur Dienstleister haben einen Exit-Plan, dieses Element ist von der Art &apos;%1&apos;</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>a &apos;from&apos; element key is required</source>
        <translation>ein Elementschlüssel für &apos;from&apos; ist erforderlich</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>a &apos;to&apos; element key is required</source>
        <translation>ein Elementschlüssel für &apos;to&apos; ist erforderlich</translation>
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
        <source>the key of the element that owns the group is required</source>
        <translation>der Schlüssel des Elements, dem die Gruppe gehört, ist erforderlich</translation>
    </message>
    <message>
        <source>a group name is required</source>
        <translation>ein Gruppenname ist erforderlich</translation>
    </message>
    <message>
        <source>Min. up</source>
        <translation>Min. verfügbar</translation>
    </message>
    <message>
        <source>the minimum number of members that must be up is required</source>
        <translation>die Mindestzahl verfügbarer Mitglieder ist erforderlich</translation>
    </message>
    <message>
        <source>Failover</source>
        <translation>Umschaltung (Failover)</translation>
    </message>
    <message>
        <source>a scenario name is required</source>
        <translation>ein Szenarioname ist erforderlich</translation>
    </message>
    <message>
        <source>Resilience</source>
        <translation>Resilienz</translation>
    </message>
    <message>
        <source>Business function</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <source>Provider and place</source>
        <translation>Dienstleister und Standort</translation>
    </message>
    <message>
        <source>&amp;LEI</source>
        <translation>&amp;LEI</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>Lan&amp;d</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Type of entity</source>
        <translation>Art des &amp;Unternehmens</translation>
    </message>
    <message>
        <source>&amp;Hierarchy in the group</source>
        <translation>&amp;Hierarchie in der Gruppe</translation>
    </message>
    <message>
        <source>Hierarchy</source>
        <translation>Hierarchie</translation>
    </message>
    <message>
        <source>LEI of the direct &amp;parent</source>
        <translation>LEI des direkten &amp;Mutterunternehmens</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Mutterunternehmen</translation>
    </message>
    <message>
        <source>Last &amp;updated</source>
        <translation>Zuletzt a&amp;ktualisiert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>&amp;Integrated into the register</source>
        <translation>&amp;In das Informationsregister aufgenommen</translation>
    </message>
    <message>
        <source>Integrated</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>&amp;Deleted from the register</source>
        <translation>Aus dem Informationsregister &amp;gelöscht</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total &amp;assets</source>
        <translation>&amp;Bilanzsumme</translation>
    </message>
    <message>
        <source>Total assets</source>
        <translation>Bilanzsumme</translation>
    </message>
    <message>
        <source>&amp;Maintains the register</source>
        <translation>&amp;Führt das Informationsregister</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Führt Register</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>LEI of the &amp;head office</source>
        <translation>LEI der &amp;Hauptniederlassung</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Hauptniederlassung</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>&amp;Overarching arrangement</source>
        <translation>Überge&amp;ordnete Vereinbarung</translation>
    </message>
    <message>
        <source>Overarching</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <source>&amp;Annual cost</source>
        <translation>&amp;Jährliche Kosten</translation>
    </message>
    <message>
        <source>Annual cost</source>
        <translation>Jährliche Kosten</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>&amp;End</source>
        <translation>&amp;Ende</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Termination</source>
        <translation>Beendigung</translation>
    </message>
    <message>
        <source>&amp;Notice period for us (days)</source>
        <translation>&amp;Kündigungsfrist für uns (Tage)</translation>
    </message>
    <message>
        <source>Notice (us)</source>
        <translation>Kündigungsfrist (wir)</translation>
    </message>
    <message>
        <source>Notice period for the pro&amp;vider (days)</source>
        <translation>Kündigungsfrist für den Dienstle&amp;ister (Tage)</translation>
    </message>
    <message>
        <source>Notice (provider)</source>
        <translation>Kündigungsfrist (Dienstleister)</translation>
    </message>
    <message>
        <source>&amp;Governing law (country)</source>
        <translation>&amp;Anwendbares Recht (Land)</translation>
    </message>
    <message>
        <source>Governing law</source>
        <translation>Anwendbares Recht</translation>
    </message>
    <message>
        <source>LEIs, separated by ;</source>
        <translation>LEIs, getrennt durch ;</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <source>Re&amp;lies on arrangements</source>
        <translation>Beruht auf &amp;Vereinbarungen</translation>
    </message>
    <message>
        <source>references, separated by ;</source>
        <translation>Referenzen, getrennt durch ;</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>Beruht auf</translation>
    </message>
    <message>
        <source>&amp;Branches using it</source>
        <translation>Nutzende &amp;Zweigniederlassungen</translation>
    </message>
    <message>
        <source>branch codes, separated by ;</source>
        <translation>Codes der Zweigniederlassungen, getrennt durch ;</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Zweigniederlassungen</translation>
    </message>
    <message>
        <source>&amp;ICT service</source>
        <translation>&amp;IKT-Dienstleistung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>&amp;Arrangements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <source>Arrangements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>&amp;Type of ICT service</source>
        <translation>&amp;Art der IKT-Dienstleistung</translation>
    </message>
    <message>
        <source>&amp;Provided in (country)</source>
        <translation>&amp;Erbracht in (Land)</translation>
    </message>
    <message>
        <source>Provided in</source>
        <translation>Erbracht in</translation>
    </message>
    <message>
        <source>&amp;Stores data</source>
        <translation>&amp;Speichert Daten</translation>
    </message>
    <message>
        <source>Stores data</source>
        <translation>Speichert Daten</translation>
    </message>
    <message>
        <source>Stored in</source>
        <translation>Gespeichert in</translation>
    </message>
    <message>
        <source>Processed in</source>
        <translation>Verarbeitet in</translation>
    </message>
    <message>
        <source>Se&amp;nsitiveness of the data</source>
        <translation>Se&amp;nsibilität der Daten</translation>
    </message>
    <message>
        <source>Sensitiveness</source>
        <translation>Sensibilität</translation>
    </message>
    <message>
        <source>Reliance</source>
        <translation>Abhängigkeit</translation>
    </message>
    <message>
        <source>Su&amp;bstitutability</source>
        <translation>Erset&amp;zbarkeit</translation>
    </message>
    <message>
        <source>Substitutability</source>
        <translation>Ersetzbarkeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last audit</source>
        <translation>Letztes Audit</translation>
    </message>
    <message>
        <source>Reintegration</source>
        <translation>Wiedereingliederung</translation>
    </message>
    <message>
        <source>Impact of &amp;discontinuing</source>
        <translation>Auswir&amp;kung der Einstellung</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Alternati&amp;ves identified</source>
        <translation>Alternativen er&amp;mittelt</translation>
    </message>
    <message>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <source>&amp;Function</source>
        <translation>&amp;Funktion</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>&amp;Identifier reported</source>
        <translation>&amp;Gemeldete Kennung</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Licensed &amp;activity (EBA code)</source>
        <translation>&amp;Zugelassene Tätigkeit (EBA-Code)</translation>
    </message>
    <message>
        <source>e.g. eba_TA:x28</source>
        <translation>z. B. eba_TA:x28</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>&amp;Entity (LEI)</source>
        <translation>&amp;Unternehmen (LEI)</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Reasons for its criticality</source>
        <translation>&amp;Begründung der Kritikalität</translation>
    </message>
    <message>
        <source>Criticality last a&amp;ssessed</source>
        <translation>Kritikalität zuletzt be&amp;wertet</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Type of &amp;code</source>
        <translation>&amp;Art des Codes</translation>
    </message>
    <message>
        <source>Code type</source>
        <translation>Codeart</translation>
    </message>
    <message>
        <source>Identification c&amp;ode</source>
        <translation>&amp;Identifikationscode</translation>
    </message>
    <message>
        <source>A&amp;dditional code</source>
        <translation>&amp;Zusätzlicher Code</translation>
    </message>
    <message>
        <source>Additional code</source>
        <translation>Zusätzlicher Code</translation>
    </message>
    <message>
        <source>Type of the additional code</source>
        <translation>Art des zusätzlichen Codes</translation>
    </message>
    <message>
        <source>Additional type</source>
        <translation>Zusätzliche Codeart</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters</source>
        <translation>Name in &amp;lateinischer Schrift</translation>
    </message>
    <message>
        <source>Latin name</source>
        <translation>Lateinischer Name</translation>
    </message>
    <message>
        <source>Type of p&amp;erson</source>
        <translation>Art der &amp;Person</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Total &amp;annual cost</source>
        <translation>&amp;Jährliche Gesamtkosten</translation>
    </message>
    <message>
        <source>Ultimate pa&amp;rent (provider)</source>
        <translation>&amp;Oberstes Mutterunternehmen (Dienstleister)</translation>
    </message>
    <message>
        <source>Group en&amp;tity (LEI)</source>
        <translation>&amp;Gruppenunternehmen (LEI)</translation>
    </message>
    <message>
        <source>Group entity</source>
        <translation>Gruppenunternehmen</translation>
    </message>
    <message>
        <source>&amp;Column</source>
        <translation>&amp;Spalte</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>&amp;Definition</source>
        <translation>&amp;Definition</translation>
    </message>
    <message>
        <source>Curr&amp;ency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>C&amp;ompetent authority</source>
        <translation>&amp;Zuständige Behörde</translation>
    </message>
    <message>
        <source>Reason for ter&amp;mination</source>
        <translation>&amp;Grund der Beendigung</translation>
    </message>
    <message>
        <source>S&amp;igned by (LEIs)</source>
        <translation>&amp;Unterzeichnet von (LEIs)</translation>
    </message>
    <message>
        <source>Data at r&amp;est in (country)</source>
        <translation>Daten &amp;gespeichert in (Land)</translation>
    </message>
    <message>
        <source>Data pro&amp;cessed in (country)</source>
        <translation>Daten ve&amp;rarbeitet in (Land)</translation>
    </message>
    <message>
        <source>Re&amp;liance</source>
        <translation>A&amp;bhängigkeit</translation>
    </message>
    <message>
        <source>&amp;Why it is hard to replace</source>
        <translation>&amp;Warum schwer ersetzbar</translation>
    </message>
    <message>
        <source>Last a&amp;udit of the provider</source>
        <translation>&amp;Letztes Audit des Dienstleisters</translation>
    </message>
    <message>
        <source>Reinte&amp;gration in-house</source>
        <translation>Wiedereingliederung ins Unterne&amp;hmen</translation>
    </message>
    <message>
        <source>Names of alternative pr&amp;oviders</source>
        <translation>Alternative &amp;Dienstleister</translation>
    </message>
</context>
<context>
    <name>FormatRegistry</name>
    <message>
        <source>bulwark-register JSON</source>
        <translation>bulwark-register JSON</translation>
    </message>
    <message>
        <source>CSV files in a folder</source>
        <translation>CSV-Dateien in einem Ordner</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>GraphML</source>
        <translation>GraphML</translation>
    </message>
    <message>
        <source>Graphviz DOT</source>
        <translation>Graphviz DOT</translation>
    </message>
    <message>
        <source>recognised from its content as %1</source>
        <translation>anhand des Inhalts als %1 erkannt</translation>
    </message>
    <message>
        <source>chosen from its name as %1</source>
        <translation>anhand des Namens als %1 gewählt</translation>
    </message>
    <message>
        <source>Backstage catalog</source>
        <translation>Backstage-Katalog</translation>
    </message>
    <message>
        <source>CycloneDX SBOM</source>
        <translation>CycloneDX-SBOM</translation>
    </message>
    <message>
        <source>Structurizr workspace</source>
        <translation>Structurizr-Workspace</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Kubernetes manifests</source>
        <translation>Kubernetes-Manifeste</translation>
    </message>
    <message>
        <source>Terraform state</source>
        <translation>Terraform-State</translation>
    </message>
</context>
<context>
    <name>GraphImport</name>
    <message>
        <source>the key prefix &apos;%1&apos; has characters a key cannot hold (letters, digits and - _ . : / only)</source>
        <translation>das Schlüsselpräfix &apos;%1&apos; enthält Zeichen, die ein Schlüssel nicht enthalten kann (nur Buchstaben, Ziffern und - _ . : /)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is defined twice; the first definition is kept</source>
        <translation>&apos;%1&apos; ist zweimal definiert; die erste Definition wird beibehalten</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; and &apos;%3&apos; would both be the element %4; give them different identifiers</source>
        <translation>%1: &apos;%2&apos; und &apos;%3&apos; würden beide zum Element %4; geben Sie ihnen unterschiedliche Bezeichner</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; the country is left out</source>
        <translation>&apos;%1&apos; ist kein Ländercode; das Land wird ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2; the field is left out</source>
        <translation>&apos;%1&apos;: %2; das Feld wird ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is referred to but not in the file; the dependency %2 -&gt; %3 is left out</source>
        <translation>auf &apos;%1&apos; wird verwiesen, es ist aber nicht in der Datei enthalten; die Abhängigkeit %2 -&gt; %3 wird ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; refers to itself; that dependency is left out</source>
        <translation>&apos;%1&apos; verweist auf sich selbst; diese Abhängigkeit wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>GraphMl</name>
    <message>
        <source>element &lt;%1&gt;: %2</source>
        <translation>XML-Element &lt;%1&gt;: %2</translation>
    </message>
    <message>
        <source>the elements are nested more than %1 deep</source>
        <translation>die XML-Elemente sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>the document type declaration declares entities, which a GraphML file does not need; the file is not read</source>
        <translation>die Dokumenttyp-Deklaration deklariert Entitäten, die eine GraphML-Datei nicht benötigt; die Datei wird nicht gelesen</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>there is no &lt;graphml&gt; element</source>
        <translation>es gibt kein &lt;graphml&gt;-Element</translation>
    </message>
    <message>
        <source>a GraphML file starts with &lt;graphml&gt;</source>
        <translation>eine GraphML-Datei beginnt mit &lt;graphml&gt;</translation>
    </message>
    <message>
        <source>a key needs an id</source>
        <translation>ein key-Eintrag benötigt eine id</translation>
    </message>
    <message>
        <source>a node needs an id</source>
        <translation>ein Knoten benötigt eine id</translation>
    </message>
    <message>
        <source>more than %1 nodes and edges</source>
        <translation>mehr als %1 Knoten und Kanten</translation>
    </message>
    <message>
        <source>an edge needs a source and a target</source>
        <translation>eine Kante benötigt source und target</translation>
    </message>
    <message>
        <source>a hyperedge has no direction; it is left out</source>
        <translation>eine Hyperkante hat keine Richtung; sie wird ausgelassen</translation>
    </message>
    <message>
        <source>the data key &apos;%1&apos; is not declared; its values are kept under that name</source>
        <translation>der Datenschlüssel &apos;%1&apos; ist nicht deklariert; seine Werte werden unter diesem Namen beibehalten</translation>
    </message>
    <message>
        <source>the strength &apos;%1&apos; of %2 -&gt; %3 is neither hard nor soft; it is read as hard</source>
        <translation>die Stärke &apos;%1&apos; von %2 -&gt; %3 ist weder hard noch soft; sie wird als hard gelesen</translation>
    </message>
    <message>
        <source>the graph&apos;s edges are undirected: each is read as its source needing its target, in the file&apos;s order; check the direction</source>
        <translation>die Kanten des Graphen sind ungerichtet: Jede wird in der Reihenfolge der Datei so gelesen, dass ihre Quelle ihr Ziel benötigt; prüfen Sie die Richtung</translation>
    </message>
    <message>
        <source>a file of more than %1 MiB is not read</source>
        <translation>eine Datei mit mehr als %1 MiB wird nicht gelesen</translation>
    </message>
</context>
<context>
    <name>ImportDiffer</name>
    <message>
        <source>leaves redundancy group &apos;%1&apos; of %2: %2 then needs %3 alone, which may make it a single point of failure</source>
        <translation>verlässt die Redundanzgruppe &apos;%1&apos; von %2: %2 benötigt dann %3 allein, wodurch %3 zu einem Single Point of Failure werden kann</translation>
    </message>
    <message>
        <source>joins redundancy group &apos;%1&apos; of %2</source>
        <translation>tritt der Redundanzgruppe &apos;%1&apos; von %2 bei</translation>
    </message>
    <message>
        <source>moves from redundancy group &apos;%1&apos; to &apos;%2&apos; of %3</source>
        <translation>wechselt von Redundanzgruppe &apos;%1&apos; zu &apos;%2&apos; von %3</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>%1, rule %2: %3</source>
        <translation>%1, Regel %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the mapping file cannot be read (%2)</source>
        <translation>%1: Die Zuordnungsdatei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: a mapping file of more than 16 MiB is not taken</source>
        <translation>%1: Eine Zuordnungsdatei mit mehr als 16 MiB wird nicht angenommen</translation>
    </message>
    <message>
        <source>%1, line %2: not valid JSON (%3)</source>
        <translation>%1, Zeile %2: kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <source>a mapping file is an object with a list &quot;rules&quot;</source>
        <translation>eine Zuordnungsdatei ist ein Objekt mit einer Liste &quot;rules&quot;</translation>
    </message>
    <message>
        <source>a rule is an object</source>
        <translation>eine Regel ist ein Objekt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not part of a rule (match, set, tags, supports, needs, soft)</source>
        <translation>&apos;%1&apos; ist kein Bestandteil einer Regel (match, set, tags, supports, needs, soft)</translation>
    </message>
    <message>
        <source>&apos;match&apos; is an object of conditions</source>
        <translation>&apos;match&apos; ist ein Objekt aus Bedingungen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a condition (type, kind, id, name, fields, tags)</source>
        <translation>&apos;%1&apos; ist keine Bedingung (type, kind, id, name, fields, tags)</translation>
    </message>
    <message>
        <source>&apos;type&apos; is a text or a list of texts</source>
        <translation>&apos;type&apos; ist ein Text oder eine Liste von Texten</translation>
    </message>
    <message>
        <source>&apos;kind&apos; is a text or a list of texts</source>
        <translation>&apos;kind&apos; ist ein Text oder eine Liste von Texten</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an element kind</source>
        <translation>&apos;%1&apos; ist keine Elementart</translation>
    </message>
    <message>
        <source>a pattern is a text</source>
        <translation>ein Muster ist ein Text</translation>
    </message>
    <message>
        <source>&apos;fields&apos; is an object of patterns</source>
        <translation>&apos;fields&apos; ist ein Objekt aus Mustern</translation>
    </message>
    <message>
        <source>&apos;tags&apos; is a text or a list of texts</source>
        <translation>&apos;tags&apos; ist ein Text oder eine Liste von Texten</translation>
    </message>
    <message>
        <source>&apos;set&apos; is an object of field values</source>
        <translation>&apos;set&apos; ist ein Objekt aus Feldwerten</translation>
    </message>
    <message>
        <source>the key comes from the source; a rule cannot set it</source>
        <translation>der Schlüssel stammt aus der Quelle; eine Regel kann ihn nicht setzen</translation>
    </message>
    <message>
        <source>a list of element keys</source>
        <translation>eine Liste von Elementschlüsseln</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid key</source>
        <translation>&apos;%1&apos; ist kein gültiger Schlüssel</translation>
    </message>
    <message>
        <source>&apos;soft&apos; is true or false</source>
        <translation>&apos;soft&apos; ist true oder false</translation>
    </message>
    <message>
        <source>%1, rule %2, field %3: %4</source>
        <translation>%1, Regel %2, Feld %3: %4</translation>
    </message>
    <message>
        <source>%1 is not in the register</source>
        <translation>%1 ist nicht im Register</translation>
    </message>
    <message>
        <source>%1: a mapping file is one YAML document</source>
        <translation>%1: Eine Zuordnungsdatei ist ein einziges YAML-Dokument</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>This format cannot be read; the formats for an import are %1.</source>
        <translation>Dieses Format kann nicht gelesen werden; die Formate für einen Import sind %1.</translation>
    </message>
    <message>
        <source>The import was canceled; nothing was written.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, more than an import takes</source>
        <translation>%1 ist größer als %2 MiB und damit zu groß für einen Import</translation>
    </message>
    <message>
        <source>A key prefix, a source name and a mapping file are for maps from other tools; %1 is read as %2, which names its own keys.</source>
        <translation>Schlüsselpräfix, Quellname und Zuordnungsdatei gelten nur für Abbildungen aus anderen Werkzeugen; %1 wird als %2 gelesen, das seine eigenen Schlüssel vergibt.</translation>
    </message>
    <message>
        <source>Overlays and an env file are for Docker Compose; %1 is read as %2.</source>
        <translation>Overlays und eine Env-Datei gelten nur für Docker Compose; %1 wird als %2 gelesen.</translation>
    </message>
</context>
<context>
    <name>JsonDocumentReader</name>
    <message>
        <source>a file of more than %1 MiB is not read</source>
        <translation>eine Datei mit mehr als %1 MiB wird nicht gelesen</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>kein gültiges JSON (%1)</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the JSON ends too early (the file looks truncated)</source>
        <translation>das JSON endet zu früh (die Datei ist offenbar abgeschnitten)</translation>
    </message>
    <message>
        <source>this is not valid JSON: %1</source>
        <translation>dies ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;format&quot;: &quot;bulwark-register&quot;</source>
        <translation>erwartet wurde ein JSON-Objekt mit &quot;format&quot;: &quot;bulwark-register&quot;</translation>
    </message>
    <message>
        <source>this is not a bulwark-register file (&quot;format&quot; must be &quot;bulwark-register&quot;)</source>
        <translation>dies ist keine bulwark-register-Datei (&quot;format&quot; muss &quot;bulwark-register&quot; sein)</translation>
    </message>
    <message>
        <source>a whole-number format version is required</source>
        <translation>eine ganzzahlige Formatversion ist erforderlich</translation>
    </message>
    <message>
        <source>the file is in bulwark-register version %1, written by a newer Bulwark; this version reads version %2</source>
        <translation>die Datei hat bulwark-register-Version %1, geschrieben von einem neueren Bulwark; diese Version liest Version %2</translation>
    </message>
    <message>
        <source>unknown format version %1</source>
        <translation>unbekannte Formatversion %1</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>item %1 of &quot;%2&quot; must be an object</source>
        <translation>Eintrag %1 von &quot;%2&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>is not a part of a bulwark-register file (it has %1)</source>
        <translation>ist kein Bestandteil einer bulwark-register-Datei (diese hat %1)</translation>
    </message>
    <message>
        <source>is not a field of stored content (sha256, content_base64)</source>
        <translation>ist kein Feld gespeicherter Inhalte (sha256, content_base64)</translation>
    </message>
    <message>
        <source>stored content needs &quot;sha256&quot; and &quot;content_base64&quot; as texts</source>
        <translation>gespeicherte Inhalte brauchen &quot;sha256&quot; und &quot;content_base64&quot; als Text</translation>
    </message>
    <message>
        <source>is not canonical base64</source>
        <translation>ist kein kanonisches Base64</translation>
    </message>
    <message>
        <source>the content does not match its SHA-256 %1 (its bytes hash to %2)</source>
        <translation>der Inhalt passt nicht zu seinem SHA-256 %1 (seine Bytes ergeben den Hash %2)</translation>
    </message>
</context>
<context>
    <name>Kubernetes</name>
    <message>
        <source>ConfigMap objects left out: %1 (not elements; read for the addresses they hold)</source>
        <translation>ConfigMap-Objekte ausgelassen: %1 (keine Elemente; gelesen wegen der Adressen, die sie enthalten)</translation>
    </message>
    <message>
        <source>%1 objects left out: %2 (not elements of the map)</source>
        <translation>%1-Objekte ausgelassen: %2 (keine Elemente der Karte)</translation>
    </message>
    <message>
        <source>an object needs an apiVersion</source>
        <translation>ein Objekt benötigt eine apiVersion</translation>
    </message>
    <message>
        <source>an object needs a kind</source>
        <translation>ein Objekt benötigt eine kind-Angabe</translation>
    </message>
    <message>
        <source>an object needs a metadata.name</source>
        <translation>ein Objekt benötigt einen metadata.name</translation>
    </message>
    <message>
        <source>metadata.namespace must be a text</source>
        <translation>metadata.namespace muss ein Text sein</translation>
    </message>
    <message>
        <source>spec must be a mapping</source>
        <translation>spec muss ein Mapping sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a Backstage entity, not a Kubernetes object; it is left out</source>
        <translation>&apos;%1&apos; ist eine Backstage-Entität, kein Kubernetes-Objekt; sie wird ausgelassen</translation>
    </message>
    <message>
        <source>document %1 is not a Kubernetes object (a mapping)</source>
        <translation>Dokument %1 ist kein Kubernetes-Objekt (ein Mapping)</translation>
    </message>
    <message>
        <source>the items of a %1 must be a list</source>
        <translation>die items eines %1-Objekts müssen eine Liste sein</translation>
    </message>
    <message>
        <source>item %1 of the %2 is not a Kubernetes object (a mapping)</source>
        <translation>Eintrag %1 des %2-Objekts ist kein Kubernetes-Objekt (ein Mapping)</translation>
    </message>
    <message>
        <source>labels must be a mapping</source>
        <translation>labels muss ein Mapping sein</translation>
    </message>
    <message>
        <source>a label must be a text</source>
        <translation>ein Label muss ein Text sein</translation>
    </message>
    <message>
        <source>a CronJob needs spec.jobTemplate.spec</source>
        <translation>ein CronJob benötigt spec.jobTemplate.spec</translation>
    </message>
    <message>
        <source>a %1 needs a pod template (a mapping)</source>
        <translation>ein %1-Objekt benötigt ein Pod-Template (ein Mapping)</translation>
    </message>
    <message>
        <source>metadata must be a mapping</source>
        <translation>metadata muss ein Mapping sein</translation>
    </message>
    <message>
        <source>the pod needs a spec (a mapping)</source>
        <translation>der Pod benötigt eine spec (ein Mapping)</translation>
    </message>
    <message>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <source>a container must be a mapping</source>
        <translation>ein Container muss ein Mapping sein</translation>
    </message>
    <message>
        <source>an entry of %1 must be a mapping</source>
        <translation>ein Eintrag von %1 muss ein Mapping sein</translation>
    </message>
    <message>
        <source>an environment variable needs a name</source>
        <translation>eine Umgebungsvariable benötigt einen Namen</translation>
    </message>
    <message>
        <source>the Service &apos;%1&apos; is a name for &apos;%2&apos;, outside the file; what it needs is not known</source>
        <translation>der Service &apos;%1&apos; ist ein Name für &apos;%2&apos; außerhalb der Datei; was er benötigt, ist nicht bekannt</translation>
    </message>
    <message>
        <source>the Service &apos;%1&apos; has no selector: its endpoints are set elsewhere, so what it needs is not known</source>
        <translation>der Service &apos;%1&apos; hat keinen Selektor: Seine Endpunkte werden anderswo festgelegt, daher ist nicht bekannt, was er benötigt</translation>
    </message>
    <message>
        <source>the selector of the Service &apos;%1&apos; matches no workload of the file</source>
        <translation>der Selektor des Service &apos;%1&apos; passt zu keinem Workload der Datei</translation>
    </message>
    <message>
        <source>the Service &apos;%1&apos; selects %2 workloads and needs each of them; where they stand in for one another, put them in a redundancy group</source>
        <translation>der Service &apos;%1&apos; wählt %2 Workloads aus und benötigt jeden davon; wo sie füreinander einstehen, fassen Sie sie in einer Redundanzgruppe zusammen</translation>
    </message>
    <message>
        <source>the file gives more than %L1 dependencies; it is refused</source>
        <translation>die Datei ergibt mehr als %L1 Abhängigkeiten; sie wird abgelehnt</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; takes the ConfigMap &apos;%3&apos;, which is not in the file; the addresses it may hold are not read</source>
        <translation>%1 von &apos;%2&apos; verwendet die ConfigMap &apos;%3&apos;, die nicht in der Datei ist; die Adressen, die sie enthalten kann, werden nicht gelesen</translation>
    </message>
    <message>
        <source>%1 of the ConfigMap &apos;%2&apos; names &apos;%3&apos;, which is not a Service of the file; left out</source>
        <translation>%1 der ConfigMap &apos;%2&apos; nennt &apos;%3&apos;, das kein Service der Datei ist; ausgelassen</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; takes the key &apos;%3&apos; of the ConfigMap &apos;%4&apos;, which has no such key</source>
        <translation>%1 von &apos;%2&apos; verwendet den Schlüssel &apos;%3&apos; der ConfigMap &apos;%4&apos;, die keinen solchen Schlüssel hat</translation>
    </message>
    <message>
        <source>%1 of &apos;%2&apos; names &apos;%3&apos;, which is not a Service of the file; left out</source>
        <translation>%1 von &apos;%2&apos; nennt &apos;%3&apos;, das kein Service der Datei ist; ausgelassen</translation>
    </message>
    <message>
        <source>the file has more than %L1 MiB; it is refused</source>
        <translation>die Datei ist größer als %L1 MiB; sie wird abgelehnt</translation>
    </message>
</context>
<context>
    <name>MapChecks</name>
    <message>
        <source>Critical function %1 reaches neither a provider nor a location through its dependencies.</source>
        <translation>Die kritische Funktion %1 erreicht über ihre Abhängigkeiten weder einen Dienstleister noch einen Standort.</translation>
    </message>
    <message>
        <source>Critical function %1 reaches no provider through its dependencies.</source>
        <translation>Die kritische Funktion %1 erreicht über ihre Abhängigkeiten keinen Dienstleister.</translation>
    </message>
    <message>
        <source>Critical function %1 reaches no location through its dependencies.</source>
        <translation>Die kritische Funktion %1 erreicht über ihre Abhängigkeiten keinen Standort.</translation>
    </message>
    <message>
        <source>Remove %1 from the scope of resilience test &apos;%2&apos;</source>
        <translation>%1 aus dem Umfang des Resilienztests &apos;%2&apos; entfernen</translation>
    </message>
    <message>
        <source>Resilience test &apos;%1&apos; has &apos;%2&apos; in its scope, but there is no element &apos;%2&apos;.</source>
        <translation>Der Resilienztest &apos;%1&apos; hat &apos;%2&apos; in seinem Umfang, aber es gibt kein Element &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Remove %1 from the elements scenario &apos;%2&apos; fails</source>
        <translation>%1 aus den Elementen entfernen, die das Szenario &apos;%2&apos; ausfallen lässt</translation>
    </message>
    <message>
        <source>Scenario &apos;%1&apos; fails &apos;%2&apos;, but there is no element &apos;%2&apos;.</source>
        <translation>Das Szenario &apos;%1&apos; lässt &apos;%2&apos; ausfallen, aber es gibt kein Element &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>There is an exit plan for provider &apos;%1&apos;, but there is no element &apos;%1&apos;.</source>
        <translation>Es gibt einen Exit-Plan für den Dienstleister &apos;%1&apos;, aber es gibt kein Element &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is recorded as a legacy system, but there is no element &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; ist als Altsystem erfasst, aber es gibt kein Element &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Critical function %1 has no %2 recorded.</source>
        <translation>Für die kritische Funktion %1 fehlen Angaben: %2.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>maximum tolerable downtime (mtd_min)</source>
        <translation>maximal tolerierbare Ausfallzeit (mtd_min)</translation>
    </message>
    <message>
        <source>maximum tolerable data loss (mtdl_min)</source>
        <translation>maximal tolerierbarer Datenverlust (mtdl_min)</translation>
    </message>
    <message>
        <source>recovery time objective (rto_min)</source>
        <translation>Wiederherstellungszeit (rto_min)</translation>
    </message>
    <message>
        <source>recovery point objective (rpo_min)</source>
        <translation>Wiederherstellungspunkt (rpo_min)</translation>
    </message>
    <message>
        <source>%1 is a single point of failure of critical function %2: its failure alone takes the function down.</source>
        <translation>%1 ist ein Single Point of Failure der kritischen Funktion %2: Schon dieser eine Ausfall legt die Funktion lahm.</translation>
    </message>
    <message>
        <source>If critical function %1 fails itself, it is back after %2, beyond its maximum tolerable downtime of %3.</source>
        <translation>Fällt die kritische Funktion %1 selbst aus, ist sie nach %2 wieder verfügbar, außerhalb ihrer maximal tolerierbaren Ausfallzeit von %3.</translation>
    </message>
    <message>
        <source>If %1 fails alone, critical function %2 is back after %3, beyond its maximum tolerable downtime of %4.</source>
        <translation>Fällt %1 allein aus, ist die kritische Funktion %2 nach %3 wieder verfügbar, außerhalb ihrer maximal tolerierbaren Ausfallzeit von %4.</translation>
    </message>
    <message>
        <source>Critical function %1 needs data store %2, whose recovery point objective of %3 exceeds the function&apos;s maximum tolerable data loss of %4.</source>
        <translation>Die kritische Funktion %1 benötigt den Datenspeicher %2, dessen Wiederherstellungspunkt (RPO) von %3 den maximal tolerierbaren Datenverlust der Funktion von %4 überschreitet.</translation>
    </message>
    <message>
        <source>Critical function %1 has a recovery time objective of %2, but %3, which it needs, has %4.</source>
        <translation>Die kritische Funktion %1 hat eine Wiederherstellungszeit (RTO) von %2, aber %3, das sie benötigt, hat %4.</translation>
    </message>
    <message>
        <source>Critical function %1 depends on one location only: %2.</source>
        <translation>Die kritische Funktion %1 hängt nur von einem Standort ab: %2.</translation>
    </message>
    <message>
        <source>Every location critical function %1 depends on is in region &apos;%2&apos;.</source>
        <translation>Jeder Standort, von dem die kritische Funktion %1 abhängt, liegt in der Region &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Critical function %1 depends on one provider only: %2.</source>
        <translation>Die kritische Funktion %1 hängt nur von einem Dienstleister ab: %2.</translation>
    </message>
    <message>
        <source>%1 depends on itself.</source>
        <translation>%1 hängt von sich selbst ab.</translation>
    </message>
    <message>
        <source>These elements depend on each other in a cycle: %1.</source>
        <translation>Diese Elemente hängen in einem Zyklus voneinander ab: %1.</translation>
    </message>
    <message>
        <source>above the alarm level (%1 %)</source>
        <translation>über der Alarmschwelle (%1 %)</translation>
    </message>
    <message>
        <source>above the warning level (%1 %)</source>
        <translation>über der Warnschwelle (%1 %)</translation>
    </message>
    <message>
        <source>%1 of %2 critical functions (%3) depend on provider %4: %5.</source>
        <translation>%1 von %2 kritischen Funktionen (%3) hängen vom Dienstleister %4 ab: %5.</translation>
    </message>
    <message>
        <source>%1 of %2 critical functions (%3) are in or depend on country %4: %5.</source>
        <translation>%1 von %2 kritischen Funktionen (%3) befinden sich im Land %4 oder hängen davon ab: %5.</translation>
    </message>
    <message>
        <source>%1 (%2) supports critical functions but has no owner.</source>
        <translation>%1 (%2) unterstützt kritische Funktionen, hat aber keine(n) Verantwortliche(n).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>an element&apos;s kind, then the element</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The loss of region %1 breaks it too.</source>
        <translation>Auch der Ausfall der Region %1 lässt sie versagen.</translation>
    </message>
    <message numerus="yes">
        <source>Redundancy group &apos;%1&apos; of %2 needs %3 of its %4 members, but %n element(s) outside it take down enough members alone to break it. Nearest shared: %5.</source>
        <translation>
            <numerusform>Redundanzgruppe &apos;%1&apos; von %2 benötigt %3 ihrer %4 Mitglieder, doch %n Element außerhalb der Gruppe lässt allein so viele Mitglieder ausfallen, dass sie versagt. Nächste gemeinsame Abhängigkeit: %5.</numerusform>
            <numerusform>Redundanzgruppe &apos;%1&apos; von %2 benötigt %3 ihrer %4 Mitglieder, doch %n Elemente außerhalb der Gruppe lassen jeweils allein so viele Mitglieder ausfallen, dass sie versagt. Nächste gemeinsame Abhängigkeiten: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; with &apos;%2&apos;</source>
        <translation>&apos;%1&apos; mit &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of elements take critical function %1 down when both fail, though neither does alone: %2.</source>
        <translation>
            <numerusform>%n Elementpaar bringt die kritische Funktion %1 zum Ausfall, wenn beide ausfallen, obwohl keines der beiden es allein tut: %2.</numerusform>
            <numerusform>%n Elementpaare bringen die kritische Funktion %1 zum Ausfall, wenn beide ausfallen, obwohl keines der beiden es allein tut: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a recovery time objective of %2, but its failure alone takes down critical function %3, whose maximum tolerable downtime is %4: its RTO must come down by %5 (or it must stop being needed alone).</source>
        <translation>%1 hat eine Wiederherstellungszeit (RTO) von %2, doch sein Ausfall allein bringt die kritische Funktion %3 zum Ausfall, deren maximal tolerierbare Ausfallzeit %4 beträgt: Seine RTO muss um %5 sinken (oder es darf nicht mehr allein benötigt werden).</translation>
    </message>
</context>
<context>
    <name>NodeValues</name>
    <message>
        <source>&apos;%1&apos; has the kind &apos;%2&apos;, which is not an element kind (%3); it is read as %4</source>
        <translation>&apos;%1&apos; hat die Art &apos;%2&apos;, die keine Elementart ist (%3); es wird als %4 gelesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a value &apos;key&apos; (&apos;%2&apos;); keys come from the file&apos;s identifiers, so it is left out</source>
        <translation>&apos;%1&apos; hat einen Wert &apos;key&apos; (&apos;%2&apos;); Schlüssel stammen aus den Bezeichnern der Datei, daher wird er ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos;, field %2: %3; the value is left out</source>
        <translation>&apos;%1&apos;, Feld %2: %3; der Wert wird ausgelassen</translation>
    </message>
</context>
<context>
    <name>RegisterCodec</name>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be a whole number, got %1, which is too large</source>
        <translation>muss eine ganze Zahl sein, ist aber %1 und damit zu groß</translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1 (for example 0.999), got &apos;%1&apos;</source>
        <translation>muss ein Anteil zwischen 0 und 1 sein (zum Beispiel 0.999), ist aber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a fraction between 0 and 1</source>
        <translation>ein Anteil zwischen 0 und 1</translation>
    </message>
    <message>
        <source>must be true or false, got &apos;%1&apos;</source>
        <translation>muss true oder false sein, ist aber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>must be a date (YYYY-MM-DD), got &apos;%1&apos;</source>
        <translation>muss ein Datum (JJJJ-MM-TT) sein, ist aber &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; ist nicht zulässig; erlaubt sind: %2</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>muss %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>a whole number of minutes</source>
        <translation>eine ganze Zahl von Minuten</translation>
    </message>
    <message>
        <source>must be a whole number of minutes, got %1</source>
        <translation>muss eine ganze Zahl von Minuten sein, ist aber %1</translation>
    </message>
    <message>
        <source>must be %1, got &apos;%2&apos;</source>
        <translation>muss %1 sein, ist aber &apos;%2&apos;</translation>
    </message>
    <message>
        <source>must be %1, got &apos;%2&apos;, which is too large</source>
        <translation>muss %1 sein, ist aber &apos;%2&apos; und damit zu groß</translation>
    </message>
    <message>
        <source>a list of element keys</source>
        <translation>eine Liste von Elementschlüsseln</translation>
    </message>
    <message>
        <source>the field name %1</source>
        <translation>der Feldname %1</translation>
    </message>
    <message>
        <source>is not a %1 field (%2)</source>
        <translation>ist kein Feld des Typs %1 (%2)</translation>
    </message>
    <message>
        <source>a field name is required</source>
        <translation>ein Feldname ist erforderlich</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
</context>
<context>
    <name>RegisterLock</name>
    <message>
        <source>%1 is open in Bulwark: %2. You can open it read-only, or ask them to close it.</source>
        <translation>%1 ist in Bulwark geöffnet: %2. Sie können die Datei schreibgeschützt öffnen oder die betreffende Person bitten, sie zu schließen.</translation>
    </message>
    <message>
        <source>%1 is being opened by another Bulwark window right now. Try again in a moment, or open it read-only.</source>
        <translation>%1 wird gerade von einem anderen Bulwark-Fenster geöffnet. Versuchen Sie es gleich noch einmal oder öffnen Sie die Datei schreibgeschützt.</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>einem unbekannten Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1 auf %2 (Prozess %3) seit %4</translation>
    </message>
</context>
<context>
    <name>RegisterQueries</name>
    <message>
        <source>reading the register</source>
        <translation>Lesen des Registers</translation>
    </message>
</context>
<context>
    <name>RegisterStore</name>
    <message>
        <source>reading the audit trail</source>
        <translation>Lesen des Prüfpfads</translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation>Lesen des Registers</translation>
    </message>
    <message>
        <source>Loading the register was canceled.</source>
        <translation>Das Laden des Registers wurde abgebrochen.</translation>
    </message>
    <message>
        <source>reading stored content</source>
        <translation>Lesen gespeicherter Inhalte</translation>
    </message>
    <message>
        <source>The register holds no content with SHA-256 %1.</source>
        <translation>Das Register enthält keinen Inhalt mit SHA-256 %1.</translation>
    </message>
</context>
<context>
    <name>RegisterWriter</name>
    <message>
        <source>preparing the write</source>
        <translation>Vorbereiten des Schreibvorgangs</translation>
    </message>
    <message>
        <source>adding element %1</source>
        <translation>Hinzufügen von Element %1</translation>
    </message>
    <message>
        <source>changing element %1</source>
        <translation>Ändern von Element %1</translation>
    </message>
    <message>
        <source>removing an element</source>
        <translation>Entfernen eines Elements</translation>
    </message>
    <message>
        <source>adding group %1 of %2</source>
        <translation>Hinzufügen von Gruppe %1 von %2</translation>
    </message>
    <message>
        <source>changing group %1 of %2</source>
        <translation>Ändern von Gruppe %1 von %2</translation>
    </message>
    <message>
        <source>removing a redundancy group</source>
        <translation>Entfernen einer Redundanzgruppe</translation>
    </message>
    <message>
        <source>adding dependency %1 -&gt; %2</source>
        <translation>Hinzufügen der Abhängigkeit %1 -&gt; %2</translation>
    </message>
    <message>
        <source>changing dependency %1 -&gt; %2</source>
        <translation>Ändern der Abhängigkeit %1 -&gt; %2</translation>
    </message>
    <message>
        <source>adding scenario %1</source>
        <translation>Hinzufügen von Szenario %1</translation>
    </message>
    <message>
        <source>changing scenario %1</source>
        <translation>Ändern von Szenario %1</translation>
    </message>
    <message>
        <source>removing scenario %1</source>
        <translation>Entfernen von Szenario %1</translation>
    </message>
    <message>
        <source>adding %1 %2</source>
        <translation>Hinzufügen: %1 %2</translation>
    </message>
    <message>
        <source>changing %1 %2</source>
        <translation>Ändern: %1 %2</translation>
    </message>
    <message>
        <source>removing %1 %2</source>
        <translation>Entfernen: %1 %2</translation>
    </message>
    <message>
        <source>storing content %1</source>
        <translation>Speichern von Inhalt %1</translation>
    </message>
    <message>
        <source>removing a dependency</source>
        <translation>Entfernen einer Abhängigkeit</translation>
    </message>
</context>
<context>
    <name>Roi</name>
    <message>
        <source>The build was stopped: the register of information is incomplete.</source>
        <translation>Die Erstellung wurde abgebrochen: Das Informationsregister ist unvollständig.</translation>
    </message>
    <message>
        <source>Both %1 and %2 are marked as maintaining the register; %1 is used.</source>
        <translation>%1 und %2 sind beide als das Unternehmen gekennzeichnet, das das Informationsregister führt; %1 wird verwendet.</translation>
    </message>
    <message>
        <source>No entity in scope is marked as the one maintaining the register (B_01.01): mark one with reporting = true.</source>
        <translation>Kein Unternehmen im Anwendungsbereich ist als dasjenige gekennzeichnet, das das Informationsregister führt (B_01.01): Kennzeichnen Sie eines mit reporting = true.</translation>
    </message>
    <message>
        <source>Arrangement %1 names the provider %2, which is not in the map.</source>
        <translation>Vereinbarung %1 nennt den Dienstleister %2, der nicht in der Karte ist.</translation>
    </message>
    <message>
        <source>ICT service %1 has no contractual arrangement.</source>
        <translation>IKT-Dienstleistung %1 hat keine vertragliche Vereinbarung.</translation>
    </message>
    <message>
        <source>ICT service %1 names arrangement %2, which does not exist.</source>
        <translation>IKT-Dienstleistung %1 nennt die Vereinbarung %2, die es nicht gibt.</translation>
    </message>
    <message>
        <source>Provider %1 is not in the map.</source>
        <translation>Dienstleister %1 ist nicht in der Karte.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1: the filing indicator says the template is reported, but it has no rows. Add its rows or mark it as not reported.</source>
        <translation>%1: Laut Meldeindikator wird die Vorlage gemeldet, sie hat aber keine Zeilen. Ergänzen Sie ihre Zeilen oder kennzeichnen Sie sie als nicht gemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the template has %n row(s), but the filing indicator says it is not reported. Mark it as reported or remove the rows.</source>
        <translation>
            <numerusform>%1: Die Vorlage hat %n Zeile, laut Meldeindikator wird sie aber nicht gemeldet. Kennzeichnen Sie ihn als gemeldet oder entfernen Sie die Zeile.</numerusform>
            <numerusform>%1: Die Vorlage hat %n Zeilen, laut Meldeindikator wird sie aber nicht gemeldet. Kennzeichnen Sie ihn als gemeldet oder entfernen Sie die Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 row %2: %3 is empty, but it is part of the key. Write the country, or eba_GA:qx2007 where none applies.</source>
        <translation>%1 Zeile %2: %3 ist leer, gehört aber zum Schlüssel. Tragen Sie das Land ein oder eba_GA:qx2007, wo keines zutrifft.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is empty, but it is part of the key. Fill it in, or write &quot;Not Applicable&quot; where no value exists.</source>
        <translation>%1 Zeile %2: %3 ist leer, gehört aber zum Schlüssel. Füllen Sie es aus oder tragen Sie &quot;Not Applicable&quot; ein, wo es keinen Wert gibt.</translation>
    </message>
    <message>
        <source>%1 row %2: an earlier row has the same key (%3). Merge the two rows or correct the key.</source>
        <translation>%1 Zeile %2: Eine frühere Zeile hat denselben Schlüssel (%3). Führen Sie die beiden Zeilen zusammen oder korrigieren Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not in %5. Add it to %5 or correct the value (reference %6).</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist nicht in %5. Nehmen Sie den Wert in %5 auf oder korrigieren Sie ihn (Verweis %6).</translation>
    </message>
    <message>
        <source>%1 row %2: the combination %3 &quot;%4&quot; is not in %5. Add it to %5 or correct the values (reference %6).</source>
        <translation>%1 Zeile %2: Die Kombination %3 &quot;%4&quot; ist nicht in %5. Nehmen Sie sie in %5 auf oder korrigieren Sie die Werte (Verweis %6).</translation>
    </message>
    <message>
        <source>%1 row %2: an overarching arrangement (c0030) is named, but the arrangement is not subsequent or associated (c0020). Clear c0030 or correct the type.</source>
        <translation>%1 Zeile %2: Eine übergeordnete Vereinbarung (c0030) ist angegeben, die Vereinbarung ist aber keine nachfolgende oder zugehörige (c0020). Leeren Sie c0030 oder korrigieren Sie die Art.</translation>
    </message>
    <message>
        <source>%1 row %2: the currency of the total assets (c0100) is given without their value (c0110). Fill in the value or clear the currency.</source>
        <translation>%1 Zeile %2: Die Währung der Bilanzsumme (c0100) ist ohne deren Wert (c0110) angegeben. Tragen Sie den Wert ein oder leeren Sie die Währung.</translation>
    </message>
    <message>
        <source>%1 row %2: a reason for poor substitutability (c0060) is given, but the provider is neither not substitutable nor highly complex to substitute (c0050). Clear the reason or correct c0050.</source>
        <translation>%1 Zeile %2: Ein Grund für schwere Ersetzbarkeit (c0060) ist angegeben, der Dienstleister ist aber weder nicht ersetzbar noch nur mit großen Schwierigkeiten ersetzbar (c0050). Leeren Sie den Grund oder korrigieren Sie c0050.</translation>
    </message>
    <message>
        <source>%1 row %2: a location of the data at rest (c0150) is given, but no data is stored (c0140). Write eba_GA:qx2007 (not applicable) or correct c0140.</source>
        <translation>%1 Zeile %2: Ein Speicherort der Daten (c0150) ist angegeben, es werden aber keine Daten gespeichert (c0140). Tragen Sie eba_GA:qx2007 (nicht anwendbar) ein oder korrigieren Sie c0140.</translation>
    </message>
    <message>
        <source>%1 row %2: data is stored (c0140), but the location of the data at rest (c0150) is &quot;not applicable&quot;. Write the country where the data is stored.</source>
        <translation>%1 Zeile %2: Es werden Daten gespeichert (c0140), der Speicherort der Daten (c0150) ist aber &quot;nicht anwendbar&quot;. Tragen Sie das Land ein, in dem die Daten gespeichert werden.</translation>
    </message>
    <message>
        <source>%1 row %2: the entity is a branch (c0030), but its identification code (c0040) is &quot;Not Applicable&quot;. Write the branch&apos;s code as in B_01.03.</source>
        <translation>%1 Zeile %2: Das Unternehmen ist eine Zweigniederlassung (c0030), ihr Identifikationscode (c0040) ist aber &quot;Not Applicable&quot;. Tragen Sie den Code der Zweigniederlassung wie in B_01.03 ein.</translation>
    </message>
    <message>
        <source>%1 row %2: the entity is not a branch (c0030), so the branch code (c0040) must be &quot;Not Applicable&quot;.</source>
        <translation>%1 Zeile %2: Das Unternehmen ist keine Zweigniederlassung (c0030), daher muss der Code der Zweigniederlassung (c0040) &quot;Not Applicable&quot; sein.</translation>
    </message>
    <message>
        <source>%1 row %2: the end date (c0080) lies before the start date (c0070). Correct one of them.</source>
        <translation>%1 Zeile %2: Das Enddatum (c0080) liegt vor dem Beginndatum (c0070). Korrigieren Sie eines der beiden.</translation>
    </message>
    <message>
        <source>%1 row %2: the arrangement ended on %3, before the reference date, but no reason for termination (c0090) is given. Choose one.</source>
        <translation>%1 Zeile %2: Die Vereinbarung endete am %3, vor dem Meldestichtag, aber es ist kein Grund der Beendigung (c0090) angegeben. Wählen Sie einen aus.</translation>
    </message>
    <message>
        <source>%1 row %2: the rank (c0050) is %3; ranks start at 1, the direct provider.</source>
        <translation>%1 Zeile %2: Der Rang (c0050) ist %3; die Ränge beginnen bei 1, dem direkten Dienstleister.</translation>
    </message>
    <message>
        <source>%1 row %2: contract %3 has more than one row of rank 1 (c0050) for this type of ICT services. Keep only the direct provider at rank 1.</source>
        <translation>%1 Zeile %2: Vertrag %3 hat für diese Art von IKT-Dienstleistungen mehr als eine Zeile mit Rang 1 (c0050). Belassen Sie nur den direkten Dienstleister auf Rang 1.</translation>
    </message>
    <message>
        <source>%1 row %2: the rank-1 provider &quot;%3&quot; (c0030) is not a provider of contract %4 in B_02.02. Rank 1 is the provider that signed the arrangement.</source>
        <translation>%1 Zeile %2: Der Dienstleister auf Rang 1 &quot;%3&quot; (c0030) ist kein Dienstleister des Vertrags %4 in B_02.02. Rang 1 ist der Dienstleister, der die Vereinbarung unterzeichnet hat.</translation>
    </message>
    <message>
        <source>%1 row %2: in a rank-1 row the recipient (c0060) should repeat the provider&apos;s own code &quot;%3&quot;.</source>
        <translation>%1 Zeile %2: In einer Zeile mit Rang 1 sollte der Empfänger (c0060) den eigenen Code des Dienstleisters &quot;%3&quot; wiederholen.</translation>
    </message>
    <message>
        <source>%1 row %2: the recipient &quot;%3&quot; (c0060) is not a provider at rank %4 of the same contract and type of ICT services. Correct the recipient or the rank.</source>
        <translation>%1 Zeile %2: Der Empfänger &quot;%3&quot; (c0060) ist kein Dienstleister auf Rang %4 desselben Vertrags und derselben Art von IKT-Dienstleistungen. Korrigieren Sie den Empfänger oder den Rang.</translation>
    </message>
    <message>
        <source>%1 row %2: the supply chain of contract %3 for this type of ICT services has no row of rank 1 (c0050). Add the direct provider at rank 1.</source>
        <translation>%1 Zeile %2: Die Lieferkette des Vertrags %3 für diese Art von IKT-Dienstleistungen hat keine Zeile mit Rang 1 (c0050). Ergänzen Sie den direkten Dienstleister auf Rang 1.</translation>
    </message>
    <message>
        <source>%1 row %2: the ICT services support a critical or important function, but B_07.01 has no assessment of them (contract %3, provider %4, type %5). Add it to B_07.01.</source>
        <translation>%1 Zeile %2: Die IKT-Dienstleistungen unterstützen eine kritische oder wichtige Funktion, aber B_07.01 enthält keine Bewertung dazu (Vertrag %3, Dienstleister %4, Art %5). Ergänzen Sie sie in B_07.01.</translation>
    </message>
    <message>
        <source>%1 row %2: the function is critical or important (c0050), but no ICT services in B_02.02 support it. Add the arrangements that support it, or correct its criticality.</source>
        <translation>%1 Zeile %2: Die Funktion ist kritisch oder wichtig (c0050), wird aber von keiner IKT-Dienstleistung in B_02.02 unterstützt. Ergänzen Sie die Vereinbarungen, die sie unterstützen, oder korrigieren Sie ihre Kritikalität.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not a valid LEI (20 characters, the last two check digits, ISO 17442). Copy it again from the GLEIF register.</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist kein gültiger LEI (20 Zeichen, die letzten beiden sind Prüfziffern, ISO 17442). Kopieren Sie ihn erneut aus dem GLEIF-Register.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not a date written yyyy-mm-dd (for example 2025-03-31).</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist kein Datum im Format JJJJ-MM-TT (zum Beispiel 2025-03-31).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not an amount in whole units of zero or more. Write digits only, without sign, separators or decimals.</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist kein Betrag in ganzen Einheiten von null oder mehr. Schreiben Sie nur Ziffern, ohne Vorzeichen, Trennzeichen oder Dezimalstellen.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not a whole number of zero or more. Write digits only, without sign, separators or decimals.</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist keine ganze Zahl von null oder mehr. Schreiben Sie nur Ziffern, ohne Vorzeichen, Trennzeichen oder Dezimalstellen.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is &quot;%4&quot;; the EBA accepts only &quot;true&quot; here.</source>
        <translation>%1 Zeile %2: %3 ist &quot;%4&quot;; die EBA akzeptiert hier nur &quot;true&quot;.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is %4 (not applicable), which is allowed only in B_02.02 c0130, c0150 and c0160. Write a country.</source>
        <translation>%1 Zeile %2: %3 ist %4 (nicht anwendbar), was nur in B_02.02 c0130, c0150 und c0160 zulässig ist. Tragen Sie ein Land ein.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not a country code. Write eba_GA: and the ISO 3166 code, for example eba_GA:DE.</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist kein Ländercode. Schreiben Sie eba_GA: und den Code nach ISO 3166, zum Beispiel eba_GA:DE.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not a currency code. Write eba_CU: and the ISO 4217 code, for example eba_CU:EUR.</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist kein Währungscode. Schreiben Sie eba_CU: und den Code nach ISO 4217, zum Beispiel eba_CU:EUR.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not a code of a licensed activity (eba_TA:x and a number).</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist kein Code einer zugelassenen Tätigkeit (eba_TA:x und eine Zahl).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is a non-financial type of entity, which B_01.01 does not allow. Choose the type of the financial entity.</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist eine Art von Nicht-Finanzunternehmen, die B_01.01 nicht zulässt. Wählen Sie die Art des Finanzunternehmens.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not in the list &quot;%5&quot;. Choose one of its values.</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist nicht in der Liste &quot;%5&quot;. Wählen Sie einen ihrer Werte.</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not a valid LEI, but its type (%5) says LEI. Correct the code or its type.</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; ist kein gültiger LEI, seine Codeart (%5) gibt aber LEI an. Korrigieren Sie den Code oder seine Art.</translation>
    </message>
    <message>
        <source>Credit institution</source>
        <translation>Kreditinstitut</translation>
    </message>
    <message>
        <source>Investment firm</source>
        <translation>Wertpapierfirma</translation>
    </message>
    <message>
        <source>Payment institution</source>
        <translation>Zahlungsinstitut</translation>
    </message>
    <message>
        <source>Account information service provider</source>
        <translation>Kontoinformationsdienstleister</translation>
    </message>
    <message>
        <source>Electronic money institution</source>
        <translation>E-Geld-Institut</translation>
    </message>
    <message>
        <source>Crypto-asset service provider</source>
        <translation>Anbieter von Kryptowerte-Dienstleistungen</translation>
    </message>
    <message>
        <source>Central securities depository</source>
        <translation>Zentralverwahrer</translation>
    </message>
    <message>
        <source>Trading venue</source>
        <translation>Handelsplatz</translation>
    </message>
    <message>
        <source>Trade repository</source>
        <translation>Transaktionsregister</translation>
    </message>
    <message>
        <source>Manager of alternative investment funds</source>
        <translation>Verwalter alternativer Investmentfonds</translation>
    </message>
    <message>
        <source>Data reporting service provider</source>
        <translation>Datenbereitstellungsdienst</translation>
    </message>
    <message>
        <source>Insurance or reinsurance undertaking</source>
        <translation>Versicherungs- oder Rückversicherungsunternehmen</translation>
    </message>
    <message>
        <source>Issuer of asset-referenced tokens</source>
        <translation>Emittent vermögenswertereferenzierter Token</translation>
    </message>
    <message>
        <source>Institution for occupational retirement provision</source>
        <translation>Einrichtung der betrieblichen Altersversorgung</translation>
    </message>
    <message>
        <source>Credit rating agency</source>
        <translation>Ratingagentur</translation>
    </message>
    <message>
        <source>Administrator of critical benchmarks</source>
        <translation>Administrator kritischer Referenzwerte</translation>
    </message>
    <message>
        <source>Crowdfunding service provider</source>
        <translation>Schwarmfinanzierungsdienstleister</translation>
    </message>
    <message>
        <source>Securitisation repository</source>
        <translation>Verbriefungsregister</translation>
    </message>
    <message>
        <source>Other financial entity</source>
        <translation>Sonstiges Finanzunternehmen</translation>
    </message>
    <message>
        <source>Insurance, reinsurance or ancillary insurance intermediary</source>
        <translation>Versicherungsvermittler, Rückversicherungsvermittler oder Versicherungsvermittler in Nebentätigkeit</translation>
    </message>
    <message>
        <source>Central counterparty</source>
        <translation>Zentrale Gegenpartei</translation>
    </message>
    <message>
        <source>Management company</source>
        <translation>Verwaltungsgesellschaft</translation>
    </message>
    <message>
        <source>Non-financial entity: intra-group ICT service provider</source>
        <translation>Nicht-Finanzunternehmen: konzerninterner IKT-Dienstleister</translation>
    </message>
    <message>
        <source>Non-financial entity: other</source>
        <translation>Nicht-Finanzunternehmen: sonstiges</translation>
    </message>
    <message>
        <source>Ultimate parent undertaking</source>
        <translation>Oberstes Mutterunternehmen</translation>
    </message>
    <message>
        <source>Parent undertaking other than the ultimate parent</source>
        <translation>Mutterunternehmen, das nicht das oberste Mutterunternehmen ist</translation>
    </message>
    <message>
        <source>Subsidiary</source>
        <translation>Tochterunternehmen</translation>
    </message>
    <message>
        <source>Not part of the group</source>
        <translation>Nicht Teil der Gruppe</translation>
    </message>
    <message>
        <source>Other (outsourcing relation)</source>
        <translation>Sonstiges (Auslagerungsbeziehung)</translation>
    </message>
    <message>
        <source>Standalone arrangement</source>
        <translation>Eigenständige Vereinbarung</translation>
    </message>
    <message>
        <source>Overarching arrangement</source>
        <translation>Übergeordnete Vereinbarung</translation>
    </message>
    <message>
        <source>Subsequent or associated arrangement</source>
        <translation>Nachfolgende oder zugehörige Vereinbarung</translation>
    </message>
    <message>
        <source>Expired and not renewed</source>
        <translation>Abgelaufen und nicht verlängert</translation>
    </message>
    <message>
        <source>The provider broke the law or the contract</source>
        <translation>Der Dienstleister hat gegen Gesetz oder Vertrag verstoßen</translation>
    </message>
    <message>
        <source>Impediments that alter the supported function</source>
        <translation>Hindernisse, die die unterstützte Funktion verändern</translation>
    </message>
    <message>
        <source>Weaknesses in the provider&apos;s data security</source>
        <translation>Schwächen in der Datensicherheit des Dienstleisters</translation>
    </message>
    <message>
        <source>Asked for by the competent authority</source>
        <translation>Auf Verlangen der zuständigen Behörde</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Sonstiger Grund</translation>
    </message>
    <message>
        <source>ICT project management</source>
        <translation>IKT-Projektmanagement</translation>
    </message>
    <message>
        <source>ICT development</source>
        <translation>IKT-Entwicklung</translation>
    </message>
    <message>
        <source>Help desk and first-level support</source>
        <translation>Helpdesk und First-Level-Support</translation>
    </message>
    <message>
        <source>ICT security management</source>
        <translation>IKT-Sicherheitsmanagement</translation>
    </message>
    <message>
        <source>Provision of data</source>
        <translation>Bereitstellung von Daten</translation>
    </message>
    <message>
        <source>Data analysis</source>
        <translation>Datenanalyse</translation>
    </message>
    <message>
        <source>ICT facilities and hosting (not cloud)</source>
        <translation>IKT-Einrichtungen und Hosting (keine Cloud)</translation>
    </message>
    <message>
        <source>Computation (not cloud)</source>
        <translation>Rechenleistung (keine Cloud)</translation>
    </message>
    <message>
        <source>Data storage (not cloud)</source>
        <translation>Datenspeicherung (keine Cloud)</translation>
    </message>
    <message>
        <source>Telecommunications carrier</source>
        <translation>Telekommunikationsanbieter</translation>
    </message>
    <message>
        <source>Network infrastructure</source>
        <translation>Netzinfrastruktur</translation>
    </message>
    <message>
        <source>Hardware and physical devices</source>
        <translation>Hardware und physische Geräte</translation>
    </message>
    <message>
        <source>Software licensing (not SaaS)</source>
        <translation>Softwarelizenzierung (kein SaaS)</translation>
    </message>
    <message>
        <source>ICT operation management</source>
        <translation>IKT-Betriebsmanagement</translation>
    </message>
    <message>
        <source>ICT consulting</source>
        <translation>IKT-Beratung</translation>
    </message>
    <message>
        <source>ICT risk management</source>
        <translation>IKT-Risikomanagement</translation>
    </message>
    <message>
        <source>Cloud: infrastructure as a service</source>
        <translation>Cloud: Infrastructure as a Service</translation>
    </message>
    <message>
        <source>Cloud: platform as a service</source>
        <translation>Cloud: Platform as a Service</translation>
    </message>
    <message>
        <source>Cloud: software as a service</source>
        <translation>Cloud: Software as a Service</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Not significant</source>
        <translation>Nicht signifikant</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Wesentlich</translation>
    </message>
    <message>
        <source>Full</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Zweigniederlassung</translation>
    </message>
    <message>
        <source>Not a branch</source>
        <translation>Keine Zweigniederlassung</translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation>Juristische Person</translation>
    </message>
    <message>
        <source>Individual acting in a business capacity</source>
        <translation>Natürliche Person, die in geschäftlicher Eigenschaft handelt</translation>
    </message>
    <message>
        <source>Critical or important</source>
        <translation>Kritisch oder wichtig</translation>
    </message>
    <message>
        <source>Not critical or important</source>
        <translation>Weder kritisch noch wichtig</translation>
    </message>
    <message>
        <source>Assessment not performed</source>
        <translation>Bewertung nicht durchgeführt</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Not substitutable</source>
        <translation>Nicht ersetzbar</translation>
    </message>
    <message>
        <source>Substitutable with great difficulty</source>
        <translation>Nur mit großen Schwierigkeiten ersetzbar</translation>
    </message>
    <message>
        <source>Substitutable with medium difficulty</source>
        <translation>Mit mittleren Schwierigkeiten ersetzbar</translation>
    </message>
    <message>
        <source>Easily substitutable</source>
        <translation>Leicht ersetzbar</translation>
    </message>
    <message>
        <source>No real alternative</source>
        <translation>Keine echte Alternative</translation>
    </message>
    <message>
        <source>Migrating or taking it back in-house is hard</source>
        <translation>Migration oder Wiedereingliederung ins Unternehmen ist schwierig</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Difficult</source>
        <translation>Schwierig</translation>
    </message>
    <message>
        <source>Highly complex</source>
        <translation>Hochkomplex</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>LEI</source>
        <translation>LEI</translation>
    </message>
    <message>
        <source>National identifier</source>
        <translation>Nationale Kennung</translation>
    </message>
    <message>
        <source>EUID</source>
        <translation>EUID</translation>
    </message>
    <message>
        <source>Company registration number</source>
        <translation>Unternehmensregisternummer</translation>
    </message>
    <message>
        <source>VAT number</source>
        <translation>Umsatzsteuer-Identifikationsnummer</translation>
    </message>
    <message>
        <source>Passport number</source>
        <translation>Reisepassnummer</translation>
    </message>
    <message>
        <source>Type of entity</source>
        <translation>Art des Unternehmens</translation>
    </message>
    <message>
        <source>Hierarchy in the group</source>
        <translation>Hierarchie in der Gruppe</translation>
    </message>
    <message>
        <source>Type of contractual arrangement</source>
        <translation>Art der vertraglichen Vereinbarung</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>Grund der Beendigung</translation>
    </message>
    <message>
        <source>Type of ICT services</source>
        <translation>Art der IKT-Dienstleistungen</translation>
    </message>
    <message>
        <source>Yes or no</source>
        <translation>Ja oder nein</translation>
    </message>
    <message>
        <source>Sensitiveness of the data</source>
        <translation>Sensibilität der Daten</translation>
    </message>
    <message>
        <source>Level of reliance</source>
        <translation>Grad der Abhängigkeit</translation>
    </message>
    <message>
        <source>Nature of the entity</source>
        <translation>Eigenschaft des Unternehmens</translation>
    </message>
    <message>
        <source>Type of person</source>
        <translation>Art der Person</translation>
    </message>
    <message>
        <source>Criticality or importance</source>
        <translation>Kritikalität oder Bedeutung</translation>
    </message>
    <message>
        <source>Impact of discontinuing</source>
        <translation>Auswirkung der Einstellung</translation>
    </message>
    <message>
        <source>Substitutability</source>
        <translation>Ersetzbarkeit</translation>
    </message>
    <message>
        <source>Reason for poor substitutability</source>
        <translation>Grund für schwere Ersetzbarkeit</translation>
    </message>
    <message>
        <source>Possibility of reintegration</source>
        <translation>Möglichkeit der Wiedereingliederung</translation>
    </message>
    <message>
        <source>Alternative providers identified</source>
        <translation>Alternative Dienstleister ermittelt</translation>
    </message>
    <message>
        <source>Type of identification code</source>
        <translation>Art des Identifikationscodes</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is negative (%4). Write zero or a positive number (EBA rule %5).</source>
        <translation>%1 Zeile %2: %3 ist negativ (%4). Tragen Sie null oder eine positive Zahl ein (EBA-Regel %5).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; is not shaped like an LEI (18 capital letters or digits, then 2 digits). Correct it (EBA rule %5).</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; hat nicht die Form eines LEI (18 Großbuchstaben oder Ziffern, dann 2 Ziffern). Korrigieren Sie ihn (EBA-Regel %5).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 &quot;%4&quot; does not have the form %5 (EBA rule %6).</source>
        <translation>%1 Zeile %2: %3 &quot;%4&quot; hat nicht die Form %5 (EBA-Regel %6).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is %4, but must be one of: %5 (EBA rule %6).</source>
        <translation>%1 Zeile %2: %3 ist %4, muss aber einer der folgenden Werte sein: %5 (EBA-Regel %6).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 must be later than (or greater than) %4 (EBA rule %5).</source>
        <translation>%1 Zeile %2: %3 muss später als (oder größer als) %4 sein (EBA-Regel %5).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is empty while %4 is filled. Fill it in (EBA rule %5).</source>
        <translation>%1 Zeile %2: %3 ist leer, obwohl %4 ausgefüllt ist. Füllen Sie es aus (EBA-Regel %5).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is empty while %4 is %5. Fill it in (EBA rule %6).</source>
        <translation>%1 Zeile %2: %3 ist leer, obwohl %4 den Wert %5 hat. Füllen Sie es aus (EBA-Regel %6).</translation>
    </message>
    <message>
        <source>%1 row %2: %3 is empty. Fill it in (EBA rule %4).</source>
        <translation>%1 Zeile %2: %3 ist leer. Füllen Sie es aus (EBA-Regel %4).</translation>
    </message>
    <message>
        <source>The package could not be put together (%1). Please report this as a bug.</source>
        <translation>Das Paket konnte nicht zusammengestellt werden (%1). Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>The register of information needs the LEI of the entity that maintains it.</source>
        <translation>Das Informationsregister benötigt den LEI des Unternehmens, das es führt.</translation>
    </message>
    <message>
        <source>The register of information needs the LEI of the entity that maintains it; &apos;%1&apos; is not a valid LEI (20 letters and digits with ISO 17442 check digits).</source>
        <translation>Das Informationsregister benötigt den LEI des Unternehmens, das es führt; &apos;%1&apos; ist kein gültiger LEI (20 Buchstaben und Ziffern mit Prüfziffern nach ISO 17442).</translation>
    </message>
    <message>
        <source>The register of information needs its reference date (for example 31 December of the year reported).</source>
        <translation>Das Informationsregister benötigt seinen Meldestichtag (zum Beispiel den 31. Dezember des gemeldeten Jahres).</translation>
    </message>
    <message>
        <source>The package&apos;s name needs the country of the competent authority as two capital letters (ISO 3166-1, for example DE); &apos;%1&apos; is not one.</source>
        <translation>Der Name des Pakets benötigt das Land der zuständigen Behörde als zwei Großbuchstaben (ISO 3166-1, zum Beispiel DE); &apos;%1&apos; ist keines.</translation>
    </message>
    <message>
        <source>The base currency must be a currency code (ISO 4217, for example EUR); &apos;%1&apos; is not one.</source>
        <translation>Die Basiswährung muss ein Währungscode sein (ISO 4217, zum Beispiel EUR); &apos;%1&apos; ist keiner.</translation>
    </message>
    <message>
        <source>The package needs the time it was made, for its name.</source>
        <translation>Das Paket benötigt für seinen Namen den Zeitpunkt seiner Erstellung.</translation>
    </message>
    <message>
        <source>%1, row %2: the row has %3 values, the template %4 columns.</source>
        <translation>%1, Zeile %2: Die Zeile hat %3 Werte, die Vorlage %4 Spalten.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>column %1: the file is not valid UTF-8 (byte 0x%2); the package&apos;s files must be UTF-8.</source>
        <translation>Spalte %1: Die Datei ist kein gültiges UTF-8 (Byte 0x%2); die Dateien des Pakets müssen UTF-8 sein.</translation>
    </message>
    <message>
        <source>text after the closing double quote of a value; a value with a double quote in it is quoted, its quotes doubled (&quot;a &quot;&quot;b&quot;&quot;&quot;).</source>
        <translation>Text nach dem schließenden Anführungszeichen eines Werts; ein Wert, der ein Anführungszeichen enthält, steht in Anführungszeichen, und seine Anführungszeichen werden verdoppelt (&quot;a &quot;&quot;b&quot;&quot;&quot;).</translation>
    </message>
    <message>
        <source>a double quote inside a value that does not start with one; a value with a double quote in it is quoted, its quotes doubled (&quot;a &quot;&quot;b&quot;&quot;&quot;).</source>
        <translation>ein Anführungszeichen innerhalb eines Werts, der nicht mit einem beginnt; ein Wert, der ein Anführungszeichen enthält, steht in Anführungszeichen, und seine Anführungszeichen werden verdoppelt (&quot;a &quot;&quot;b&quot;&quot;&quot;).</translation>
    </message>
    <message>
        <source>a quoted value is not closed: its closing double quote is missing.</source>
        <translation>ein Wert in Anführungszeichen ist nicht geschlossen: Sein schließendes Anführungszeichen fehlt.</translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos;; the columns are %2.</source>
        <translation>unbekannte Spalte &apos;%1&apos;; die Spalten sind %2.</translation>
    </message>
    <message>
        <source>the column &apos;%1&apos; is in the header twice.</source>
        <translation>die Spalte &apos;%1&apos; steht zweimal in der Kopfzeile.</translation>
    </message>
    <message>
        <source>the row has %1 values but the header %2 columns.</source>
        <translation>die Zeile hat %1 Werte, die Kopfzeile aber %2 Spalten.</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is given twice (first on line %2).</source>
        <translation>der Parameter &apos;%1&apos; ist zweimal angegeben (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>entityID must be %1&lt;LEI&gt;.IND or %1&lt;LEI&gt;.CON, got &apos;%2&apos;.</source>
        <translation>entityID muss %1&lt;LEI&gt;.IND oder %1&lt;LEI&gt;.CON sein, ist aber &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>refPeriod &apos;%1&apos; is not a valid date; write it as yyyy-MM-dd (for example 2024-12-31).</source>
        <translation>refPeriod &apos;%1&apos; ist kein gültiges Datum; schreiben Sie es als JJJJ-MM-TT (zum Beispiel 2024-12-31).</translation>
    </message>
    <message>
        <source>baseCurrency must be %1&lt;code&gt; (for example %1EUR), got &apos;%2&apos;.</source>
        <translation>baseCurrency muss %1&lt;code&gt; sein (zum Beispiel %1EUR), ist aber &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is missing.</source>
        <translation>der Parameter &apos;%1&apos; fehlt.</translation>
    </message>
    <message>
        <source>unknown template &apos;%1&apos;; the templates are B_01.01 to B_07.01 and B_99.01.</source>
        <translation>unbekannte Vorlage &apos;%1&apos;; die Vorlagen sind B_01.01 bis B_07.01 und B_99.01.</translation>
    </message>
    <message>
        <source>the template %1 is listed twice (first on line %2).</source>
        <translation>die Vorlage %1 ist zweimal aufgeführt (zuerst in Zeile %2).</translation>
    </message>
    <message>
        <source>reported must be true or false, got &apos;%1&apos;.</source>
        <translation>reported muss true oder false sein, ist aber &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>This is not a ZIP file, or it is damaged: a register of information package is a ZIP as the EBA&apos;s format describes it.</source>
        <translation>Dies ist keine ZIP-Datei, oder sie ist beschädigt: Ein Paket des Informationsregisters ist eine ZIP-Datei, wie das Format der EBA sie beschreibt.</translation>
    </message>
    <message>
        <source>The package holds %1 files; more than %2 are refused (a register of information package has 22).</source>
        <translation>Das Paket enthält %1 Dateien; mehr als %2 werden abgelehnt (ein Paket des Informationsregisters hat 22).</translation>
    </message>
    <message>
        <source>The package unpacks to more than 1 GiB; it is refused as a possible ZIP bomb.</source>
        <translation>Das Paket ergibt entpackt mehr als 1 GiB; es wird als mögliche ZIP-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>%1: the file cannot be unpacked (it is encrypted, or packed with a method other than deflate).</source>
        <translation>%1: Die Datei kann nicht entpackt werden (sie ist verschlüsselt oder mit einer anderen Methode als Deflate gepackt).</translation>
    </message>
    <message>
        <source>%1: the file is damaged in the package and cannot be read.</source>
        <translation>%1: Die Datei ist im Paket beschädigt und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1: the file unpacks to more than the package declares; it is refused as a possible ZIP bomb.</source>
        <translation>%1: Die Datei ergibt entpackt mehr, als das Paket angibt; sie wird als mögliche ZIP-Bombe abgelehnt.</translation>
    </message>
    <message>
        <source>the file is in the package twice.</source>
        <translation>die Datei ist zweimal im Paket.</translation>
    </message>
    <message>
        <source>The package has no reports/ folder: the package&apos;s files must be in &lt;name&gt;/reports/, in one folder named like the package.</source>
        <translation>Das Paket hat keinen Ordner reports/: Die Dateien des Pakets müssen in &lt;name&gt;/reports/ liegen, in einem Ordner, der wie das Paket heißt.</translation>
    </message>
    <message>
        <source>reports/%1 is missing from the package.</source>
        <translation>reports/%1 fehlt im Paket.</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 Zeile %2, %3: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of the list &quot;%2&quot;</source>
        <translation>&apos;%1&apos; ist kein Wert der Liste &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country (eba_GA: and an ISO code)</source>
        <translation>&apos;%1&apos; ist kein Land (eba_GA: und ein ISO-Code)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a currency (eba_CU: and an ISO code)</source>
        <translation>&apos;%1&apos; ist keine Währung (eba_CU: und ein ISO-Code)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY-MM-DD)</source>
        <translation>&apos;%1&apos; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>&apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount</source>
        <translation>&apos;%1&apos; ist kein Betrag</translation>
    </message>
    <message>
        <source>the LEI of the entity is empty</source>
        <translation>der LEI des Unternehmens ist leer</translation>
    </message>
    <message>
        <source>the provider&apos;s identification code is empty</source>
        <translation>der Identifikationscode des Dienstleisters ist leer</translation>
    </message>
    <message>
        <source>the ultimate parent %1 is not a provider of B_05.01; left out</source>
        <translation>das oberste Mutterunternehmen %1 ist kein Dienstleister aus B_05.01; ausgelassen</translation>
    </message>
    <message>
        <source>the function identifier is empty</source>
        <translation>die Funktionskennung ist leer</translation>
    </message>
    <message>
        <source>the contractual arrangement&apos;s reference is empty</source>
        <translation>die Referenz der vertraglichen Vereinbarung ist leer</translation>
    </message>
    <message>
        <source>the provider %1 is not in B_05.01; the arrangement keeps no provider</source>
        <translation>der Dienstleister %1 ist nicht in B_05.01; die Vereinbarung erhält keinen Dienstleister</translation>
    </message>
    <message>
        <source>the arrangement %1 is not in B_02.01; row left out</source>
        <translation>die Vereinbarung %1 ist nicht in B_02.01; Zeile ausgelassen</translation>
    </message>
    <message>
        <source>the provider %1 is not in B_05.01; row left out</source>
        <translation>der Dienstleister %1 ist nicht in B_05.01; Zeile ausgelassen</translation>
    </message>
    <message>
        <source>the function %1 of entity %2 is not in B_06.01; row left out</source>
        <translation>die Funktion %1 des Unternehmens %2 ist nicht in B_06.01; Zeile ausgelassen</translation>
    </message>
    <message>
        <source>%1 under %2</source>
        <translation>%1 im Rahmen von %2</translation>
    </message>
    <message>
        <source>the recipient %1 is not in B_05.01; row left out</source>
        <translation>der Empfänger %1 ist nicht in B_05.01; Zeile ausgelassen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2</source>
        <translation>&apos;%1&apos; ist nicht zulässig; erlaubt sind: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166-1 country code (two capital letters, e.g. DE)</source>
        <translation>&apos;%1&apos; ist kein Ländercode nach ISO 3166-1 (zwei Großbuchstaben, z. B. DE)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (e.g. EUR)</source>
        <translation>&apos;%1&apos; ist kein Währungscode nach ISO 4217 (z. B. EUR)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: digits, optionally a point and up to two decimals (e.g. 125000 or 99.50)</source>
        <translation>&apos;%1&apos; ist kein Betrag: Ziffern, optional ein Punkt und bis zu zwei Nachkommastellen (z. B. 125000 oder 99.50)</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>darf nicht vor dem Beginn liegen</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a licensed activity&apos;s EBA code (e.g. eba_TA:x162 for taking deposits)</source>
        <translation>&apos;%1&apos; ist kein EBA-Code einer zugelassenen Tätigkeit (z. B. eba_TA:x162 für die Entgegennahme von Einlagen)</translation>
    </message>
    <message>
        <source>must be at most 300 characters</source>
        <translation>darf höchstens 300 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be a column of B_99.01, c0010 to c0190</source>
        <translation>muss eine Spalte von B_99.01 sein, c0010 bis c0190</translation>
    </message>
    <message>
        <source>Entity maintaining the register</source>
        <translation>Unternehmen, das das Informationsregister führt</translation>
    </message>
    <message>
        <source>LEI of the entity maintaining the register</source>
        <translation>LEI des Unternehmens, das das Informationsregister führt</translation>
    </message>
    <message>
        <source>Name of the entity</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <source>Country of the entity</source>
        <translation>Land des Unternehmens</translation>
    </message>
    <message>
        <source>Competent authority</source>
        <translation>Zuständige Behörde</translation>
    </message>
    <message>
        <source>Date of the reporting</source>
        <translation>Datum der Meldung</translation>
    </message>
    <message>
        <source>Entities in the scope of the register</source>
        <translation>Unternehmen im Anwendungsbereich des Informationsregisters</translation>
    </message>
    <message>
        <source>LEI of the entity</source>
        <translation>LEI des Unternehmens</translation>
    </message>
    <message>
        <source>Hierarchy of the entity in the group</source>
        <translation>Hierarchie des Unternehmens in der Gruppe</translation>
    </message>
    <message>
        <source>LEI of the direct parent undertaking</source>
        <translation>LEI des direkten Mutterunternehmens</translation>
    </message>
    <message>
        <source>Date of the last update</source>
        <translation>Datum der letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Date of integration into the register</source>
        <translation>Datum der Aufnahme in das Informationsregister</translation>
    </message>
    <message>
        <source>Date of deletion from the register</source>
        <translation>Datum der Löschung aus dem Informationsregister</translation>
    </message>
    <message>
        <source>Currency of the total assets</source>
        <translation>Währung der Bilanzsumme</translation>
    </message>
    <message>
        <source>Value of the total assets</source>
        <translation>Wert der Bilanzsumme</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Zweigniederlassungen</translation>
    </message>
    <message>
        <source>Identification code of the branch</source>
        <translation>Identifikationscode der Zweigniederlassung</translation>
    </message>
    <message>
        <source>LEI of the head office</source>
        <translation>LEI der Hauptniederlassung</translation>
    </message>
    <message>
        <source>Name of the branch</source>
        <translation>Name der Zweigniederlassung</translation>
    </message>
    <message>
        <source>Country of the branch</source>
        <translation>Land der Zweigniederlassung</translation>
    </message>
    <message>
        <source>Contractual arrangements: general information</source>
        <translation>Vertragliche Vereinbarungen: allgemeine Angaben</translation>
    </message>
    <message>
        <source>Contractual arrangement reference number</source>
        <translation>Referenznummer der vertraglichen Vereinbarung</translation>
    </message>
    <message>
        <source>Overarching arrangement reference number</source>
        <translation>Referenznummer der übergeordneten Vereinbarung</translation>
    </message>
    <message>
        <source>Currency of the annual expense</source>
        <translation>Währung der jährlichen Ausgaben</translation>
    </message>
    <message>
        <source>Annual expense or estimated cost</source>
        <translation>Jährliche Ausgaben oder geschätzte Kosten</translation>
    </message>
    <message>
        <source>Contractual arrangements: specific information</source>
        <translation>Vertragliche Vereinbarungen: spezifische Angaben</translation>
    </message>
    <message>
        <source>LEI of the entity using the services</source>
        <translation>LEI des Unternehmens, das die Dienstleistungen nutzt</translation>
    </message>
    <message>
        <source>Identification code of the provider</source>
        <translation>Identifikationscode des Dienstleisters</translation>
    </message>
    <message>
        <source>Type of code of the provider</source>
        <translation>Codeart des Dienstleisters</translation>
    </message>
    <message>
        <source>Function identifier</source>
        <translation>Funktionskennung</translation>
    </message>
    <message>
        <source>Start date of the arrangement</source>
        <translation>Beginndatum der Vereinbarung</translation>
    </message>
    <message>
        <source>End date of the arrangement</source>
        <translation>Enddatum der Vereinbarung</translation>
    </message>
    <message>
        <source>Reason for termination or ending</source>
        <translation>Grund der Beendigung oder Kündigung</translation>
    </message>
    <message>
        <source>Notice period for the entity (days)</source>
        <translation>Kündigungsfrist für das Unternehmen (Tage)</translation>
    </message>
    <message>
        <source>Notice period for the provider (days)</source>
        <translation>Kündigungsfrist für den Dienstleister (Tage)</translation>
    </message>
    <message>
        <source>Country of the governing law</source>
        <translation>Land des anwendbaren Rechts</translation>
    </message>
    <message>
        <source>Country where the services are provided</source>
        <translation>Land, in dem die Dienstleistungen erbracht werden</translation>
    </message>
    <message>
        <source>Storage of data</source>
        <translation>Speicherung von Daten</translation>
    </message>
    <message>
        <source>Location of the data at rest</source>
        <translation>Speicherort der Daten</translation>
    </message>
    <message>
        <source>Location of the data processing</source>
        <translation>Ort der Datenverarbeitung</translation>
    </message>
    <message>
        <source>Sensitiveness of the data stored</source>
        <translation>Sensibilität der gespeicherten Daten</translation>
    </message>
    <message>
        <source>Level of reliance on the services</source>
        <translation>Grad der Abhängigkeit von den Dienstleistungen</translation>
    </message>
    <message>
        <source>Intra-group arrangements and the arrangements they rely on</source>
        <translation>Konzerninterne Vereinbarungen und die Vereinbarungen, auf denen sie beruhen</translation>
    </message>
    <message>
        <source>Reference number of the intra-group arrangement</source>
        <translation>Referenznummer der konzerninternen Vereinbarung</translation>
    </message>
    <message>
        <source>Reference number of the linked arrangement</source>
        <translation>Referenznummer der verknüpften Vereinbarung</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Entities signing the arrangements to receive services</source>
        <translation>Unternehmen, die die Vereinbarungen zum Bezug von Dienstleistungen unterzeichnen</translation>
    </message>
    <message>
        <source>LEI of the entity signing the arrangement</source>
        <translation>LEI des Unternehmens, das die Vereinbarung unterzeichnet</translation>
    </message>
    <message>
        <source>Providers signing the arrangements</source>
        <translation>Dienstleister, die die Vereinbarungen unterzeichnen</translation>
    </message>
    <message>
        <source>Entities signing arrangements to provide ICT services in the group</source>
        <translation>Unternehmen, die Vereinbarungen zur Erbringung von IKT-Dienstleistungen in der Gruppe unterzeichnen</translation>
    </message>
    <message>
        <source>LEI of the entity providing the services</source>
        <translation>LEI des Unternehmens, das die Dienstleistungen erbringt</translation>
    </message>
    <message>
        <source>Entities using the services</source>
        <translation>Unternehmen, die die Dienstleistungen nutzen</translation>
    </message>
    <message>
        <source>ICT third-party service providers</source>
        <translation>IKT-Drittdienstleister</translation>
    </message>
    <message>
        <source>Additional identification code</source>
        <translation>Zusätzlicher Identifikationscode</translation>
    </message>
    <message>
        <source>Type of the additional code</source>
        <translation>Art des zusätzlichen Codes</translation>
    </message>
    <message>
        <source>Legal name of the provider</source>
        <translation>Rechtlicher Name des Dienstleisters</translation>
    </message>
    <message>
        <source>Name in the Latin alphabet</source>
        <translation>Name im lateinischen Alphabet</translation>
    </message>
    <message>
        <source>Country of the headquarters</source>
        <translation>Land des Hauptsitzes</translation>
    </message>
    <message>
        <source>Total annual expense or estimated cost</source>
        <translation>Jährliche Gesamtausgaben oder geschätzte Gesamtkosten</translation>
    </message>
    <message>
        <source>Identification code of the ultimate parent</source>
        <translation>Identifikationscode des obersten Mutterunternehmens</translation>
    </message>
    <message>
        <source>Type of code of the ultimate parent</source>
        <translation>Codeart des obersten Mutterunternehmens</translation>
    </message>
    <message>
        <source>ICT service supply chains</source>
        <translation>Lieferketten der IKT-Dienstleistungen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Identification code of the recipient of the sub-contracted services</source>
        <translation>Identifikationscode des Empfängers der weitervergebenen Dienstleistungen</translation>
    </message>
    <message>
        <source>Type of code of the recipient</source>
        <translation>Codeart des Empfängers</translation>
    </message>
    <message>
        <source>Functions</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>Licensed activity</source>
        <translation>Zugelassene Tätigkeit</translation>
    </message>
    <message>
        <source>Function name</source>
        <translation>Name der Funktion</translation>
    </message>
    <message>
        <source>Reasons for the criticality or importance</source>
        <translation>Gründe für die Kritikalität oder Bedeutung</translation>
    </message>
    <message>
        <source>Date of the last assessment of criticality</source>
        <translation>Datum der letzten Bewertung der Kritikalität</translation>
    </message>
    <message>
        <source>Recovery time objective (hours)</source>
        <translation>Wiederherstellungszeit (RTO, Stunden)</translation>
    </message>
    <message>
        <source>Recovery point objective (hours)</source>
        <translation>Wiederherstellungspunkt (RPO, Stunden)</translation>
    </message>
    <message>
        <source>Impact of discontinuing the function</source>
        <translation>Auswirkung der Einstellung der Funktion</translation>
    </message>
    <message>
        <source>Assessment of the ICT services</source>
        <translation>Bewertung der IKT-Dienstleistungen</translation>
    </message>
    <message>
        <source>Substitutability of the provider</source>
        <translation>Ersetzbarkeit des Dienstleisters</translation>
    </message>
    <message>
        <source>Date of the last audit of the provider</source>
        <translation>Datum des letzten Audits des Dienstleisters</translation>
    </message>
    <message>
        <source>Exit plan exists</source>
        <translation>Exit-Plan vorhanden</translation>
    </message>
    <message>
        <source>Possibility of reintegration in-house</source>
        <translation>Möglichkeit der Wiedereingliederung ins Unternehmen</translation>
    </message>
    <message>
        <source>Impact of discontinuing the services</source>
        <translation>Auswirkung der Einstellung der Dienstleistungen</translation>
    </message>
    <message>
        <source>Alternative providers</source>
        <translation>Alternative Dienstleister</translation>
    </message>
    <message>
        <source>The entity&apos;s definitions of the options it uses</source>
        <translation>Definitionen der vom Unternehmen verwendeten Optionen</translation>
    </message>
    <message>
        <source>Definition: standalone arrangement</source>
        <translation>Definition: eigenständige Vereinbarung</translation>
    </message>
    <message>
        <source>Definition: overarching arrangement</source>
        <translation>Definition: übergeordnete Vereinbarung</translation>
    </message>
    <message>
        <source>Definition: subsequent or associated arrangement</source>
        <translation>Definition: nachfolgende oder zugehörige Vereinbarung</translation>
    </message>
    <message>
        <source>Definition: low sensitiveness of data</source>
        <translation>Definition: niedrige Sensibilität der Daten</translation>
    </message>
    <message>
        <source>Definition: medium sensitiveness of data</source>
        <translation>Definition: mittlere Sensibilität der Daten</translation>
    </message>
    <message>
        <source>Definition: high sensitiveness of data</source>
        <translation>Definition: hohe Sensibilität der Daten</translation>
    </message>
    <message>
        <source>Definition: low impact of discontinuing a function</source>
        <translation>Definition: geringe Auswirkung der Einstellung einer Funktion</translation>
    </message>
    <message>
        <source>Definition: medium impact of discontinuing a function</source>
        <translation>Definition: mittlere Auswirkung der Einstellung einer Funktion</translation>
    </message>
    <message>
        <source>Definition: high impact of discontinuing a function</source>
        <translation>Definition: hohe Auswirkung der Einstellung einer Funktion</translation>
    </message>
    <message>
        <source>Definition: not substitutable</source>
        <translation>Definition: nicht ersetzbar</translation>
    </message>
    <message>
        <source>Definition: substitutable with great difficulty</source>
        <translation>Definition: nur mit großen Schwierigkeiten ersetzbar</translation>
    </message>
    <message>
        <source>Definition: substitutable with medium difficulty</source>
        <translation>Definition: mit mittleren Schwierigkeiten ersetzbar</translation>
    </message>
    <message>
        <source>Definition: easily substitutable</source>
        <translation>Definition: leicht ersetzbar</translation>
    </message>
    <message>
        <source>Definition: easy reintegration</source>
        <translation>Definition: leichte Wiedereingliederung</translation>
    </message>
    <message>
        <source>Definition: difficult reintegration</source>
        <translation>Definition: schwierige Wiedereingliederung</translation>
    </message>
    <message>
        <source>Definition: highly complex reintegration</source>
        <translation>Definition: hochkomplexe Wiedereingliederung</translation>
    </message>
    <message>
        <source>Definition: low impact of discontinuing a service</source>
        <translation>Definition: geringe Auswirkung der Einstellung einer Dienstleistung</translation>
    </message>
    <message>
        <source>Definition: medium impact of discontinuing a service</source>
        <translation>Definition: mittlere Auswirkung der Einstellung einer Dienstleistung</translation>
    </message>
    <message>
        <source>Definition: high impact of discontinuing a service</source>
        <translation>Definition: hohe Auswirkung der Einstellung einer Dienstleistung</translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <source>%1 (disk full)</source>
        <translation>%1 (Datenträger voll)</translation>
    </message>
    <message>
        <source>%1 (your disk quota is used up)</source>
        <translation>%1 (Ihr Speicherkontingent ist aufgebraucht)</translation>
    </message>
    <message>
        <source>%1 (larger than the file system allows)</source>
        <translation>%1 (größer, als das Dateisystem erlaubt)</translation>
    </message>
    <message>
        <source>%1 (the disk is mounted read-only)</source>
        <translation>%1 (der Datenträger ist schreibgeschützt eingehängt)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>%1 cannot hold an export; give a folder of its own.</source>
        <translation>%1 kann keinen Export aufnehmen; geben Sie einen eigenen Ordner an.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written: %2</source>
        <translation>Der Ordner %1 kann nicht beschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds files that are not part of a Bulwark export (%2). Export into a new or empty folder, or move those files away first.</source>
        <translation>%1 enthält Dateien, die nicht zu einem Bulwark-Export gehören (%2). Exportieren Sie in einen neuen oder leeren Ordner oder verschieben Sie diese Dateien zuerst.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>SnapshotCache</name>
    <message>
        <source>The trigger %1, which drops the stored analysis snapshot when the register changes, was removed outside Bulwark.</source>
        <translation>Der Trigger %1, der den gespeicherten Analyse-Schnappschuss bei jeder Änderung des Registers verwirft, wurde außerhalb von Bulwark entfernt.</translation>
    </message>
    <message>
        <source>The trigger %1, which drops the stored analysis snapshot when the register changes, was altered outside Bulwark.</source>
        <translation>Der Trigger %1, der den gespeicherten Analyse-Schnappschuss bei jeder Änderung des Registers verwirft, wurde außerhalb von Bulwark verändert.</translation>
    </message>
    <message>
        <source>The stored analysis snapshot does not match its checksum: it was altered outside Bulwark.</source>
        <translation>Der gespeicherte Analyse-Schnappschuss passt nicht zu seiner Prüfsumme: Er wurde außerhalb von Bulwark verändert.</translation>
    </message>
    <message>
        <source>The stored analysis snapshot differs from the register&apos;s tables although it is marked as current: the register or the snapshot was changed outside Bulwark.</source>
        <translation>Der gespeicherte Analyse-Schnappschuss weicht von den Tabellen des Registers ab, obwohl er als aktuell markiert ist: Das Register oder der Schnappschuss wurde außerhalb von Bulwark verändert.</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>reading the register for analysis</source>
        <translation>Lesen des Registers für die Analyse</translation>
    </message>
    <message>
        <source>The analysis was canceled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>this is not valid JSON at column %1: %2</source>
        <translation>dies ist kein gültiges JSON in Spalte %1: %2</translation>
    </message>
    <message>
        <source>the JSON ends too early (the file looks truncated)</source>
        <translation>das JSON endet zu früh (die Datei ist offenbar abgeschnitten)</translation>
    </message>
    <message>
        <source>there is more after the end of the JSON value</source>
        <translation>nach dem Ende des JSON-Werts folgt noch etwas</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>erwartet wurde ein Feldname in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the field name</source>
        <translation>erwartet wurde &apos;:&apos; nach dem Feldnamen</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after a field</source>
        <translation>erwartet wurde &apos;,&apos; oder &apos;}&apos; nach einem Feld</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an item of a list</source>
        <translation>erwartet wurde &apos;,&apos; oder &apos;]&apos; nach einem Listeneintrag</translation>
    </message>
    <message>
        <source>lists and objects are nested more than %1 levels deep</source>
        <translation>Listen und Objekte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON value; write true, false and null in lower case, and text in double quotes</source>
        <translation>&apos;%1&apos; ist kein JSON-Wert; schreiben Sie true, false und null klein und Text in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>expected a value (text in double quotes, a number, true, false, null, a list or an object)</source>
        <translation>erwartet wurde ein Wert (Text in doppelten Anführungszeichen, eine Zahl, true, false, null, eine Liste oder ein Objekt)</translation>
    </message>
    <message>
        <source>appears twice in the same object (first at line %1, column %2); a field may be given only once</source>
        <translation>kommt im selben Objekt zweimal vor (zuerst in Zeile %1, Spalte %2); ein Feld darf nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>a tab inside a string must be written as \t</source>
        <translation>ein Tabulator in einer Zeichenkette muss als \t geschrieben werden</translation>
    </message>
    <message>
        <source>a line break inside a string must be written as \n (or is a closing quote missing?)</source>
        <translation>ein Zeilenumbruch in einer Zeichenkette muss als \n geschrieben werden (oder fehlt ein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>a control character (%1) inside a string must be written as an escape</source>
        <translation>ein Steuerzeichen (%1) in einer Zeichenkette muss als Escape-Sequenz geschrieben werden</translation>
    </message>
    <message>
        <source>the field name %1</source>
        <translation>der Feldname %1</translation>
    </message>
    <message>
        <source>&apos;\%1&apos; is not an escape JSON knows (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</source>
        <translation>&apos;\%1&apos; ist keine Escape-Sequenz, die JSON kennt (\&quot; \\ \/ \b \f \n \r \t \uXXXX)</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid number: %2</source>
        <translation>&apos;%1&apos; ist keine gültige Zahl: %2</translation>
    </message>
</context>
<context>
    <name>Structurizr</name>
    <message>
        <source>&apos;%1&apos; is a list</source>
        <translation>&apos;%1&apos; ist eine Liste</translation>
    </message>
    <message>
        <source>an element is an object</source>
        <translation>ein Element ist ein Objekt</translation>
    </message>
    <message>
        <source>an element needs an &quot;id&quot; (a text)</source>
        <translation>ein Element benötigt eine &quot;id&quot; (einen Text)</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>Elemente sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>an instance names what it is an instance of</source>
        <translation>eine Instanz nennt, wovon sie eine Instanz ist</translation>
    </message>
    <message>
        <source>a relationship is an object</source>
        <translation>eine Beziehung ist ein Objekt</translation>
    </message>
    <message>
        <source>a relationship needs a &quot;destinationId&quot;</source>
        <translation>eine Beziehung benötigt eine &quot;destinationId&quot;</translation>
    </message>
    <message>
        <source>%1 (instance %2)</source>
        <translation>%1 (Instanz %2)</translation>
    </message>
    <message>
        <source>%1 (%2, instance %3)</source>
        <translation>%1 (%2, Instanz %3)</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is a person; people are not elements of the register, so it and its %n relationship(s) are left out</source>
        <translation>
            <numerusform>&apos;%1&apos; ist eine Person; Personen sind keine Elemente des Registers, daher werden sie und ihre %n Beziehung ausgelassen</numerusform>
            <numerusform>&apos;%1&apos; ist eine Person; Personen sind keine Elemente des Registers, daher werden sie und ihre %n Beziehungen ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is a custom element, which is not mapped; it and its %n relationship(s) are left out</source>
        <translation>
            <numerusform>&apos;%1&apos; ist ein benutzerdefiniertes Element, das nicht zugeordnet wird; es und seine %n Beziehung werden ausgelassen</numerusform>
            <numerusform>&apos;%1&apos; ist ein benutzerdefiniertes Element, das nicht zugeordnet wird; es und seine %n Beziehungen werden ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>not a Structurizr workspace: it has no &quot;model&quot; object</source>
        <translation>kein Structurizr-Workspace: Es gibt kein &quot;model&quot;-Objekt</translation>
    </message>
</context>
<context>
    <name>Terraform</name>
    <message>
        <source>the state is encrypted (OpenTofu state encryption): import the state as `tofu state pull` gives it</source>
        <translation>der State ist verschlüsselt (OpenTofu-State-Verschlüsselung): Importieren Sie den State so, wie `tofu state pull` ihn ausgibt</translation>
    </message>
    <message>
        <source>this is the JSON of `terraform show -json`, not a state: import the state itself (`terraform state pull &gt; prod.tfstate`)</source>
        <translation>dies ist das JSON von `terraform show -json`, kein State: Importieren Sie den State selbst (`terraform state pull &gt; prod.tfstate`)</translation>
    </message>
    <message>
        <source>not a Terraform state: it has no &quot;version&quot;</source>
        <translation>kein Terraform-State: Er hat keine &quot;version&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; is a number (4 in the states this reads)</source>
        <translation>&quot;version&quot; ist eine Zahl (4 in den States, die hier gelesen werden)</translation>
    </message>
    <message>
        <source>Terraform state version %1 is not read: only version 4, which Terraform 0.12 and later and OpenTofu write</source>
        <translation>Terraform-State-Version %1 wird nicht gelesen: nur Version 4, die Terraform ab 0.12 und OpenTofu schreiben</translation>
    </message>
    <message>
        <source>&quot;resources&quot; is a list</source>
        <translation>&quot;resources&quot; ist eine Liste</translation>
    </message>
    <message>
        <source>a resource is an object</source>
        <translation>eine Ressource ist ein Objekt</translation>
    </message>
    <message>
        <source>&quot;mode&quot; is &quot;managed&quot; or &quot;data&quot;</source>
        <translation>&quot;mode&quot; ist &quot;managed&quot; oder &quot;data&quot;</translation>
    </message>
    <message>
        <source>&quot;type&quot; is a resource type such as &quot;aws_instance&quot;</source>
        <translation>&quot;type&quot; ist ein Ressourcentyp wie &quot;aws_instance&quot;</translation>
    </message>
    <message>
        <source>&quot;name&quot; is the resource&apos;s name in the configuration</source>
        <translation>&quot;name&quot; ist der Name der Ressource in der Konfiguration</translation>
    </message>
    <message>
        <source>&quot;module&quot; is a module address such as module.network or module.app[&quot;blue&quot;]</source>
        <translation>&quot;module&quot; ist eine Moduladresse wie module.network oder module.app[&quot;blue&quot;]</translation>
    </message>
    <message>
        <source>&quot;provider&quot; is a provider address such as provider[&quot;registry.terraform.io/hashicorp/aws&quot;]</source>
        <translation>&quot;provider&quot; ist eine Provider-Adresse wie provider[&quot;registry.terraform.io/hashicorp/aws&quot;]</translation>
    </message>
    <message>
        <source>&quot;instances&quot; is a list</source>
        <translation>&quot;instances&quot; ist eine Liste</translation>
    </message>
    <message>
        <source>an instance is an object</source>
        <translation>eine Instanz ist ein Objekt</translation>
    </message>
    <message>
        <source>&quot;index_key&quot; is a whole number (count) or a text (for_each)</source>
        <translation>&quot;index_key&quot; ist eine ganze Zahl (count) oder ein Text (for_each)</translation>
    </message>
    <message>
        <source>&quot;sensitive_attributes&quot; is a list of paths</source>
        <translation>&quot;sensitive_attributes&quot; ist eine Liste von Pfaden</translation>
    </message>
    <message>
        <source>an instance has its values in &quot;attributes&quot; (an object)</source>
        <translation>eine Instanz hat ihre Werte in &quot;attributes&quot; (einem Objekt)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a list of resource addresses</source>
        <translation>&quot;%1&quot; ist eine Liste von Ressourcenadressen</translation>
    </message>
    <message>
        <source>a dependency is a resource address such as module.network.aws_subnet.private</source>
        <translation>eine Abhängigkeit ist eine Ressourcenadresse wie module.network.aws_subnet.private</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;%2&apos;, which is not in the state; that dependency is left out</source>
        <translation>&apos;%1&apos; benötigt &apos;%2&apos;, das nicht im State ist; diese Abhängigkeit wird ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>%n data source instance(s) not imported (%1): a data source only reads what exists elsewhere. Dependencies on them left out: %2</source>
        <translation>
            <numerusform>%n Instanz einer Datenquelle nicht importiert (%1): Eine Datenquelle liest nur, was anderswo existiert. Ausgelassene Abhängigkeiten von ihr: %2</numerusform>
            <numerusform>%n Instanzen von Datenquellen nicht importiert (%1): Eine Datenquelle liest nur, was anderswo existiert. Ausgelassene Abhängigkeiten von ihnen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of access-control and policy resources not imported (%1): they grant rights and run nothing. Dependencies on them left out: %2</source>
        <translation>
            <numerusform>%n Instanz von Zugriffskontroll- und Richtlinienressourcen nicht importiert (%1): Sie vergeben Rechte und führen nichts aus. Ausgelassene Abhängigkeiten von ihr: %2</numerusform>
            <numerusform>%n Instanzen von Zugriffskontroll- und Richtlinienressourcen nicht importiert (%1): Sie vergeben Rechte und führen nichts aus. Ausgelassene Abhängigkeiten von ihnen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of Terraform&apos;s helper resources not imported (%1): random values, keys and timers live only inside Terraform. Dependencies on them left out: %2</source>
        <translation>
            <numerusform>%n Instanz von Terraform-Hilfsressourcen nicht importiert (%1): Zufallswerte, Schlüssel und Timer existieren nur innerhalb von Terraform. Ausgelassene Abhängigkeiten von ihr: %2</numerusform>
            <numerusform>%n Instanzen von Terraform-Hilfsressourcen nicht importiert (%1): Zufallswerte, Schlüssel und Timer existieren nur innerhalb von Terraform. Ausgelassene Abhängigkeiten von ihnen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment and association instance(s) not imported (%1): they join resources that are imported on their own. Dependencies on them left out: %2</source>
        <translation>
            <numerusform>%n Attachment- oder Association-Instanz nicht importiert (%1): Sie verbindet Ressourcen, die für sich importiert werden. Ausgelassene Abhängigkeiten von ihr: %2</numerusform>
            <numerusform>%n Attachment- und Association-Instanzen nicht importiert (%1): Sie verbinden Ressourcen, die für sich importiert werden. Ausgelassene Abhängigkeiten von ihnen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deposed object(s) not imported (%1): Terraform keeps them only until it destroys them</source>
        <translation>
            <numerusform>%n abgelöstes Objekt (deposed) nicht importiert (%1): Terraform behält es nur bis zu seiner Zerstörung</numerusform>
            <numerusform>%n abgelöste Objekte (deposed) nicht importiert (%1): Terraform behält sie nur bis zu ihrer Zerstörung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; manages systems usually run in-house, not a third-party provider: its %n resource instance(s) are imported without a provider element</source>
        <translation>
            <numerusform>&apos;%1&apos; verwaltet Systeme, die üblicherweise im eigenen Haus betrieben werden, keinen Drittdienstleister: Seine %n Ressourceninstanz wird ohne Dienstleister-Element importiert</numerusform>
            <numerusform>&apos;%1&apos; verwaltet Systeme, die üblicherweise im eigenen Haus betrieben werden, keinen Drittdienstleister: Seine %n Ressourceninstanzen werden ohne Dienstleister-Element importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>a Terraform state is a JSON object</source>
        <translation>ein Terraform-State ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>values are nested more than %1 deep</source>
        <translation>Werte sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
</context>
<context>
    <name>TextChecks</name>
    <message>
        <source>column %1: the file is not valid UTF-8 (byte 0x%2). Save it as UTF-8 and import it again.</source>
        <translation>Spalte %1: Die Datei ist kein gültiges UTF-8 (Byte 0x%2). Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>argument %1 is not valid UTF-8 (byte 0x%2 at byte %3); the command line is read as UTF-8, so check the terminal&apos;s or the script&apos;s encoding</source>
        <translation>Argument %1 ist kein gültiges UTF-8 (Byte 0x%2 an Byte-Position %3); die Befehlszeile wird als UTF-8 gelesen, prüfen Sie also die Kodierung des Terminals oder des Skripts</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
</context>
<context>
    <name>TextRule</name>
    <message>
        <source>contains %1 (a NUL character) at character %2; of the control characters only tab and line feed are allowed</source>
        <translation>enthält %1 (ein NUL-Zeichen) an Zeichen %2; von den Steuerzeichen sind nur Tabulator und Zeilenvorschub erlaubt</translation>
    </message>
    <message>
        <source>contains %1 (a control character) at character %2; of the control characters only tab and line feed are allowed</source>
        <translation>enthält %1 (ein Steuerzeichen) an Zeichen %2; von den Steuerzeichen sind nur Tabulator und Zeilenvorschub erlaubt</translation>
    </message>
    <message>
        <source>contains %1 (a carriage return) at character %2; write line breaks as a line feed alone</source>
        <translation>enthält %1 (einen Wagenrücklauf) an Zeichen %2; schreiben Sie Zeilenumbrüche als einzelnen Zeilenvorschub</translation>
    </message>
    <message>
        <source>contains %1 (a byte order mark) at character %2; a byte order mark may start a file, but not be part of a value</source>
        <translation>enthält %1 (eine Byte-Order-Mark) an Zeichen %2; eine Byte-Order-Mark darf eine Datei einleiten, aber nicht Teil eines Werts sein</translation>
    </message>
    <message>
        <source>contains %1 (a noncharacter) at character %2</source>
        <translation>enthält %1 (ein Nichtzeichen) an Zeichen %2</translation>
    </message>
    <message>
        <source>contains %1 (half of a UTF-16 surrogate pair, not a character) at character %2</source>
        <translation>enthält %1 (eine Hälfte eines UTF-16-Surrogatpaars, kein Zeichen) an Zeichen %2</translation>
    </message>
    <message>
        <source>contains %1 (a Unicode line or paragraph separator) at character %2; write line breaks as a line feed</source>
        <translation>enthält %1 (ein Unicode-Zeilen- oder -Absatztrennzeichen) an Zeichen %2; schreiben Sie Zeilenumbrüche als Zeilenvorschub</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>must not start or end with a space, tab or line break</source>
        <translation>darf nicht mit einem Leerzeichen, Tabulator oder Zeilenumbruch beginnen oder enden</translation>
    </message>
    <message>
        <source>the name of a field inside it %1</source>
        <translation>der Name eines Felds darin %1</translation>
    </message>
    <message>
        <source>a field needs a name; this one has an empty name</source>
        <translation>ein Feld braucht einen Namen; dieses hat einen leeren Namen</translation>
    </message>
    <message>
        <source>the name of an unknown field %1</source>
        <translation>der Name eines unbekannten Felds %1</translation>
    </message>
    <message>
        <source>a field name must not start or end with a space, tab or line break</source>
        <translation>ein Feldname darf nicht mit einem Leerzeichen, Tabulator oder Zeilenumbruch beginnen oder enden</translation>
    </message>
    <message>
        <source>must be between 0 and %1 minutes, got %2</source>
        <translation>muss zwischen 0 und %1 Minuten liegen, ist aber %2</translation>
    </message>
    <message>
        <source>a key is required</source>
        <translation>ein Schlüssel ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid key: use 1 to 64 letters, digits and the characters - _ . : /</source>
        <translation>&apos;%1&apos; ist kein gültiger Schlüssel: Verwenden Sie 1 bis 64 Buchstaben, Ziffern und die Zeichen - _ . : /</translation>
    </message>
    <message>
        <source>a name is required</source>
        <translation>ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid tag: use 1 to 64 characters, no &apos;;&apos; and no leading or trailing spaces</source>
        <translation>&apos;%1&apos; ist kein gültiges Tag: Verwenden Sie 1 bis 64 Zeichen, kein &apos;;&apos; und keine Leerzeichen am Anfang oder Ende</translation>
    </message>
    <message>
        <source>must be a fraction between 0 and 1 (for example 0.999), got %1</source>
        <translation>muss ein Anteil zwischen 0 und 1 sein (zum Beispiel 0.999), ist aber %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid LEI: an LEI has 18 letters or digits followed by two check digits (ISO 17442)</source>
        <translation>&apos;%1&apos; ist kein gültiger LEI: Ein LEI besteht aus 18 Buchstaben oder Ziffern, gefolgt von zwei Prüfziffern (ISO 17442)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166-1 alpha-2 country code (for example DE, IE, FR)</source>
        <translation>&apos;%1&apos; ist kein Ländercode nach ISO 3166-1 alpha-2 (zum Beispiel DE, IE, FR)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid group name: use 1 to 64 letters, digits and the characters - _ . : /</source>
        <translation>&apos;%1&apos; ist kein gültiger Gruppenname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern und die Zeichen - _ . : /</translation>
    </message>
    <message>
        <source>a group name is required</source>
        <translation>ein Gruppenname ist erforderlich</translation>
    </message>
    <message>
        <source>must be at least 1, got %1</source>
        <translation>muss mindestens 1 sein, ist aber %1</translation>
    </message>
    <message>
        <source>a scenario name is required</source>
        <translation>ein Szenarioname ist erforderlich</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid scenario name: use 1 to 64 letters, digits and the characters - _ . : /</source>
        <translation>&apos;%1&apos; ist kein gültiger Szenarioname: Verwenden Sie 1 bis 64 Buchstaben, Ziffern und die Zeichen - _ . : /</translation>
    </message>
    <message>
        <source>a scenario must fail something: elements, a region, a country or a tag</source>
        <translation>ein Szenario muss etwas ausfallen lassen: Elemente, eine Region, ein Land oder ein Tag</translation>
    </message>
</context>
<context>
    <name>Verdicts</name>
    <message>
        <source>Beyond tolerance</source>
        <translation>Außerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Within, little margin</source>
        <translation>Innerhalb, knappe Reserve</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>Innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>Not affected</source>
        <translation>Nicht betroffen</translation>
    </message>
    <message>
        <source>BREACH</source>
        <translation>ÜBERSCHRITTEN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>within, little margin</source>
        <translation>innerhalb, knapp</translation>
    </message>
    <message>
        <source>within</source>
        <translation>innerhalb</translation>
    </message>
    <message>
        <source>not affected</source>
        <translation>nicht betroffen</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Business function</source>
        <translation>Geschäftsfunktion</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Data store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Betriebsstätte</translation>
    </message>
    <message>
        <source>Third-party ICT service</source>
        <translation>IKT-Drittdienstleistung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dienstleister</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Business functions</source>
        <translation>Geschäftsfunktionen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Data stores</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>Betriebsstätten</translation>
    </message>
    <message>
        <source>Third-party ICT services</source>
        <translation>IKT-Drittdienstleistungen</translation>
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
        <source>Critical or important</source>
        <translation>Kritisch oder wichtig</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Not substitutable</source>
        <translation>Nicht ersetzbar</translation>
    </message>
    <message>
        <source>Hard to substitute</source>
        <translation>Schwer ersetzbar</translation>
    </message>
    <message>
        <source>Substitutable with effort</source>
        <translation>Mit Aufwand ersetzbar</translation>
    </message>
    <message>
        <source>Easily substitutable</source>
        <translation>Leicht ersetzbar</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Weich</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no outage</source>
        <translation>kein Ausfall</translation>
    </message>
    <message>
        <source>0 min</source>
        <translation>0 min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>YamlDocument</name>
    <message>
        <source>a mapping key is empty (null)</source>
        <translation>ein Mapping-Schlüssel ist leer (null)</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains it</source>
        <translation>ein Alias verweist auf einen Knoten, der ihn selbst enthält</translation>
    </message>
    <message>
        <source>a mapping key must be text; this alias is not</source>
        <translation>ein Mapping-Schlüssel muss Text sein; dieser Alias ist es nicht</translation>
    </message>
    <message>
        <source>the file expands to more than %L1 values (each use of an alias counts); it is refused so that it cannot exhaust memory</source>
        <translation>die Datei ergibt mehr als %L1 Werte (jede Verwendung eines Alias zählt); sie wird abgelehnt, damit sie den Speicher nicht erschöpfen kann</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is tagged !!bool but is not true or false</source>
        <translation>&apos;%1&apos; ist mit !!bool markiert, ist aber weder true noch false</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is tagged !!int but is not a number</source>
        <translation>&apos;%1&apos; ist mit !!int markiert, ist aber keine Zahl</translation>
    </message>
    <message>
        <source>the key &apos;%1&apos; appears twice in one mapping</source>
        <translation>der Schlüssel &apos;%1&apos; kommt in einem Mapping zweimal vor</translation>
    </message>
    <message>
        <source>a mapping key must be text, not a mapping or a list</source>
        <translation>ein Mapping-Schlüssel muss Text sein, kein Mapping und keine Liste</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) takes a mapping or a list of mappings</source>
        <translation>ein Merge-Schlüssel (&lt;&lt;) nimmt ein Mapping oder eine Liste von Mappings an</translation>
    </message>
    <message>
        <source>the file has more than %L1 MiB; it is refused</source>
        <translation>die Datei ist größer als %L1 MiB; sie wird abgelehnt</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; the file is refused</source>
        <translation>mehr als %1 Ebenen tief verschachtelt; die Datei wird abgelehnt</translation>
    </message>
    <message>
        <source>not valid YAML (%1)</source>
        <translation>kein gültiges YAML (%1)</translation>
    </message>
    <message>
        <source>no detail</source>
        <translation>keine Einzelheiten</translation>
    </message>
    <message>
        <source>the file is too large to read in the memory available</source>
        <translation>die Datei ist zu groß, um im verfügbaren Speicher gelesen zu werden</translation>
    </message>
    <message>
        <source>not valid YAML</source>
        <translation>kein gültiges YAML</translation>
    </message>
    <message>
        <source>the YAML parser reads more values than a file of this size can hold; the file is not valid YAML</source>
        <translation>der YAML-Parser liest mehr Werte, als eine Datei dieser Größe enthalten kann; die Datei ist kein gültiges YAML</translation>
    </message>
</context>
<context>
    <name>bulwark::RegisterCodec::RegisterCodec</name>
    <message>
        <source>a list of text</source>
        <translation>eine Liste von Texten</translation>
    </message>
</context>
<context>
    <name>bulwark::RegisterService</name>
    <message>
        <source>line %1</source>
        <translation>in Zeile %1</translation>
    </message>
    <message>
        <source>earlier in the same change</source>
        <translation>weiter vorne in derselben Änderung</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>writing the new register</source>
        <translation>Schreiben des neuen Registers</translation>
    </message>
    <message>
        <source>%1 cannot be created: the new register could not be completed on the disk (is it full?). Nothing was created.</source>
        <translation>%1 kann nicht angelegt werden: Das neue Register konnte auf dem Datenträger nicht fertiggestellt werden (ist er voll?). Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Another program created %1 while this register was being written; it was left as it is and nothing was written there.</source>
        <translation>Ein anderes Programm hat %1 angelegt, während dieses Register geschrieben wurde; die Datei wurde unverändert gelassen und es wurde nichts hineingeschrieben.</translation>
    </message>
    <message>
        <source>%1 cannot be created: %2.</source>
        <translation>%1 kann nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; appears twice (also at %2)</source>
        <translation>Element &apos;%1&apos; kommt zweimal vor (auch %2)</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; already exists</source>
        <translation>Element &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>there is no element &apos;%1&apos;</source>
        <translation>es gibt kein Element &apos;%1&apos;</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; is both removed and changed in the same change</source>
        <translation>Element &apos;%1&apos; wird in derselben Änderung sowohl entfernt als auch geändert</translation>
    </message>
    <message>
        <source>there is no element &apos;%1&apos; to own group &apos;%2&apos;</source>
        <translation>es gibt kein Element &apos;%1&apos;, dem die Gruppe &apos;%2&apos; gehören könnte</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; of &apos;%2&apos; appears twice (also at %3)</source>
        <translation>Gruppe &apos;%1&apos; von &apos;%2&apos; kommt zweimal vor (auch %3)</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; already has a group &apos;%2&apos;</source>
        <translation>Element &apos;%1&apos; hat bereits eine Gruppe &apos;%2&apos;</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; has no group &apos;%2&apos;</source>
        <translation>Element &apos;%1&apos; hat keine Gruppe &apos;%2&apos;</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; of &apos;%2&apos; is both removed and changed in the same change</source>
        <translation>Gruppe &apos;%1&apos; von &apos;%2&apos; wird in derselben Änderung sowohl entfernt als auch geändert</translation>
    </message>
    <message>
        <source>element &apos;%1&apos; has no redundancy group &apos;%2&apos;; define it in the groups</source>
        <translation>Element &apos;%1&apos; hat keine Redundanzgruppe &apos;%2&apos;; legen Sie sie bei den Gruppen an</translation>
    </message>
    <message>
        <source>the dependency %1 -&gt; %2 appears twice (also at %3)</source>
        <translation>die Abhängigkeit %1 -&gt; %2 kommt zweimal vor (auch %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already depends on &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hängt bereits von &apos;%2&apos; ab</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not depend on &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hängt nicht von &apos;%2&apos; ab</translation>
    </message>
    <message>
        <source>the dependency %1 -&gt; %2 is both removed and changed in the same change</source>
        <translation>die Abhängigkeit %1 -&gt; %2 wird in derselben Änderung sowohl entfernt als auch geändert</translation>
    </message>
    <message numerus="yes">
        <source>group &apos;%1&apos; of &apos;%2&apos; still has %Ln member(s); take them out of the group first</source>
        <translation>
            <numerusform>Gruppe &apos;%1&apos; von &apos;%2&apos; hat noch %Ln Mitglied; nehmen Sie es zuerst aus der Gruppe</numerusform>
            <numerusform>Gruppe &apos;%1&apos; von &apos;%2&apos; hat noch %Ln Mitglieder; nehmen Sie sie zuerst aus der Gruppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group &apos;%1&apos; of &apos;%2&apos; has no members: give at least %Ln dependency of &apos;%2&apos; the group &apos;%1&apos;</source>
        <translation>
            <numerusform>Gruppe &apos;%1&apos; von &apos;%2&apos; hat keine Mitglieder: Weisen Sie mindestens %Ln Abhängigkeit von &apos;%2&apos; der Gruppe &apos;%1&apos; zu</numerusform>
            <numerusform>Gruppe &apos;%1&apos; von &apos;%2&apos; hat keine Mitglieder: Weisen Sie mindestens %Ln Abhängigkeiten von &apos;%2&apos; der Gruppe &apos;%1&apos; zu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>group &apos;%1&apos; of &apos;%2&apos; needs %3 up but has only %Ln member(s)</source>
        <translation>
            <numerusform>Gruppe &apos;%1&apos; von &apos;%2&apos; benötigt %3 verfügbare, hat aber nur %Ln Mitglied</numerusform>
            <numerusform>Gruppe &apos;%1&apos; von &apos;%2&apos; benötigt %3 verfügbare, hat aber nur %Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln Mitglied</numerusform>
            <numerusform>%Ln Mitglieder</numerusform>
        </translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; fails &apos;%2&apos;, but there is no element &apos;%2&apos;</source>
        <translation>Szenario &apos;%1&apos; lässt &apos;%2&apos; ausfallen, aber es gibt kein Element &apos;%2&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; appears twice (also at %2)</source>
        <translation>Szenario &apos;%1&apos; kommt zweimal vor (auch %2)</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; already exists</source>
        <translation>Szenario &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>there is no scenario &apos;%1&apos;</source>
        <translation>es gibt kein Szenario &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; is both removed and changed in the same change</source>
        <translation>Szenario &apos;%1&apos; wird in derselben Änderung sowohl entfernt als auch geändert</translation>
    </message>
    <message>
        <source>a value of a table that is not registered</source>
        <translation>ein Wert einer Tabelle, die nicht registriert ist</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names &apos;%3&apos;, but there is no element &apos;%3&apos;</source>
        <translation>%1 &apos;%2&apos; nennt &apos;%3&apos;, aber es gibt kein Element &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; appears twice (also at %3)</source>
        <translation>%1 &apos;%2&apos; kommt zweimal vor (auch %3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; already exists</source>
        <translation>%1 &apos;%2&apos; existiert bereits</translation>
    </message>
    <message>
        <source>there is no %1 &apos;%2&apos;</source>
        <translation>%1 &apos;%2&apos; existiert nicht</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is both removed and changed in the same change</source>
        <translation>%1 &apos;%2&apos; wird in derselben Änderung sowohl entfernt als auch geändert</translation>
    </message>
    <message>
        <source>stored content %1 does not match its SHA-256 (its bytes hash to %2)</source>
        <translation>gespeicherter Inhalt %1 passt nicht zu seinem SHA-256 (seine Bytes ergeben den Hash %2)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; names stored content %3, which is neither in the change nor in the register</source>
        <translation>%1 &apos;%2&apos; nennt gespeicherten Inhalt %3, der weder in der Änderung noch im Register enthalten ist</translation>
    </message>
    <message>
        <source>Another change is still being written to the register; try again when it is done.</source>
        <translation>Eine andere Änderung wird gerade noch in das Register geschrieben; versuchen Sie es erneut, wenn sie abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The change was canceled; nothing was written.</source>
        <translation>Die Änderung wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 was opened read-only; nothing was written.</source>
        <translation>%1 wurde schreibgeschützt geöffnet; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 is the register file itself; choose another file name.</source>
        <translation>%1 ist die Registerdatei selbst; wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a register file.</source>
        <translation>%1 ist ein Ordner, keine Registerdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The audit trail does not end where the register recorded it: entries were removed or replaced outside Bulwark. Nothing was written. Run &apos;bulwark verify&apos; and restore the register from a backup.</source>
        <translation>Der Prüfpfad endet nicht dort, wo das Register es erfasst hat: Einträge wurden außerhalb von Bulwark entfernt oder ersetzt. Es wurde nichts geschrieben. Führen Sie &apos;bulwark verify&apos; aus und stellen Sie das Register aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the dependency %1 -&gt; %2</source>
        <translation>die Abhängigkeit %1 -&gt; %2</translation>
    </message>
    <message>
        <source>the group %1 of %2</source>
        <translation>die Gruppe %1 von %2</translation>
    </message>
    <message>
        <source>the scenario %1</source>
        <translation>das Szenario %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source> and %Ln more</source>
        <translation>
            <numerusform> und %Ln weiteres</numerusform>
            <numerusform> und %Ln weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>The register was changed by another program since it was read, and that program changed what this change would overwrite: %1. Nothing was written; look at it again and retry.</source>
        <translation>Das Register wurde seit dem Lesen von einem anderen Programm geändert, und dieses Programm hat geändert, was diese Änderung überschreiben würde: %1. Es wurde nichts geschrieben; sehen Sie es sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The register was changed by another program since it was read, and this change no longer fits it: %1 Nothing was written; look at the register again and retry.</source>
        <translation>Das Register wurde seit dem Lesen von einem anderen Programm geändert, und diese Änderung passt nicht mehr dazu: %1 Es wurde nichts geschrieben; sehen Sie sich das Register erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The register was written and is not held in memory any more; open it again.</source>
        <translation>Das Register wurde geschrieben und wird nicht mehr im Speicher gehalten; öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only part of the register was read for this change; it cannot be exported.</source>
        <translation>Für diese Änderung wurde nur ein Teil des Registers gelesen; er kann nicht exportiert werden.</translation>
    </message>
    <message>
        <source>This change names rows that were not read for it; open the whole register to make it.</source>
        <translation>Diese Änderung nennt Zeilen, die für sie nicht gelesen wurden; öffnen Sie das ganze Register, um sie vorzunehmen.</translation>
    </message>
    <message>
        <source>writing the register</source>
        <translation>Schreiben des Registers</translation>
    </message>
</context>
</TS>
