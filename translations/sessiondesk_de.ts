<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountActions</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Log out %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message>
        <source>Log out %1? Every active session ends.</source>
        <translation>%1 abmelden? Jede aktive Sitzung endet.</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Freeze %1</source>
        <translation>%1 einfrieren</translation>
    </message>
    <message>
        <source>Freeze the account of %1? Every session ends and the user cannot sign in until the account is unfrozen.</source>
        <translation>Das Konto von %1 einfrieren? Jede Sitzung endet, und der Benutzer kann sich erst wieder anmelden, wenn das Konto aufgetaut ist.</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Einfrieren</translation>
    </message>
    <message>
        <source>Unfreeze %1</source>
        <translation>%1 auftauen</translation>
    </message>
    <message>
        <source>Unfreeze the account of %1? The user can sign in again.</source>
        <translation>Das Konto von %1 auftauen? Der Benutzer kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Auftauen</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>Unticked: frozen until someone unfreezes the account</source>
        <translation>Nicht angekreuzt: eingefroren, bis jemand das Konto auftaut</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <source>Done (audit entry %1).</source>
        <translation>Erledigt (Protokolleintrag %1).</translation>
    </message>
</context>
<context>
    <name>ActivitySimulator</name>
    <message>
        <source>%1 signed in from %2.</source>
        <translation>%1 hat sich aus %2 angemeldet.</translation>
    </message>
    <message>
        <source>%1 signed out.</source>
        <translation>%1 hat sich abgemeldet.</translation>
    </message>
    <message>
        <source>%1 is active.</source>
        <translation>%1 ist aktiv.</translation>
    </message>
    <message>
        <source>%1 mistyped their password.</source>
        <translation>%1 hat sich beim Passwort vertippt.</translation>
    </message>
    <message>
        <source>Someone is guessing the password of %1 from %2.</source>
        <translation>Jemand rät das Passwort von %1 von %2 aus.</translation>
    </message>
    <message>
        <source>%1 signed in from %2, far from their last sign-in.</source>
        <translation>%1 hat sich aus %2 angemeldet, weit weg von der letzten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>AddressPlaces</name>
    <message>
        <source>%1 is an ASN database; a city database (such as GeoLite2-City.mmdb) gives places.</source>
        <translation>%1 ist eine ASN-Datenbank; Orte liefert eine Städte-Datenbank (etwa GeoLite2-City.mmdb).</translation>
    </message>
    <message>
        <source>%1 holds places, not networks; an ASN database (such as GeoLite2-ASN.mmdb) gives networks.</source>
        <translation>%1 enthält Orte, keine Netze; Netze liefert eine ASN-Datenbank (etwa GeoLite2-ASN.mmdb).</translation>
    </message>
    <message>
        <source>%1 records an IP address for each session, no place. With a city database (Settings › Places, or --geoip-city) SessionDesk finds the places from the addresses, and the rules that need places (impossible travel, concurrent countries, new country) run.</source>
        <translation>%1 speichert zu jeder Sitzung eine IP-Adresse, keinen Ort. Mit einer Städte-Datenbank (Einstellungen › Orte oder --geoip-city) ermittelt SessionDesk die Orte aus den Adressen, und die Regeln, die Orte brauchen (unmögliche Reise, mehrere Länder gleichzeitig, neues Land), laufen.</translation>
    </message>
</context>
<context>
    <name>AuditBook</name>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>This computer&apos;s record of the heads it saw (%1) cannot be read, so entries cut off the trail&apos;s end would not be noticed; it was left as it is.</source>
        <translation>Die Aufzeichnung dieses Computers über die gesehenen Köpfe (%1) kann nicht gelesen werden, daher fielen am Ende des Protokolls abgeschnittene Einträge nicht auf; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>the checkpoint</source>
        <translation>dem Prüfpunkt</translation>
    </message>
    <message>
        <source>The checkpoint is of the store %1, not of this one (%2), and this store does not hold its head: if this is a copy or a move of that store, entries are missing or changed; otherwise check the checkpoint against the store it names.</source>
        <translation>Der Prüfpunkt stammt vom Speicher %1, nicht von diesem (%2), und dieser Speicher enthält seinen Kopf nicht: Ist dies eine Kopie oder ein verschobener Stand jenes Speichers, fehlen Einträge oder wurden geändert; andernfalls prüfen Sie den Prüfpunkt gegen den Speicher, den er nennt.</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>Entry %1 does not start the trail: entries before it were deleted.</source>
        <translation>Eintrag %1 steht nicht am Anfang des Protokolls: Einträge davor wurden gelöscht.</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: an entry between them was deleted or inserted, or the entries were reordered.</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: Dazwischen wurde ein Eintrag gelöscht oder eingefügt, oder die Einträge wurden umsortiert.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written: its contents no longer match its hash.</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert: Sein Inhalt passt nicht mehr zu seinem Hash.</translation>
    </message>
    <message>
        <source>Entry %1 does not belong to the trail: its entries are numbered from 1.</source>
        <translation>Eintrag %1 gehört nicht zum Protokoll: seine Einträge sind ab 1 nummeriert.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoint</name>
    <message>
        <source>The trail ends at entry %1; entry %2 (hash %3…) was seen on %4 by %5: entries were removed from its end, or the store was replaced by an older copy.</source>
        <translation>Das Protokoll endet bei Eintrag %1; Eintrag %2 (Hash %3…) wurde am %4 von %5 gesehen: Einträge wurden an seinem Ende entfernt, oder der Speicher wurde durch eine ältere Kopie ersetzt.</translation>
    </message>
    <message>
        <source>Entry %1 has the hash %2…, but %3 saw %4… there on %5: the trail was rewritten from there on.</source>
        <translation>Eintrag %1 hat den Hash %2…, doch von %3 wurde dort am %5 %4… gesehen: Das Protokoll wurde ab dort neu geschrieben.</translation>
    </message>
</context>
<context>
    <name>AuditCommands</name>
    <message>
        <source>Entries from this date or time on (local time unless it names an offset or Z).</source>
        <translation>Einträge ab diesem Datum oder dieser Zeit (Ortszeit, wenn sie keinen Versatz und kein Z nennt).</translation>
    </message>
    <message>
        <source>Entries about this user (email or id).</source>
        <translation>Einträge zu diesem Benutzer (E-Mail oder Kennung).</translation>
    </message>
    <message>
        <source>Entries by this operator.</source>
        <translation>Einträge dieses Bedieners.</translation>
    </message>
    <message>
        <source>Entries of this action, e.g. logout_user or change_settings.</source>
        <translation>Einträge dieser Aktion, z. B. logout_user oder change_settings.</translation>
    </message>
    <message>
        <source>Entries with these words in the reason, ticket, target or values.</source>
        <translation>Einträge mit diesen Wörtern in Begründung, Ticket, Ziel oder Werten.</translation>
    </message>
    <message>
        <source>time, operator, action, user or count, with :asc or :desc (default time:desc).</source>
        <translation>time, operator, action, user oder count, mit :asc oder :desc (Standard time:desc).</translation>
    </message>
    <message>
        <source>--sort is time, operator, action, user or count, with :asc or :desc; not &apos;%1&apos;.</source>
        <translation>--sort ist time, operator, action, user oder count, mit :asc oder :desc; nicht „%1“.</translation>
    </message>
    <message>
        <source>No entry of the audit trail was made by an operator %1.</source>
        <translation>Kein Eintrag des Prüfprotokolls stammt von einem Bediener %1.</translation>
    </message>
    <message>
        <source>There is no user %1, and no entry of the audit trail is about one.</source>
        <translation>Es gibt keinen Benutzer %1, und kein Eintrag des Prüfprotokolls betrifft einen solchen.</translation>
    </message>
    <message>
        <source>At most N entries (default 100; 0: all).</source>
        <translation>Höchstens N Einträge (Standard 100; 0: alle).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>OPERATOR</source>
        <translation>BEDIENER</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <source>TICKET</source>
        <translation>TICKET</translation>
    </message>
    <message>
        <source>CHANGE</source>
        <translation>ÄNDERUNG</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln entry(s) shown.
</source>
        <translation>
            <numerusform>%1 von %Ln Eintrag angezeigt.
</numerusform>
            <numerusform>%1 von %Ln Einträgen angezeigt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>A line printed by audit checkpoint: the trail must still hold that head.</source>
        <translation>Eine Zeile, die audit checkpoint ausgegeben hat: Das Protokoll muss diesen Kopf noch enthalten.</translation>
    </message>
    <message>
        <source>--checkpoint takes the whole line audit checkpoint printed (sessiondesk-checkpoint v1 entry=… hash=… at=… store=…).</source>
        <translation>--checkpoint nimmt die ganze Zeile, die audit checkpoint ausgegeben hat (sessiondesk-checkpoint v1 entry=… hash=… at=… store=…).</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1, head hash %2.
</source>
        <translation>Das Prüfprotokoll ist unversehrt: %1, Kopf-Hash %2.
</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint was taken of %1; this store is %2.
</source>
        <translation>Der Prüfpunkt stammt von %1; dieser Speicher ist %2.
</translation>
    </message>
    <message>
        <source>Entry %1 has the checkpoint&apos;s hash.
</source>
        <translation>Eintrag %1 hat den Hash des Prüfpunkts.
</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1. %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 beschädigt. %2</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1, so it has no head to keep. %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 verletzt, hat also keinen Kopf zum Aufbewahren. %2</translation>
    </message>
    <message>
        <source>The audit trail is empty: there is no head to keep yet.</source>
        <translation>Das Prüfprotokoll ist leer: Es gibt noch keinen Kopf zum Aufbewahren.</translation>
    </message>
    <message>
        <source>Write CSV (RFC 4180, UTF-8) to FILE.</source>
        <translation>CSV (RFC 4180, UTF-8) in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Write a PDF report to FILE.</source>
        <translation>Einen PDF-Bericht in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Why (written to the audit trail; default: &quot;Audit export&quot;).</source>
        <translation>Begründung (wird ins Prüfprotokoll geschrieben; Standard: „Audit export“).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, wenn sie vorhanden ist.</translation>
    </message>
    <message>
        <source>audit export needs one of --csv FILE or --pdf FILE.</source>
        <translation>audit export braucht entweder --csv DATEI oder --pdf DATEI.</translation>
    </message>
    <message>
        <source>%1 exists; nothing was exported. Give --force to replace it.</source>
        <translation>%1 ist vorhanden; nichts wurde exportiert. Geben Sie --force an, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Audit export</source>
        <translation>Protokollexport</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entry(s) to %1 (%2, audit entry %3).
</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 geschrieben (%2, Protokolleintrag %3).
</numerusform>
            <numerusform>%Ln Einträge nach %1 geschrieben (%2, Protokolleintrag %3).
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln Seite</numerusform>
            <numerusform>%Ln Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln entry(s) to %1 (audit entry %2).
</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 geschrieben (Protokolleintrag %2).
</numerusform>
            <numerusform>%Ln Einträge nach %1 geschrieben (Protokolleintrag %2).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions of this user (email or id).</source>
        <translation>Sitzungen dieses Benutzers (E-Mail oder Kennung).</translation>
    </message>
    <message>
        <source>Sessions this operator ended.</source>
        <translation>Sitzungen, die dieser Bediener beendet hat.</translation>
    </message>
    <message>
        <source>Sessions ended with these words in the reason.</source>
        <translation>Sitzungen, deren Begründung diese Wörter enthält.</translation>
    </message>
    <message>
        <source>Ended from this date or time on.</source>
        <translation>Beendet ab diesem Datum oder Zeitpunkt.</translation>
    </message>
    <message>
        <source>ENDED</source>
        <translation>BEENDET</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>HOW</source>
        <translation>WIE</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln session(s) shown.
</source>
        <translation>
            <numerusform>%1 von %Ln Sitzung angezeigt.
</numerusform>
            <numerusform>%1 von %Ln Sitzungen angezeigt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>At most N sessions (default 100; 0: all).</source>
        <translation>Höchstens N Sitzungen (Standard 100; 0: alle).</translation>
    </message>
    <message>
        <source>Entries before this time, or through this date.</source>
        <translation>Einträge vor dieser Zeit oder bis einschließlich dieses Datums.</translation>
    </message>
    <message>
        <source>Ended before this time, or through this date.</source>
        <translation>Beendet vor dieser Zeit oder bis einschließlich dieses Datums.</translation>
    </message>
</context>
<context>
    <name>AuditExport</name>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 nach %2: %3</translation>
    </message>
</context>
<context>
    <name>AuditExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>SessionDesk audit report</source>
        <translation>SessionDesk-Prüfbericht</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <source>%1 (%2, OS account %3 on %4)</source>
        <translation>%1 (%2, Betriebssystemkonto %3 auf %4)</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Prüfkette</translation>
    </message>
    <message>
        <source>Chain head hash</source>
        <translation>Hash am Kettenende</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at entry %1: %2 (verified %3)</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 VERLETZT: %2 (geprüft %3)</translation>
    </message>
    <message>
        <source>The audit trail is intact as of entry %1, head hash %2 (verified %3)</source>
        <translation>Das Prüfprotokoll ist bis Eintrag %1 unversehrt, Kopf-Hash %2 (geprüft %3)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>&amp;Verify Integrity</source>
        <translation>Integrität &amp;prüfen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>P&amp;DF exportieren …</translation>
    </message>
    <message>
        <source>All operators</source>
        <translation>Alle Bediener</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>User email</source>
        <translation>E-Mail des Benutzers</translation>
    </message>
    <message>
        <source>Words in reason, ticket or values</source>
        <translation>Wörter in Begründung, Ticket oder Werten</translation>
    </message>
    <message>
        <source>Recompute the hash chain of every entry and show the first one that does not match</source>
        <translation>Die Hash-Kette aller Einträge nachrechnen und den ersten zeigen, der nicht passt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Das Prüfprotokoll wird geprüft …</translation>
    </message>
    <message>
        <source>Head hash %1</source>
        <translation>Hash am Kettenende %1</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry %1. %2</source>
        <translation>Das Prüfprotokoll ist bei Eintrag %1 beschädigt. %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s) before it are intact; the last of them has the hash %1.</source>
        <translation>
            <numerusform>%Ln Eintrag davor ist intakt; sein Hash ist %1.</numerusform>
            <numerusform>%Ln Einträge davor sind intakt; der letzte hat den Hash %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail as PDF</source>
        <translation>Prüfprotokoll als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the audit trail as CSV</source>
        <translation>Prüfprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>PDF reports (*.pdf)</source>
        <translation>PDF-Berichte (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Export %Ln entry(s) (%1, %2) to %3? The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>%Ln Eintrag (%1, %2) nach %3 exportieren? Der Export wird im Prüfprotokoll festgehalten.</numerusform>
            <numerusform>%Ln Einträge (%1, %2) nach %3 exportieren? Der Export wird im Prüfprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entry(s) to %1 (audit entry %2).</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert (Protokolleintrag %2).</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert (Protokolleintrag %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the entries the filter shows, in the table&apos;s order</source>
        <translation>Die Einträge exportieren, die der Filter zeigt, in der Reihenfolge der Tabelle</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <source>E&amp;nded Sessions</source>
        <translation>Beendete &amp;Sitzungen</translation>
    </message>
    <message>
        <source>Words in the reason</source>
        <translation>Wörter im Grund</translation>
    </message>
    <message numerus="yes">
        <source>%Ln ended session(s)</source>
        <translation>
            <numerusform>%Ln beendete Sitzung</numerusform>
            <numerusform>%Ln beendete Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports hold audit entries: switch to the Entries tab</source>
        <translation>Exporte enthalten Protokolleinträge: Wechseln Sie zum Reiter „Einträge“</translation>
    </message>
    <message>
        <source>The audit trail is intact as of entry %1, verified %2.</source>
        <translation>Das Prüfprotokoll ist bis Eintrag %1 unversehrt, geprüft %2.</translation>
    </message>
    <message>
        <source>The audit trail is empty, verified %1.</source>
        <translation>Das Prüfprotokoll ist leer, geprüft %1.</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>Be&amp;diener:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Einträge des Prüfprotokolls</translation>
    </message>
    <message>
        <source>Ended sessions</source>
        <translation>Beendete Sitzungen</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>operator %1</source>
        <translation>Bediener %1</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>containing &quot;%1&quot;</source>
        <translation>mit „%1“</translation>
    </message>
    <message>
        <source>all entries</source>
        <translation>alle Einträge</translation>
    </message>
    <message>
        <source>by time, oldest first</source>
        <translation>nach Zeit, älteste zuerst</translation>
    </message>
    <message>
        <source>by time, newest first</source>
        <translation>nach Zeit, neueste zuerst</translation>
    </message>
    <message>
        <source>by operator, A to Z</source>
        <translation>nach Bediener, A bis Z</translation>
    </message>
    <message>
        <source>by operator, Z to A</source>
        <translation>nach Bediener, Z bis A</translation>
    </message>
    <message>
        <source>by action, A to Z</source>
        <translation>nach Aktion, A bis Z</translation>
    </message>
    <message>
        <source>by action, Z to A</source>
        <translation>nach Aktion, Z bis A</translation>
    </message>
    <message>
        <source>by user, A to Z</source>
        <translation>nach Benutzer, A bis Z</translation>
    </message>
    <message>
        <source>by user, Z to A</source>
        <translation>nach Benutzer, Z bis A</translation>
    </message>
    <message>
        <source>by count, smallest first</source>
        <translation>nach Anzahl, kleinste zuerst</translation>
    </message>
    <message>
        <source>by count, largest first</source>
        <translation>nach Anzahl, größte zuerst</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Entry %1 · hash %2</source>
        <translation>Eintrag %1 · Hash %2</translation>
    </message>
    <message>
        <source>OS account %1 on %2</source>
        <translation>Betriebssystemkonto %1 auf %2</translation>
    </message>
    <message>
        <source>%1, session %2</source>
        <translation>%1, Sitzung %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>kept: %1</source>
        <translation>behalten: %1</translation>
    </message>
    <message>
        <source>spared roles: %1</source>
        <translation>verschonte Rollen: %1</translation>
    </message>
    <message>
        <source>earlier access tokens rejected</source>
        <translation>frühere Zugriffstoken abgewiesen</translation>
    </message>
    <message>
        <source>access tokens left valid</source>
        <translation>Zugriffstoken gültig gelassen</translation>
    </message>
    <message>
        <source>planned logout %1</source>
        <translation>geplante Abmeldung %1</translation>
    </message>
    <message>
        <source>message: “%1”</source>
        <translation>Nachricht: „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Logged out a user</source>
        <translation>Benutzer abgemeldet</translation>
    </message>
    <message>
        <source>Ended a session</source>
        <translation>Sitzung beendet</translation>
    </message>
    <message>
        <source>Logged out all users</source>
        <translation>Alle Benutzer abgemeldet</translation>
    </message>
    <message>
        <source>Planned a logout of all users</source>
        <translation>Abmeldung aller Benutzer geplant</translation>
    </message>
    <message>
        <source>Cancelled a planned logout</source>
        <translation>Geplante Abmeldung abgebrochen</translation>
    </message>
    <message>
        <source>Froze an account</source>
        <translation>Konto eingefroren</translation>
    </message>
    <message>
        <source>Unfroze an account</source>
        <translation>Konto aufgetaut</translation>
    </message>
    <message>
        <source>Resolved a flag</source>
        <translation>Markierung erledigt</translation>
    </message>
    <message>
        <source>Dismissed a flag</source>
        <translation>Markierung verworfen</translation>
    </message>
    <message>
        <source>Changed settings</source>
        <translation>Einstellungen geändert</translation>
    </message>
    <message>
        <source>Added a user</source>
        <translation>Benutzer hinzugefügt</translation>
    </message>
    <message>
        <source>Deactivated a user</source>
        <translation>Benutzer deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated a user</source>
        <translation>Benutzer reaktiviert</translation>
    </message>
    <message>
        <source>Removed a user</source>
        <translation>Benutzer entfernt</translation>
    </message>
    <message>
        <source>Changed a user&apos;s role</source>
        <translation>Rolle eines Benutzers geändert</translation>
    </message>
    <message>
        <source>Set an operator&apos;s role</source>
        <translation>Rolle eines Bedieners gesetzt</translation>
    </message>
    <message>
        <source>Removed an operator</source>
        <translation>Bediener entfernt</translation>
    </message>
    <message>
        <source>Exported the audit trail</source>
        <translation>Prüfprotokoll exportiert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, role %3</source>
        <translation>%1 &lt;%2&gt;, Rolle %3</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; (%3): %4</source>
        <translation>%1 &lt;%2&gt; (%3): %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) logged out</source>
        <translation>
            <numerusform>%Ln Benutzer abgemeldet</numerusform>
            <numerusform>%Ln Benutzer abgemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>flag %1 (%2): %3</source>
        <translation>Markierung %1 (%2): %3</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Partial: %1 failed</source>
        <translation>Teilweise: %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Partial: stopped before the end</source>
        <translation>Teilweise: vor dem Ende angehalten</translation>
    </message>
    <message>
        <source>matching: %1</source>
        <translation>passend: %1</translation>
    </message>
    <message numerus="yes">
        <source>sessions of %Ln user(s) ended</source>
        <translation>
            <numerusform>Sitzungen von %Ln Benutzer beendet</numerusform>
            <numerusform>Sitzungen von %Ln Benutzern beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>Ended matching sessions</source>
        <translation>Passende Sitzungen beendet</translation>
    </message>
    <message>
        <source>Exported sign-ins</source>
        <translation>Anmeldungen exportiert</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>Writing the audit entry failed, so nothing was changed. %1</source>
        <translation>Der Eintrag im Prüfprotokoll konnte nicht geschrieben werden, daher wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>There is no action &apos;%1&apos; in the audit trail; the actions are: %2.</source>
        <translation>Im Prüfprotokoll gibt es keine Aktion „%1“; die Aktionen sind: %2.</translation>
    </message>
</context>
<context>
    <name>BetterAuthDirectory</name>
    <message>
        <source>better-auth sorts users by name, email, role or status only.</source>
        <translation>better-auth sortiert Benutzer nur nach Name, E-Mail, Rolle oder Status.</translation>
    </message>
    <message>
        <source>%1 has no session %2.</source>
        <translation>%1 hat keine Sitzung %2.</translation>
    </message>
    <message>
        <source>%1 has no user %2.</source>
        <translation>%1 hat keinen Benutzer %2.</translation>
    </message>
</context>
<context>
    <name>BetterAuthJson</name>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
</context>
<context>
    <name>Capabilities</name>
    <message>
        <source>Only administrators can log out all users.</source>
        <translation>Nur Administratoren können alle Benutzer abmelden.</translation>
    </message>
    <message>
        <source>Only administrators can change settings.</source>
        <translation>Nur Administratoren können Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Auditors have read-only access.</source>
        <translation>Prüfer haben nur Lesezugriff.</translation>
    </message>
    <message>
        <source>Only administrators can manage operators.</source>
        <translation>Nur Administratoren können Bediener verwalten.</translation>
    </message>
    <message>
        <source>The account %1 is not an operator of this store, so it can only look. An administrator can add it (sessiondesk-cli operators set %1 --role …).</source>
        <translation>Das Konto %1 ist kein Bediener dieses Speichers und kann nur ansehen. Ein Administrator kann es hinzufügen (sessiondesk-cli operators set %1 --role …).</translation>
    </message>
    <message>
        <source>Only administrators can add, deactivate or remove users.</source>
        <translation>Nur Administratoren können Benutzer hinzufügen, deaktivieren oder entfernen.</translation>
    </message>
    <message>
        <source>Access tokens issued before %1 are rejected.</source>
        <translation>Zugriffstoken, die vor %1 ausgestellt wurden, werden abgelehnt.</translation>
    </message>
    <message>
        <source>Access tokens issued to them before now are rejected as well.</source>
        <translation>Zugriffstoken, die ihnen bisher ausgestellt wurden, werden ebenfalls abgelehnt.</translation>
    </message>
    <message>
        <source>Their flags are open again until resolved.</source>
        <translation>Ihre Markierungen sind wieder offen, bis sie erledigt werden.</translation>
    </message>
    <message>
        <source>Only administrators can change users&apos; roles.</source>
        <translation>Nur Administratoren können die Rollen von Benutzern ändern.</translation>
    </message>
</context>
<context>
    <name>CertificateTrust</name>
    <message>
        <source>The certificate of %1 is not trusted (%2). Its SHA-256 fingerprint is %3; trust it for this connection only after checking it with the server&apos;s administrator.</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2). Sein SHA-256-Fingerabdruck ist %3; vertrauen Sie ihm für diese Verbindung erst, nachdem Sie ihn mit dem Administrator des Servers geprüft haben.</translation>
    </message>
    <message>
        <source>The certificate of %1 changed: the trusted one has the fingerprint %2, this one %3. SessionDesk refuses it; check with the server&apos;s administrator before trusting the new one.</source>
        <translation>Das Zertifikat von %1 hat sich geändert: Das vertrauenswürdige hat den Fingerabdruck %2, dieses %3. SessionDesk lehnt es ab; prüfen Sie es mit dem Administrator des Servers, bevor Sie dem neuen vertrauen.</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Why (required; written to the audit trail).</source>
        <translation>Begründung (Pflicht; wird ins Prüfprotokoll geschrieben).</translation>
    </message>
    <message>
        <source>Ticket or case number for the audit trail.</source>
        <translation>Ticket- oder Vorgangsnummer für das Prüfprotokoll.</translation>
    </message>
    <message>
        <source>--%1 is given more than once; give it once.</source>
        <translation>--%1 ist mehrfach angegeben; geben Sie es einmal an.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message numerus="yes">
        <source>--%1 is at most %Ln characters long.</source>
        <translation>
            <numerusform>--%1 ist höchstens %Ln Zeichen lang.</numerusform>
            <numerusform>--%1 ist höchstens %Ln Zeichen lang.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;; put a text with spaces in quotes.</source>
        <translation>Unerwartetes Argument „%1“; setzen Sie einen Text mit Leerzeichen in Anführungszeichen.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1 nimmt eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Passwort für %1 auf %2: </translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for the commands and their options.</source>
        <translation>&apos;%1 --help&apos; zeigt die Befehle und ihre Optionen.</translation>
    </message>
    <message>
        <source>%1 needs --reason TEXT: every action is recorded with its reason.</source>
        <translation>%1 braucht --reason TEXT: Jede Aktion wird mit ihrer Begründung protokolliert.</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>--%1 is an option of %2 itself: put it before the command (%2 --%1 … %3).</source>
        <translation>--%1 ist eine Option von %2 selbst: Geben Sie sie vor dem Befehl an (%2 --%1 … %3).</translation>
    </message>
    <message>
        <source>--%1 takes a date (2026-11-21) or an ISO time (2026-11-21T14:30Z), not &apos;%2&apos;.</source>
        <translation>--%1 erwartet ein Datum (2026-11-21) oder eine ISO-Zeit (2026-11-21T14:30Z), nicht „%2“.</translation>
    </message>
    <message>
        <source>Leave this user signed in (repeatable).</source>
        <translation>Diesen Benutzer angemeldet lassen (wiederholbar).</translation>
    </message>
    <message>
        <source>Leave users with this role signed in (repeatable).</source>
        <translation>Benutzer mit dieser Rolle angemeldet lassen (wiederholbar).</translation>
    </message>
    <message>
        <source>End sessions only; access tokens already issued stay valid until they expire.</source>
        <translation>Nur Sitzungen beenden; bereits ausgestellte Zugriffstoken bleiben bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>--keep-role needs the name of a role; an empty one spares nobody.</source>
        <translation>--keep-role braucht den Namen einer Rolle; eine leere verschont niemanden.</translation>
    </message>
    <message>
        <source>--%1 %2 is not before --%3 %4, so nothing could match.</source>
        <translation>--%1 %2 liegt nicht vor --%3 %4, also könnte nichts passen.</translation>
    </message>
    <message>
        <source>No password for %1 at %2: there is no terminal to ask on. Save it in the system keychain (connections add NAME --url URL --save-password) and use --profile NAME.</source>
        <translation>Kein Passwort für %1 bei %2: Es gibt kein Terminal, auf dem es abgefragt werden kann. Speichern Sie es im Schlüsselbund des Systems (connections add NAME --url URL --save-password) und verwenden Sie --profile NAME.</translation>
    </message>
    <message>
        <source>Places found from the IP addresses in a place database: the places of the addresses&apos; networks, not of the devices.
</source>
        <translation>Orte aus den IP-Adressen in einer Orts-Datenbank ermittelt: die Orte der Netze der Adressen, nicht der Geräte.
</translation>
    </message>
    <message numerus="yes">
        <source>access tokens issued before now are rejected for %Ln user(s)</source>
        <translation>
            <numerusform>bis jetzt ausgestellte Zugriffstoken werden für %Ln Benutzer abgewiesen</numerusform>
            <numerusform>bis jetzt ausgestellte Zugriffstoken werden für %Ln Benutzer abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>access tokens already issued stay valid until they expire</source>
        <translation>bereits ausgestellte Zugriffstoken bleiben bis zu ihrem Ablauf gültig</translation>
    </message>
    <message>
        <source>no token is rejected (%1)</source>
        <translation>kein Token wird abgewiesen (%1)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Command-line console for SessionDesk stores.</source>
        <translation>Kommandozeilen-Konsole für SessionDesk-Speicher.</translation>
    </message>
    <message>
        <source>The SQLite store (default: %1).</source>
        <translation>Der SQLite-Speicher (Standard: %1).</translation>
    </message>
    <message>
        <source>Print results as JSON.</source>
        <translation>Ergebnisse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The command to run, with its options.</source>
        <translation>Der auszuführende Befehl mit seinen Optionen.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>Unbekannter Befehl &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A saved connection (connections list); its password comes from the system keychain, or is asked for.</source>
        <translation>Eine gespeicherte Verbindung (connections list); ihr Passwort kommt aus dem Schlüsselbund des Systems oder wird abgefragt.</translation>
    </message>
    <message>
        <source>--store, --connect and --profile exclude each other.</source>
        <translation>--store, --connect und --profile schließen einander aus.</translation>
    </message>
    <message>
        <source>There is no saved connection &apos;%1&apos; (connections list).</source>
        <translation>Es gibt keine gespeicherte Verbindung „%1“ (connections list).</translation>
    </message>
    <message>
        <source>%1 needs one of: %2.</source>
        <translation>%1 braucht einen von: %2.</translation>
    </message>
    <message>
        <source>%1 has no subcommand &apos;%2&apos;; it has: %3.</source>
        <translation>%1 hat keinen Unterbefehl „%2“; es gibt: %3.</translation>
    </message>
    <message>
        <source>--store needs the store&apos;s file name.</source>
        <translation>--store braucht den Dateinamen des Speichers.</translation>
    </message>
    <message>
        <source>%1 SUBCOMMAND, one of: %2. Run &apos;%3 %1 SUBCOMMAND --help&apos; for its options.
</source>
        <translation>%1 UNTERBEFEHL, einer von: %2. „%3 %1 UNTERBEFEHL --help“ zeigt seine Optionen.
</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 It is left out.</source>
        <translation>%1 Sie wird nicht verwendet.</translation>
    </message>
    <message>
        <source>A city database in MaxMind&apos;s format (GeoLite2-City.mmdb, dbip-city-lite.mmdb): the places of the addresses of the sources that record addresses but no places (better-auth, Keycloak, application tables). Default: the one chosen in the console&apos;s settings, else the first *City* or *Country* .mmdb file in GeoIP under the data folders (~/.local/share, /usr/local/share, /usr/share) or in /var/lib/GeoIP.</source>
        <translation>Eine Städte-Datenbank im Format von MaxMind (GeoLite2-City.mmdb, dbip-city-lite.mmdb): die Orte der Adressen der Quellen, die Adressen, aber keine Orte speichern (better-auth, Keycloak, Tabellen von Anwendungen). Vorgabe: die in den Einstellungen der Konsole gewählte, sonst die erste .mmdb-Datei mit *City* oder *Country* im Namen in GeoIP unter den Datenordnern (~/.local/share, /usr/local/share, /usr/share) oder in /var/lib/GeoIP.</translation>
    </message>
    <message>
        <source>An ASN database in MaxMind&apos;s format (GeoLite2-ASN.mmdb): the networks that own the addresses, for the same sources. Default: as for --geoip-city, a *ASN* .mmdb file.</source>
        <translation>Eine ASN-Datenbank im Format von MaxMind (GeoLite2-ASN.mmdb): die Netze, zu denen die Adressen gehören, für dieselben Quellen. Vorgabe: wie bei --geoip-city, eine .mmdb-Datei mit *ASN* im Namen.</translation>
    </message>
    <message>
        <source>Commands:
  demo create [--users N] [--sessions N] [--events N] [--seed S]
                        Create a store filled with deterministic demo data.
  demo simulate [--seconds N] [--interval MS]
                        Play the application: sign-ins, sign-outs, failures, now and
                        then something suspicious, at a human pace.
  users list [--filter TEXT] [--status STATUS] [--sort FIELD[:desc]] [--limit N]
                        List users; FIELD is name, email, role, status, sessions,
                        devices, last-activity or location; --limit 0 lists all.
  users add --email EMAIL --name NAME [--role ROLE] [--reason TEXT]
                        Add a team member (an active account without sessions).
  users deactivate|reactivate|remove --user EMAIL --reason TEXT [--ticket T]
                        Deactivate a former member (ends their sessions), reactivate
                        them, or remove a deactivated one.
  users set-role --user EMAIL --role ROLE --reason TEXT [--ticket T]
                        Change the application role of a user.
  overview              Who is signed in now and from where, the last week&apos;s sign-ins by
                        hour, open flags by rule, operator actions by day (as the
                        Overview page).
  sessions list --user EMAIL [--all]
                        List a user&apos;s active sessions (--all: ended ones too).
  sessions search [--user EMAIL] [--ip ADDRESS|CIDR] [--country CC] [--device TEXT]
                  [--started-from T] [--started-to T] [--active-from T] [--active-to T]
                  [--limit N]
                        The active sessions of all users that match, last active first.
  sessions end-matching [the filters of sessions search] --reason TEXT [--ticket T]
                  [--keep-user EMAIL]... [--keep-role ROLE]... [--no-token-revoke] --yes
                        End the active sessions that match (at least one filter) and
                        reject their users&apos; access tokens; without --yes, the preview.
  signins list [--user EMAIL] [--result success|failure] [--ip ADDRESS|CIDR]
               [--country CC] [--from T] [--to T] [--device TEXT] [--limit N]
                        Sign-in attempts, newest first, failed ones too.
  signins export --csv FILE [the filters of signins list] --reason TEXT [--ticket T]
                 [--force]
                        Write the sign-ins that match to a CSV file; recorded in the
                        audit trail.
  logout --user EMAIL [--user EMAIL]... --reason TEXT [--ticket T]
                        End all of a user&apos;s sessions (or several users&apos;) and reject
                        their access tokens.
  logout-all --reason TEXT [--ticket T] [--keep-user EMAIL]... [--keep-role ROLE]...
             [--no-token-revoke] [--at TIME --message TEXT] --yes
                        Log out every user; without --yes, show what would happen.
                        With --at TIME --message TEXT: plan it and announce it.
  schedule list [--all] Planned logouts (pending ones, or all).
  schedule cancel ID --reason TEXT [--ticket T]
                        Cancel a pending planned logout.
  schedule run          Run the planned logouts that are due (for cron).
  end-session SESSION_ID --reason TEXT [--ticket T]
                        End one session.
  freeze --user EMAIL --reason TEXT [--ticket T] [--until TIME]
  unfreeze --user EMAIL --reason TEXT [--ticket T]
                        Freeze an account (ends its sessions; with --until, only until
                        then, where the source can) or unfreeze it.
  flags scan [--all]    Look for suspicious sign-ins since the last scan (or all).
  flags list [--status open|all]
                        List flags with their explanation.
  flags resolve ID --note TEXT
  flags dismiss ID --note TEXT
                        Close a flag.
  settings get [KEY]    Show the account settings, what they mean and their range.
  settings set KEY VALUE --reason TEXT [--ticket T]
                        Change a setting, e.g. settings set global_logout on.
  operators list        The OS accounts that may operate this store, and their roles.
  operators set ACCOUNT --role administrator|support|auditor --reason TEXT
  operators remove ACCOUNT --reason TEXT
                        Add an operator or change their role; remove one.
  audit list [--from T] [--to T] [--user EMAIL] [--operator OP] [--action A]
             [--text WORDS] [--sort FIELD[:asc]] [--limit N]
                        The audit trail, newest first; T is a date or an ISO time (local time
                        unless it names an offset or Z).
  audit verify [--checkpoint LINE]
                        Recompute the hash chain and check it still holds the heads this
                        computer (and the checkpoint) saw; exit 3 naming the first broken entry.
  audit checkpoint      Print the trail&apos;s head as one line to keep elsewhere (a ticket, an e-mail).
  audit export --csv FILE | --pdf FILE [filters of audit list] [--reason TEXT] [--force]
                        Export the filtered entries (the export is audited too); an
                        existing FILE is replaced only with --force.
  audit sessions [--user EMAIL] [--operator OP] [--reason WORDS] [--from T] [--to T]
                        Sessions operators ended, with the reason given.

  store migrate         Create or upgrade the store&apos;s schema (PostgreSQL: administrators
                        or the database&apos;s owner; SQLite stores upgrade when opened).

  connections list      The saved connections (use one with --profile NAME).
  connections add NAME --url URL [--save-password]
                        Save a connection; --save-password asks for the password and
                        keeps it in the system keychain, never in a file.
  connections remove NAME
                        Forget a connection and its password.

Exit codes: 0 success, 1 the operation failed, 2 usage error, 3 the audit trail is broken,
4 not permitted, 5 not found.
Run &apos;%1 COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>Befehle:
  demo create [--users N] [--sessions N] [--events N] [--seed S]
                        Einen Speicher mit reproduzierbaren Demodaten anlegen.
  demo simulate [--seconds N] [--interval MS]
                        Die Anwendung spielen: Anmeldungen, Abmeldungen, Fehlversuche und
                        ab und zu etwas Verdächtiges, in menschlichem Tempo.
  users list [--filter TEXT] [--status STATUS] [--sort FELD[:desc]] [--limit N]
                        Benutzer auflisten; FELD ist name, email, role, status, sessions,
                        devices, last-activity oder location; --limit 0 listet alle.
  users add --email E-MAIL --name NAME [--role ROLLE] [--reason TEXT]
                        Ein Teammitglied hinzufügen (ein aktives Konto ohne Sitzungen).
  users deactivate|reactivate|remove --user E-MAIL --reason TEXT [--ticket T]
                        Ein ehemaliges Mitglied deaktivieren (beendet seine Sitzungen),
                        wieder aktivieren oder ein deaktiviertes entfernen.
  users set-role --user E-MAIL --role ROLLE --reason TEXT [--ticket T]
                        Die Anwendungsrolle eines Benutzers ändern.
  overview              Wer jetzt angemeldet ist und von wo, die Anmeldungen der letzten Woche
                        pro Stunde, offene Markierungen nach Regel, Aktionen der Bediener pro
                        Tag (wie die Seite Übersicht).
  sessions list --user E-MAIL [--all]
                        Aktive Sitzungen eines Benutzers auflisten (--all: auch beendete).
  sessions search [--user E-MAIL] [--ip ADRESSE|CIDR] [--country CC] [--device TEXT]
                  [--started-from T] [--started-to T] [--active-from T] [--active-to T]
                  [--limit N]
                        Die aktiven Sitzungen aller Benutzer, auf die die Filter passen,
                        die zuletzt aktiven zuerst.
  sessions end-matching [die Filter von sessions search] --reason TEXT [--ticket T]
                  [--keep-user E-MAIL]... [--keep-role ROLLE]... [--no-token-revoke] --yes
                        Die passenden aktiven Sitzungen beenden (mindestens ein Filter) und
                        die Zugriffstoken ihrer Benutzer sperren; ohne --yes die Vorschau.
  signins list [--user E-MAIL] [--result success|failure] [--ip ADRESSE|CIDR]
               [--country CC] [--from T] [--to T] [--device TEXT] [--limit N]
                        Anmeldeversuche, die neuesten zuerst, auch fehlgeschlagene.
  signins export --csv DATEI [die Filter von signins list] --reason TEXT [--ticket T]
                 [--force]
                        Die passenden Anmeldungen in eine CSV-Datei schreiben; wird im
                        Prüfprotokoll festgehalten.
  logout --user E-MAIL [--user E-MAIL]... --reason TEXT [--ticket T]
                        Alle Sitzungen eines Benutzers (oder mehrerer) beenden und ihre
                        Zugriffstoken sperren.
  logout-all --reason TEXT [--ticket T] [--keep-user E-MAIL]... [--keep-role ROLLE]...
             [--no-token-revoke] [--at ZEIT --message TEXT] --yes
                        Alle Benutzer abmelden; ohne --yes nur zeigen, was geschähe.
                        Mit --at ZEIT --message TEXT: planen und ankündigen.
  schedule list [--all] Geplante Abmeldungen (ausstehende oder alle).
  schedule cancel ID --reason TEXT [--ticket T]
                        Eine ausstehende geplante Abmeldung absagen.
  schedule run          Fällige geplante Abmeldungen ausführen (für cron).
  end-session SITZUNGS-ID --reason TEXT [--ticket T]
                        Eine Sitzung beenden.
  freeze --user E-MAIL --reason TEXT [--ticket T] [--until ZEIT]
  unfreeze --user E-MAIL --reason TEXT [--ticket T]
                        Ein Konto einfrieren (beendet seine Sitzungen; mit --until nur bis
                        dahin, wo die Quelle es kann) oder auftauen.
  flags scan [--all]    Seit dem letzten Durchlauf (oder überhaupt) nach verdächtigen Anmeldungen suchen.
  flags list [--status open|all]
                        Markierungen mit ihrer Erklärung auflisten.
  flags resolve ID --note TEXT
  flags dismiss ID --note TEXT
                        Eine Markierung schließen.
  settings get [SCHLÜSSEL]
                        Die Kontoeinstellungen zeigen, mit Bedeutung und Wertebereich.
  settings set SCHLÜSSEL WERT --reason TEXT [--ticket T]
                        Eine Einstellung ändern, z. B. settings set global_logout on.
  operators list        Die Betriebssystemkonten, die diesen Speicher bedienen dürfen, mit Rolle.
  operators set KONTO --role administrator|support|auditor --reason TEXT
  operators remove KONTO --reason TEXT
                        Einen Bediener hinzufügen oder seine Rolle ändern; einen entfernen.
  audit list [--from T] [--to T] [--user E-MAIL] [--operator BEDIENER] [--action A]
             [--text WÖRTER] [--sort FELD[:asc]] [--limit N]
                        Das Prüfprotokoll, neueste zuerst; T ist ein Datum oder eine ISO-Zeit (Ortszeit,
                        wenn sie keinen Versatz und kein Z nennt).
  audit verify [--checkpoint LINE]
                        Die Hash-Kette nachrechnen und prüfen, dass sie die Köpfe noch enthält, die
                        dieser Computer (und der Prüfpunkt) sah; Rückgabewert 3 nennt den ersten defekten Eintrag.
  audit checkpoint      Den Kopf des Protokolls als eine Zeile ausgeben, die man anderswo aufbewahrt (Ticket, E-Mail).
  audit export --csv DATEI | --pdf DATEI [Filter wie audit list] [--reason TEXT] [--force]
                        Die gefilterten Einträge exportieren (auch der Export wird protokolliert);
                        eine vorhandene DATEI wird nur mit --force ersetzt.
  audit sessions [--user E-MAIL] [--operator BEDIENER] [--reason WÖRTER] [--from T] [--to T]
                        Von Bedienern beendete Sitzungen, mit der angegebenen Begründung.
  store migrate         Das Schema des Speichers anlegen oder aktualisieren (PostgreSQL: Administratoren
                        oder Eigentümer der Datenbank; SQLite-Speicher beim Öffnen).

  connections list      Die gespeicherten Verbindungen (eine mit --profile NAME nutzen).
  connections add NAME --url URL [--save-password]
                        Eine Verbindung speichern; --save-password fragt nach dem Passwort und
                        bewahrt es im Schlüsselbund des Systems auf, nie in einer Datei.
  connections remove NAME
                        Eine Verbindung und ihr Passwort vergessen.

Rückgabewerte: 0 Erfolg, 1 Vorgang fehlgeschlagen, 2 Bedienfehler, 3 Prüfprotokoll beschädigt,
4 nicht erlaubt, 5 nicht gefunden.
&apos;%1 BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>A PostgreSQL store, postgresql://USER@HOST:PORT/DATABASE[?sslmode=…&amp;sslrootcert=…] (the password is asked for, or read from PGPASSFILE); better-auth&apos;s admin API, better-auth+https://ADMIN-EMAIL@HOST[:PORT][/api/auth]; a Keycloak realm, keycloak+https://ADMIN@HOST[:PORT]/REALM (or ?client=ID for a service account); or an application&apos;s session tables, better-auth+postgresql://, spring-session+postgresql://, authjs+postgresql:// (Auth.js&apos;s PostgreSQL adapter) or connect-pg-simple+postgresql://LOGIN@HOST/DATABASE?userPath=passport.user; or a Django application&apos;s database, django+postgresql://LOGIN@HOST/DATABASE or django+sqlite:///PATH/db.sqlite3 (?users=TABLE for a custom user model, ?timezone=ZONE for an SQLite file written with USE_TZ = False).</source>
        <translation>Ein PostgreSQL-Speicher, postgresql://BENUTZER@HOST:PORT/DATENBANK[?sslmode=…&amp;sslrootcert=…] (das Passwort wird abgefragt oder aus PGPASSFILE gelesen); die Admin-API von better-auth, better-auth+https://ADMIN-E-MAIL@HOST[:PORT][/api/auth]; ein Keycloak-Realm, keycloak+https://ADMIN@HOST[:PORT]/REALM (oder ?client=ID für ein Dienstkonto); die Sitzungstabellen einer Anwendung, better-auth+postgresql://, spring-session+postgresql://, authjs+postgresql:// (der PostgreSQL-Adapter von Auth.js) oder connect-pg-simple+postgresql://LOGIN@HOST/DATENBANK?userPath=passport.user; oder die Datenbank einer Django-Anwendung, django+postgresql://LOGIN@HOST/DATENBANK oder django+sqlite:///PFAD/db.sqlite3 (?users=TABELLE für ein eigenes Benutzermodell, ?timezone=ZONE für eine SQLite-Datei, die mit USE_TZ = False geschrieben wurde).</translation>
    </message>
</context>
<context>
    <name>ConnectionProfiles</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
</context>
<context>
    <name>ConnectionsCommands</name>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved connection(s).
</source>
        <translation>
            <numerusform>%Ln gespeicherte Verbindung.
</numerusform>
            <numerusform>%Ln gespeicherte Verbindungen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection&apos;s name.</source>
        <translation>Der Name der Verbindung.</translation>
    </message>
    <message>
        <source>Its address, as --connect takes it.</source>
        <translation>Ihre Adresse, wie --connect sie nimmt.</translation>
    </message>
    <message>
        <source>Ask for the password and keep it in the system keychain.</source>
        <translation>Nach dem Passwort fragen und es im Schlüsselbund des Systems aufbewahren.</translation>
    </message>
    <message>
        <source>connections add needs one NAME and --url URL.</source>
        <translation>connections add braucht einen NAMEN und --url URL.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Saved the connection %1: %2%3
</source>
        <translation>Verbindung %1 gespeichert: %2%3
</translation>
    </message>
    <message>
        <source> (password in the system keychain)</source>
        <translation> (Passwort im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>connections remove needs one NAME.</source>
        <translation>connections remove braucht einen NAMEN.</translation>
    </message>
    <message>
        <source>There is no saved connection &apos;%1&apos;.</source>
        <translation>Es gibt keine gespeicherte Verbindung „%1“.</translation>
    </message>
    <message>
        <source>Removed the connection %1.
</source>
        <translation>Verbindung %1 entfernt.
</translation>
    </message>
    <message>
        <source>Remove the connection even when the system keychain cannot be reached to forget its password.</source>
        <translation>Die Verbindung auch entfernen, wenn der Schlüsselbund des Systems nicht erreichbar ist, um ihr Passwort zu vergessen.</translation>
    </message>
    <message>
        <source>The connection %1 was kept: the system keychain, which may hold its password, cannot be reached. Start or unlock the keyring and remove it again, or add --keep-password to remove the connection only.</source>
        <translation>Die Verbindung %1 wurde behalten: Der Schlüsselbund des Systems, der ihr Passwort enthalten kann, ist nicht erreichbar. Starten oder entsperren Sie den Schlüsselbund und entfernen Sie sie erneut, oder geben Sie --keep-password an, um nur die Verbindung zu entfernen.</translation>
    </message>
    <message>
        <source>Removed the connection %1; a password saved for it, if any, is still in the system keychain.
</source>
        <translation>Die Verbindung %1 wurde entfernt; ein dafür gespeichertes Passwort ist, falls vorhanden, noch im Schlüsselbund des Systems.
</translation>
    </message>
    <message>
        <source>--save-password asks for the password on a terminal, and there is none here; nothing was saved. Add the connection without it: the password is then asked for, or read from PGPASSFILE, each time.</source>
        <translation>--save-password fragt auf einem Terminal nach dem Passwort, und hier gibt es keines; nichts wurde gespeichert. Fügen Sie die Verbindung ohne diese Option hinzu: Das Passwort wird dann jedes Mal abgefragt oder aus PGPASSFILE gelesen.</translation>
    </message>
    <message>
        <source>There is already a saved connection %1 (%2); remove it first, or choose another name.</source>
        <translation>Es gibt bereits eine gespeicherte Verbindung %1 (%2); entfernen Sie sie zuerst, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The connection %1 was not saved: the system keychain cannot be reached to keep its password. Start or unlock the keyring, or add the connection without --save-password: the password is then asked for each time.</source>
        <translation>Die Verbindung %1 wurde nicht gespeichert: Der Schlüsselbund des Systems ist nicht erreichbar, um ihr Passwort aufzubewahren. Starten oder entsperren Sie den Schlüsselbund, oder fügen Sie die Verbindung ohne --save-password hinzu: Das Passwort wird dann jedes Mal abgefragt.</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Kept in the system keychain; empty keeps the saved one</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt; leer behält das gespeicherte</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %1; its password is in the system keychain.</source>
        <translation>%1 gespeichert; das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved %1, but not its password: %2</source>
        <translation>%1 gespeichert, aber nicht das Passwort: %2</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Forget the connection %1 and its password in the system keychain?</source>
        <translation>Die Verbindung %1 und ihr Passwort im Schlüsselbund des Systems vergessen?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Removed %1; its password could not be removed from the keychain: %2</source>
        <translation>%1 entfernt; das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust the certificate with the fingerprint shown, for this connection only</source>
        <translation>Dem Zertifikat mit dem angezeigten Fingerabdruck vertrauen, nur für diese Verbindung</translation>
    </message>
    <message>
        <source>%1 now trusts the certificate %2 (and no other that the system does not trust). Test again.</source>
        <translation>%1 vertraut jetzt dem Zertifikat %2 (und keinem anderen, dem das System nicht vertraut). Testen Sie erneut.</translation>
    </message>
    <message>
        <source>The source&apos;s address, as --connect takes it: host, port, database or realm, who signs in, TLS and dialect options in the query. Never a password.</source>
        <translation>Die Adresse der Quelle, wie --connect sie nimmt: Host, Port, Datenbank oder Realm, wer sich anmeldet, TLS- und Dialektoptionen in der Abfrage. Nie ein Passwort.</translation>
    </message>
    <message>
        <source>Where the application keeps the user in the session&apos;s JSON (sess): keys joined by dots, such as userId or passport.user</source>
        <translation>Wo die Anwendung den Benutzer im JSON der Sitzung (sess) ablegt: Schlüssel, durch Punkte verbunden, etwa userId oder passport.user</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;User in session:</source>
        <translation>&amp;Benutzer in der Sitzung:</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Verbunden mit %1 (%2).</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <source>None: the file is opened with this computer account&apos;s rights</source>
        <translation>Keins: Die Datei wird mit den Rechten dieses Computerkontos geöffnet</translation>
    </message>
</context>
<context>
    <name>DemoCommands</name>
    <message>
        <source>&apos;%1&apos; works on SessionDesk stores only, not on %2.</source>
        <translation>„%1“ funktioniert nur mit SessionDesk-Speichern, nicht mit %2.</translation>
    </message>
    <message>
        <source>Number of users (default 1000).</source>
        <translation>Anzahl der Benutzer (Standard 1000).</translation>
    </message>
    <message>
        <source>Number of sessions, ended ones included (default 4000).</source>
        <translation>Anzahl der Sitzungen einschließlich beendeter (Standard 4000).</translation>
    </message>
    <message>
        <source>Number of login events (default 12000).</source>
        <translation>Anzahl der Anmeldeereignisse (Standard 12000).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default 1).</source>
        <translation>Startwert des Zufallsgenerators; derselbe Wert ergibt dieselben Daten (Standard 1).</translation>
    </message>
    <message>
        <source>Sessions need users: give --users N greater than zero.</source>
        <translation>Sitzungen brauchen Benutzer: Geben Sie --users N größer als null an.</translation>
    </message>
    <message numerus="yes">
        <source>Created demo store %1: %2, %3, %4 (seed %5); %Ln flag(s) raised.
</source>
        <translation>
            <numerusform>Demo-Speicher %1 angelegt: %2, %3, %4 (Startwert %5); %Ln Markierung gesetzt.
</numerusform>
            <numerusform>Demo-Speicher %1 angelegt: %2, %3, %4 (Startwert %5); %Ln Markierungen gesetzt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Created demo store %1: %2, %3, %4 (seed %5). Flags are raised when an administrator&apos;s or support&apos;s console opens the store, or by their flags scan.
</source>
        <translation>Demo-Speicher %1 angelegt: %2, %3, %4 (Startwert %5). Markierungen entstehen, sobald die Konsole eines Administrators oder des Supports den Speicher öffnet, oder durch deren flags scan.
</translation>
    </message>
    <message>
        <source>How long to play (default 60).</source>
        <translation>Wie lange gespielt wird (Standard 60).</translation>
    </message>
    <message>
        <source>Milliseconds between moves (default 900).</source>
        <translation>Millisekunden zwischen zwei Zügen (Standard 900).</translation>
    </message>
    <message>
        <source>Random seed (default: from the clock).</source>
        <translation>Startwert des Zufallsgenerators (Standard: aus der Uhrzeit).</translation>
    </message>
    <message>
        <source>--seconds and --interval take whole numbers greater than zero.</source>
        <translation>--seconds und --interval erwarten ganze Zahlen größer als null.</translation>
    </message>
    <message>
        <source>demo simulate plays the application on a SessionDesk store only.</source>
        <translation>demo simulate spielt die Anwendung nur auf einem SessionDesk-Speicher.</translation>
    </message>
    <message>
        <source>--seed takes a whole number of zero or more, not &apos;%1&apos;.</source>
        <translation>--seed nimmt eine ganze Zahl von null an aufwärts, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>DemoFiller</name>
    <message numerus="yes">
        <source>The store already holds %Ln user(s); demo data goes into a new, empty store only.</source>
        <translation>
            <numerusform>Der Speicher enthält bereits %Ln Benutzer; Demodaten kommen nur in einen neuen, leeren Speicher.</numerusform>
            <numerusform>Der Speicher enthält bereits %Ln Benutzer; Demodaten kommen nur in einen neuen, leeren Speicher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>in %Ln Min.</numerusform>
            <numerusform>in %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>vor %Ln Min.</numerusform>
            <numerusform>vor %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln h</source>
        <translation>
            <numerusform>in %Ln Std.</numerusform>
            <numerusform>in %Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>vor %Ln Std.</numerusform>
            <numerusform>vor %Ln Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>vor %Ln Tag</numerusform>
            <numerusform>vor %Ln Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>city, country</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln login event(s)</source>
        <translation>
            <numerusform>%Ln Anmeldeereignis</numerusform>
            <numerusform>%Ln Anmeldeereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Found from the address %2 in a place database: the place of the address&apos;s network, not of the device.</source>
        <translation>%1
Aus der Adresse %2 in einer Orts-Datenbank ermittelt: der Ort des Netzes der Adresse, nicht des Geräts.</translation>
    </message>
    <message>
        <source>AS%1 %2, the network of %3</source>
        <translation>AS%1 %2, das Netz von %3</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
</context>
<context>
    <name>DjangoDatabase</name>
    <message>
        <source>&apos;%1&apos; cannot be used: %2</source>
        <translation>&apos;%1&apos; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>write django+postgresql://LOGIN@HOST/DATABASE or django+sqlite:///PATH.</source>
        <translation>schreiben Sie django+postgresql://LOGIN@HOST/DATENBANK oder django+sqlite:///PFAD.</translation>
    </message>
    <message>
        <source>users must be the plain name of a table such as auth_user, not &apos;%1&apos;.</source>
        <translation>users muss der schlichte Name einer Tabelle wie auth_user sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>timezone must be a zone such as Europe/Berlin, as Django&apos;s TIME_ZONE names it, not &apos;%1&apos;.</source>
        <translation>timezone muss eine Zone wie Europe/Berlin sein, wie Djangos TIME_ZONE sie nennt, nicht „%1“.</translation>
    </message>
    <message>
        <source>an SQLite file is written django+sqlite:///PATH, with three slashes and the file&apos;s absolute path.</source>
        <translation>eine SQLite-Datei wird django+sqlite:///PFAD geschrieben, mit drei Schrägstrichen und dem absoluten Pfad der Datei.</translation>
    </message>
    <message>
        <source>an SQLite file is opened with this computer account&apos;s permissions: leave the login and password out.</source>
        <translation>eine SQLite-Datei wird mit den Rechten dieses Computerkontos geöffnet: Lassen Sie Login und Passwort weg.</translation>
    </message>
    <message>
        <source>timezone is for SQLite files: PostgreSQL keeps the zone with each time.</source>
        <translation>timezone gilt für SQLite-Dateien: PostgreSQL speichert die Zone mit jeder Zeit.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 is a folder: give the path of the Django application&apos;s SQLite database file.</source>
        <translation>%1 ist ein Ordner: Geben Sie den Pfad der SQLite-Datenbankdatei der Django-Anwendung an.</translation>
    </message>
    <message>
        <source>There is no database file %1: give the path of the Django application&apos;s SQLite database (its DATABASES NAME).</source>
        <translation>Es gibt keine Datenbankdatei %1: Geben Sie den Pfad der SQLite-Datenbank der Django-Anwendung an (ihr DATABASES NAME).</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>beim Öffnen von %1</translation>
    </message>
    <message>
        <source>%1 has no table auth_user: is it the Django application&apos;s database? A custom user model&apos;s table is given with ?users=TABLE.</source>
        <translation>%1 hat keine Tabelle auth_user: Ist das die Datenbank der Django-Anwendung? Die Tabelle eines eigenen Benutzermodells wird mit ?users=TABELLE angegeben.</translation>
    </message>
    <message>
        <source>%1 has no table %2: is it the Django application&apos;s database, with django.contrib.sessions and its database sessions migrated?</source>
        <translation>%1 hat keine Tabelle %2: Ist das die Datenbank der Django-Anwendung, mit django.contrib.sessions und migrierten Datenbanksitzungen?</translation>
    </message>
    <message>
        <source>The table %1 is no Django user model&apos;s: it needs an id and a username or an email column.</source>
        <translation>Die Tabelle %1 gehört zu keinem Django-Benutzermodell: Sie braucht eine Spalte id und eine Spalte username oder email.</translation>
    </message>
    <message>
        <source>The login %1 may not read django_session and %2.</source>
        <translation>Das Login %1 darf django_session und %2 nicht lesen.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>an SQLite file takes no option but users and timezone, not &apos;%1&apos;.</source>
        <translation>eine SQLite-Datei kennt keine Option außer users und timezone, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>DjangoSessionSource</name>
    <message>
        <source>Django</source>
        <translation>Django</translation>
    </message>
    <message>
        <source>Django sessions in %1</source>
        <translation>Django-Sitzungen in %1</translation>
    </message>
    <message>
        <source>Not connected to %1 yet.</source>
        <translation>Noch nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The login %1 may read django_session but not delete from it, so it can only look; the database&apos;s owner can GRANT DELETE.</source>
        <translation>Das Login %1 darf django_session lesen, aber nicht daraus löschen, und kann daher nur ansehen; der Eigentümer der Datenbank kann GRANT DELETE erteilen.</translation>
    </message>
    <message>
        <source>The file %1 may not be written from this account, so it can only be looked at.</source>
        <translation>Die Datei %1 darf von diesem Konto nicht geschrieben werden und kann daher nur angesehen werden.</translation>
    </message>
    <message>
        <source>The login %1 may not update %2.</source>
        <translation>Das Login %1 darf %2 nicht ändern.</translation>
    </message>
    <message>
        <source>Django&apos;s is_active has no end: unfreeze the user when the time comes.</source>
        <translation>Djangos is_active kennt kein Ende: Tauen Sie den Benutzer auf, wenn es so weit ist.</translation>
    </message>
    <message>
        <source>Django has no global-logout setting: a user&apos;s sign-out ends that session only.</source>
        <translation>Django hat keine Einstellung für globales Abmelden: Die Abmeldung eines Benutzers beendet nur diese Sitzung.</translation>
    </message>
    <message>
        <source>Django&apos;s database sessions record no address or user agent, so no rule can find anything in them.</source>
        <translation>Djangos Datenbanksitzungen verzeichnen weder Adresse noch User-Agent, daher kann keine Regel darin etwas finden.</translation>
    </message>
    <message>
        <source>Who may act is what the database grants the login on django_session.</source>
        <translation>Wer handeln darf, bestimmen die Rechte, die die Datenbank dem Login auf django_session gewährt.</translation>
    </message>
    <message>
        <source>Who may act is whoever may write the database file.</source>
        <translation>Handeln darf, wer die Datenbankdatei schreiben darf.</translation>
    </message>
    <message>
        <source>Django&apos;s users are added and removed in its admin site.</source>
        <translation>Djangos Benutzer werden in seiner Admin-Oberfläche angelegt und entfernt.</translation>
    </message>
    <message>
        <source>Staff and superuser status are changed in Django&apos;s admin site.</source>
        <translation>Staff- und Superuser-Status werden in Djangos Admin-Oberfläche geändert.</translation>
    </message>
    <message>
        <source>Django&apos;s sessions are rows: deleting one ends it; there are no tokens to revoke.</source>
        <translation>Djangos Sitzungen sind Zeilen: Das Löschen einer Zeile beendet die Sitzung; es gibt keine Tokens zu widerrufen.</translation>
    </message>
    <message>
        <source>Django&apos;s database sessions record no address or user agent.</source>
        <translation>Djangos Datenbanksitzungen verzeichnen weder Adresse noch User-Agent.</translation>
    </message>
    <message>
        <source>Django&apos;s database sessions record when they expire, not when they started or were last used.</source>
        <translation>Djangos Datenbanksitzungen verzeichnen, wann sie ablaufen, nicht wann sie begannen oder zuletzt genutzt wurden.</translation>
    </message>
    <message>
        <source>A logout of all users at a later time needs a SessionDesk store to keep the plan and announce it.</source>
        <translation>Eine spätere Abmeldung aller Benutzer braucht einen SessionDesk-Speicher, der den Plan aufbewahrt und ankündigt.</translation>
    </message>
    <message>
        <source>Django records each user&apos;s last sign-in (shown as their last activity), not each attempt: there is no sign-in history.</source>
        <translation>Django verzeichnet die letzte Anmeldung jedes Benutzers (als letzte Aktivität gezeigt), nicht jeden Versuch: Es gibt keinen Anmeldeverlauf.</translation>
    </message>
    <message>
        <source>Django does not report changes; press Refresh (F5) to read them again.</source>
        <translation>Django meldet keine Änderungen; drücken Sie Aktualisieren (F5), um sie neu zu lesen.</translation>
    </message>
    <message>
        <source>There is no user with the username, email address or id %1.</source>
        <translation>Es gibt keinen Benutzer mit dem Benutzernamen, der E-Mail-Adresse oder der ID %1.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
    <message>
        <source>%1 names several users: %2. Give a username or id that names only one.</source>
        <translation>%1 nennt mehrere Benutzer: %2. Geben Sie einen Benutzernamen oder eine ID an, die nur einen nennt.</translation>
    </message>
    <message>
        <source>No active session has the id %1: it has ended (signed out, or expired) since it was listed, or the id is not one the session lists show.</source>
        <translation>Keine aktive Sitzung hat die ID %1: Sie ist seit der Anzeige beendet worden (abgemeldet oder abgelaufen), oder die ID stammt nicht aus den Sitzungslisten.</translation>
    </message>
    <message>
        <source>%1 is not frozen; nothing changed.</source>
        <translation>%1 ist nicht eingefroren; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is already frozen; nothing changed.</source>
        <translation>%1 ist bereits eingefroren; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The table %1 has no is_active column to freeze a user with.</source>
        <translation>Die Tabelle %1 hat keine Spalte is_active, mit der ein Benutzer eingefroren werden könnte.</translation>
    </message>
</context>
<context>
    <name>EndSessionConfirmation</name>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>an unknown place</source>
        <translation>einem unbekannten Ort</translation>
    </message>
    <message>
        <source>no IP address</source>
        <translation>keine IP-Adresse</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>This console is signed in with this session: ending it signs the console out, and the console closes.</source>
        <translation>Diese Konsole ist mit dieser Sitzung angemeldet: Wird sie beendet, wird die Konsole abgemeldet und geschlossen.</translation>
    </message>
    <message>
        <source>Only this session ends; the user&apos;s other sessions stay signed in. Access tokens already issued to this session stay valid until they expire: use Log out on the user to reject them.</source>
        <translation>Nur diese Sitzung endet; die anderen Sitzungen des Benutzers bleiben angemeldet. Bereits für diese Sitzung ausgestellte Zugriffstoken bleiben bis zu ihrem Ablauf gültig: Mit „Abmelden“ beim Benutzer werden sie abgewiesen.</translation>
    </message>
    <message>
        <source>Only this session ends; the user&apos;s other sessions stay signed in.</source>
        <translation>Nur diese Sitzung endet; die anderen Sitzungen des Benutzers bleiben angemeldet.</translation>
    </message>
    <message>
        <source>Ended one session of %1.</source>
        <translation>Eine Sitzung von %1 beendet.</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>from %1 (%2)</source>
        <translation>aus %1 (%2)</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <source>expiring %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>End the session %1 of %2?</source>
        <translation>Die Sitzung %1 von %2 beenden?</translation>
    </message>
    <message>
        <source>End the session %1 of %2 (%3)?</source>
        <comment>%1 session id, %2 user, %3 what is known of the session</comment>
        <translation>Die Sitzung %1 von %2 (%3) beenden?</translation>
    </message>
</context>
<context>
    <name>EndedSessionTableModel</name>
    <message>
        <source>%1, session %2</source>
        <translation>%1, Sitzung %2</translation>
    </message>
    <message>
        <source>The audit entry that ended this session</source>
        <translation>Der Protokolleintrag, der diese Sitzung beendet hat</translation>
    </message>
    <message>
        <source>No audit entry names this session</source>
        <translation>Kein Protokolleintrag nennt diese Sitzung</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Ended by</source>
        <translation>Beendet von</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 von %2 (%3)</translation>
    </message>
</context>
<context>
    <name>FilterEdits</name>
    <message>
        <source>Everybody</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>User&apos;s email address</source>
        <translation>E-Mail-Adresse des Benutzers</translation>
    </message>
    <message>
        <source>203.0.113.7 or 10.20.0.0/16</source>
        <translation>203.0.113.7 oder 10.20.0.0/16</translation>
    </message>
    <message>
        <source>IP address or range</source>
        <translation>IP-Adresse oder Adressbereich</translation>
    </message>
    <message>
        <source>DE</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Firefox, iPhone, …</source>
        <translation>Firefox, iPhone, …</translation>
    </message>
    <message>
        <source>Device or browser</source>
        <translation>Gerät oder Browser</translation>
    </message>
    <message>
        <source>Words, each somewhere in the user agent as the application recorded it: Edge records itself as “Edg”, and every Chromium browser says “Chrome”.</source>
        <translation>Wörter, jedes irgendwo im User-Agent, wie die Anwendung ihn aufgezeichnet hat: Edge nennt sich „Edg“, und jeder Chromium-Browser sagt „Chrome“.</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>&amp;IP-Adresse:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Gerät:</translation>
    </message>
</context>
<context>
    <name>Flag</name>
    <message>
        <source>Impossible travel</source>
        <translation>Unmögliche Reise</translation>
    </message>
    <message>
        <source>Several countries at once</source>
        <translation>Mehrere Länder gleichzeitig</translation>
    </message>
    <message>
        <source>Too many devices</source>
        <translation>Zu viele Geräte</translation>
    </message>
    <message>
        <source>Failed sign-in burst</source>
        <translation>Häufung fehlgeschlagener Anmeldungen</translation>
    </message>
    <message>
        <source>New country</source>
        <translation>Neues Land</translation>
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
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Account frozen</source>
        <translation>Konto eingefroren</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Several networks at once</source>
        <translation>Mehrere Netze gleichzeitig</translation>
    </message>
</context>
<context>
    <name>FlagExplainer</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 → %2, %3 km in %4 = %5 km/h; threshold %6 km/h</source>
        <translation>%1 → %2, %3 km in %4 = %5 km/h; Schwelle %6 km/h</translation>
    </message>
    <message>
        <source>Active sessions in %1 countries at once: %2; threshold %3</source>
        <translation>Aktive Sitzungen in %1 Ländern gleichzeitig: %2; Schwelle %3</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Entfernung</translation>
    </message>
    <message>
        <source>Time between</source>
        <translation>Zeit dazwischen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Failed sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>First from</source>
        <translation>Erste von</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>First event</source>
        <translation>Erstes Ereignis</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 km/h</source>
        <translation>%1 km/h</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2 min</source>
        <translation>%1 in %2 Min.</translation>
    </message>
    <message>
        <source>Lookback</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Active sessions from %1 networks at once: %2; threshold %3</source>
        <translation>Aktive Sitzungen aus %1 Netzen gleichzeitig: %2; Schwelle %3</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>Netze</translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s) with active sessions; at most %1 allowed (shared credentials?)</source>
        <translation>
            <numerusform>%Ln Gerät mit aktiven Sitzungen; höchstens %1 erlaubt (geteilte Zugangsdaten?)</numerusform>
            <numerusform>%Ln Geräte mit aktiven Sitzungen; höchstens %1 erlaubt (geteilte Zugangsdaten?)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln failed sign-in(s) in %1 from %2, the first from %3; threshold %4 in %5 min</source>
        <translation>
            <numerusform>%Ln fehlgeschlagene Anmeldung in %1 von %2, die erste von %3; Schwelle %4 in %5 min</numerusform>
            <numerusform>%Ln fehlgeschlagene Anmeldungen in %1 von %2, die erste von %3; Schwelle %4 in %5 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es)</source>
        <translation>
            <numerusform>%Ln Adresse</numerusform>
            <numerusform>%Ln Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed in from %1 (%2), not seen for this user in the previous %Ln day(s)</source>
        <translation>
            <numerusform>Anmeldung aus %1 (%2), bei diesem Benutzer am vorigen %Ln Tag nicht gesehen</numerusform>
            <numerusform>Anmeldung aus %1 (%2), bei diesem Benutzer in den vorigen %Ln Tagen nicht gesehen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (places found from the IP addresses)</source>
        <translation>%1 (Orte aus den IP-Adressen ermittelt)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>found from the IP addresses in a place database</source>
        <translation>aus den IP-Adressen in einer Orts-Datenbank ermittelt</translation>
    </message>
    <message numerus="yes">
        <source>Signed in from %1, not seen for this user in the previous %Ln day(s)</source>
        <translation>
            <numerusform>Anmeldung aus %1, bei diesem Benutzer am vorigen %Ln Tag nicht gesehen</numerusform>
            <numerusform>Anmeldung aus %1, bei diesem Benutzer in den vorigen %Ln Tagen nicht gesehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FlaggedPage</name>
    <message>
        <source>Open flags</source>
        <translation>Offene Markierungen</translation>
    </message>
    <message>
        <source>All flags</source>
        <translation>Alle Markierungen</translation>
    </message>
    <message>
        <source>&amp;Scan Now</source>
        <translation>&amp;Jetzt suchen</translation>
    </message>
    <message>
        <source>Look for suspicious sign-ins in the login events since the last scan</source>
        <translation>In den Anmeldeereignissen seit dem letzten Durchlauf nach verdächtigen Anmeldungen suchen</translation>
    </message>
    <message>
        <source>&amp;Log Out User…</source>
        <translation>Benutzer &amp;abmelden …</translation>
    </message>
    <message>
        <source>&amp;Freeze…</source>
        <translation>&amp;Einfrieren …</translation>
    </message>
    <message>
        <source>&amp;Unfreeze…</source>
        <translation>A&amp;uftauen …</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Verwerfen …</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>E&amp;rledigen …</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>%1 · %2 severity · %3 &lt;%4&gt;</source>
        <translation>%1 · Schwere %2 · %3 &lt;%4&gt;</translation>
    </message>
    <message>
        <source>Raised %1, last seen %2.</source>
        <translation>Erkannt %1, zuletzt gesehen %2.</translation>
    </message>
    <message>
        <source>%1: %2 → %3 by %4: %5</source>
        <translation>%1: %2 → %3 durch %4: %5</translation>
    </message>
    <message>
        <source>Dismiss flag</source>
        <translation>Markierung verwerfen</translation>
    </message>
    <message>
        <source>Dismiss this flag as a false alarm? %1</source>
        <translation>Diese Markierung als Fehlalarm verwerfen? %1</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Resolve flag</source>
        <translation>Markierung erledigen</translation>
    </message>
    <message>
        <source>Mark this flag as dealt with? %1</source>
        <translation>Diese Markierung als erledigt kennzeichnen? %1</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Done (audit entry %1).</source>
        <translation>Erledigt (Protokolleintrag %1).</translation>
    </message>
    <message>
        <source>Looking for suspicious sign-ins…</source>
        <translation>Suche nach verdächtigen Anmeldungen …</translation>
    </message>
    <message numerus="yes">
        <source>Scanned %1 login events of the users with new activity: %Ln new flag(s).</source>
        <translation>
            <numerusform>%1 Anmeldeereignisse der Benutzer mit neuer Aktivität durchsucht: %Ln neue Markierung.</numerusform>
            <numerusform>%1 Anmeldeereignisse der Benutzer mit neuer Aktivität durchsucht: %Ln neue Markierungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>These sessions were active when last seen, %1; some may have ended since.</source>
        <translation>Diese Sitzungen waren zuletzt gesehen am %1 aktiv; einige sind seitdem vielleicht beendet.</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Every rule</source>
        <translation>Jede Regel</translation>
    </message>
    <message>
        <source>Rul&amp;e:</source>
        <translation>Re&amp;gel:</translation>
    </message>
</context>
<context>
    <name>FlagsCommands</name>
    <message>
        <source>Scan all recent login events, not only those since the last scan.</source>
        <translation>Alle jüngeren Anmeldeereignisse durchsuchen, nicht nur die seit dem letzten Durchlauf.</translation>
    </message>
    <message>
        <source>Scanned %1 of %2: %3, %4 updated, %5 frozen automatically.
</source>
        <translation>%1 von %2 durchsucht: %3, %4 aktualisiert, %5 automatisch eingefroren.
</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new flag(s)</source>
        <translation>
            <numerusform>%Ln neue Markierung</numerusform>
            <numerusform>%Ln neue Markierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln Konto</numerusform>
            <numerusform>%Ln Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>open (default: open and frozen) or all.</source>
        <translation>open (Standard: offen und eingefroren) oder all.</translation>
    </message>
    <message>
        <source>--status is open or all, not &apos;%1&apos;.</source>
        <translation>--status ist open oder all, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWERE</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST SEEN</source>
        <translation>ZULETZT GESEHEN</translation>
    </message>
    <message>
        <source>EXPLANATION</source>
        <translation>ERKLÄRUNG</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flag(s).
</source>
        <translation>
            <numerusform>%Ln Markierung.
</numerusform>
            <numerusform>%Ln Markierungen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The flag.</source>
        <translation>Die Markierung.</translation>
    </message>
    <message>
        <source>Why (required; written to the audit trail).</source>
        <translation>Begründung (Pflicht; wird ins Prüfprotokoll geschrieben).</translation>
    </message>
    <message>
        <source>%1 needs one flag ID (a number).</source>
        <translation>%1 braucht eine Markierungs-ID (eine Zahl).</translation>
    </message>
    <message>
        <source>%1 needs --note TEXT: every flag is closed with a note.</source>
        <translation>%1 braucht --note TEXT: Jede Markierung wird mit einer Notiz geschlossen.</translation>
    </message>
    <message>
        <source>Flag %1 is %2 (audit entry %3).
</source>
        <translation>Markierung %1 ist %2 (Protokolleintrag %3).
</translation>
    </message>
</context>
<context>
    <name>IpRange</name>
    <message>
        <source>&apos;%1&apos; is not an IP address or range; write one such as 203.0.113.7, 10.20.0.0/16 or 2001:db8::/32.</source>
        <translation>„%1“ ist keine IP-Adresse und kein Adressbereich; schreiben Sie etwa 203.0.113.7, 10.20.0.0/16 oder 2001:db8::/32.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a range of IPv6 addresses, not of IPv4 ones: for the IPv4 range write %2/%3 (or ::ffff:%2/%4).</source>
        <translation>&apos;%1&apos; ist ein Bereich von IPv6-Adressen, nicht von IPv4-Adressen: für den IPv4-Bereich %2/%3 schreiben (oder ::ffff:%2/%4).</translation>
    </message>
</context>
<context>
    <name>JournaledSource</name>
    <message>
        <source>%1 keeps no flags: SessionDesk finds them afresh on the Flagged page, so the users list cannot show them, sort by them or list the flagged users only.</source>
        <translation>%1 speichert keine Markierungen: SessionDesk ermittelt sie auf der Seite „Markiert“ jedes Mal neu, daher kann die Benutzerliste sie weder anzeigen noch danach sortieren oder nur die markierten Benutzer auflisten.</translation>
    </message>
    <message>
        <source>%1 records no address or place for its sessions.</source>
        <translation>%1 speichert zu seinen Sitzungen weder Adresse noch Ort.</translation>
    </message>
    <message>
        <source>With an ASN database (Settings › Places, or --geoip-asn) SessionDesk names the network that owns each address.</source>
        <translation>Mit einer ASN-Datenbank (Einstellungen › Orte oder --geoip-asn) nennt SessionDesk das Netz, zu dem jede Adresse gehört.</translation>
    </message>
    <message>
        <source>%1 lists its users without their sessions, so the list cannot show, sort or filter by where each user was last; each session&apos;s place is in the user&apos;s pane.</source>
        <translation>%1 listet seine Benutzer ohne deren Sitzungen; die Liste kann daher nicht zeigen, sortieren oder filtern, wo jeder Benutzer zuletzt war. Der Ort jeder Sitzung steht im Bereich des Benutzers.</translation>
    </message>
    <message>
        <source>%1 holds no places: the places SessionDesk finds from the addresses are shown, but the database cannot be searched by them. Filter by an address range instead.</source>
        <translation>%1 enthält keine Orte: Die Orte, die SessionDesk aus den Adressen ermittelt, werden gezeigt, aber die Datenbank kann nicht nach ihnen durchsucht werden. Filtern Sie stattdessen nach einem Adressbereich.</translation>
    </message>
</context>
<context>
    <name>KeycloakDirectory</name>
    <message>
        <source>Keycloak lists users by user name only, A to Z.</source>
        <translation>Keycloak listet Benutzer nur nach Benutzernamen, von A bis Z.</translation>
    </message>
</context>
<context>
    <name>KeycloakJson</name>
    <message>
        <source>Keycloak locked the account after %1 failed sign-ins, the last from %2</source>
        <translation>Keycloak hat das Konto nach %1 fehlgeschlagenen Anmeldungen gesperrt, die letzte von %2</translation>
    </message>
    <message>
        <source>%1 failed sign-ins, the last from %2; threshold %3</source>
        <translation>%1 fehlgeschlagene Anmeldungen, die letzte von %2; Schwelle %3</translation>
    </message>
    <message>
        <source>Keycloak</source>
        <translation>Keycloak</translation>
    </message>
    <message>
        <source>Keycloak admin event (no reason recorded)</source>
        <translation>Keycloak-Admin-Ereignis (kein Grund festgehalten)</translation>
    </message>
</context>
<context>
    <name>KeycloakLoginEvents</name>
    <message>
        <source>Keycloak holds more than %L1 sign-in attempts for these filters; choose a user or a shorter time.</source>
        <translation>Keycloak hat für diese Filter mehr als %L1 Anmeldeversuche; wählen Sie einen Benutzer oder einen kürzeren Zeitraum.</translation>
    </message>
</context>
<context>
    <name>KeycloakSessionSource</name>
    <message>
        <source>&apos;%1&apos; is not a Keycloak address; write keycloak+https://ADMIN@host[:port]/REALM, or keycloak+https://host/REALM?client=CLIENT-ID for a service account.</source>
        <translation>&apos;%1&apos; ist keine Keycloak-Adresse; schreiben Sie keycloak+https://ADMIN@host[:port]/REALM oder keycloak+https://host/REALM?client=CLIENT-ID für ein Dienstkonto.</translation>
    </message>
    <message>
        <source>Put no password into the address; SessionDesk asks for it.</source>
        <translation>Schreiben Sie kein Passwort in die Adresse; SessionDesk fragt danach.</translation>
    </message>
    <message>
        <source>SessionDesk does not know the option &apos;%1&apos;.</source>
        <translation>SessionDesk kennt die Option &apos;%1&apos; nicht.</translation>
    </message>
    <message>
        <source>Say who signs in: an administrator (keycloak+https://ADMIN@%1/%2) or a service account (?client=CLIENT-ID), one of the two.</source>
        <translation>Sagen Sie, wer sich anmeldet: ein Administrator (keycloak+https://ADMIN@%1/%2) oder ein Dienstkonto (?client=CLIENT-ID), eines von beiden.</translation>
    </message>
    <message>
        <source>Keycloak at %1</source>
        <translation>Keycloak unter %1</translation>
    </message>
    <message>
        <source>Not signed in to %1 yet.</source>
        <translation>Noch nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>%1 has neither manage-users nor view-users for the realm %2.</source>
        <translation>%1 hat für den Realm %2 weder manage-users noch view-users.</translation>
    </message>
    <message>
        <source>Keycloak&apos;s session settings are the realm&apos;s; change them in Keycloak&apos;s console.</source>
        <translation>Die Sitzungseinstellungen von Keycloak gehören zum Realm; ändern Sie sie in der Keycloak-Konsole.</translation>
    </message>
    <message>
        <source>Who may act is what Keycloak&apos;s roles give the account.</source>
        <translation>Wer handeln darf, bestimmen die Rollen, die Keycloak dem Konto gibt.</translation>
    </message>
    <message>
        <source>Keycloak&apos;s users are added and removed in Keycloak.</source>
        <translation>Die Benutzer von Keycloak werden in Keycloak angelegt und entfernt.</translation>
    </message>
    <message>
        <source>Keycloak records no user agent for its sessions.</source>
        <translation>Keycloak speichert für seine Sitzungen keinen User-Agent.</translation>
    </message>
    <message>
        <source>Keycloak&apos;s role mappings are not listed here.</source>
        <translation>Die Rollenzuordnungen von Keycloak werden hier nicht aufgeführt.</translation>
    </message>
    <message>
        <source>A logout of all users at a later time needs a SessionDesk store to keep the plan and announce it.</source>
        <translation>Eine spätere Abmeldung aller Benutzer braucht einen SessionDesk-Speicher, der den Plan aufbewahrt und ankündigt.</translation>
    </message>
    <message>
        <source>Keycloak does not report changes; press Refresh (F5) to read them again.</source>
        <translation>Keycloak meldet keine Änderungen; drücken Sie Aktualisieren (F5), um sie neu zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>The realm&apos;s sessions ended, but %Ln application(s) could not be told.</source>
        <translation>
            <numerusform>Die Sitzungen des Realms sind beendet, aber %Ln Anwendung konnte nicht benachrichtigt werden.</numerusform>
            <numerusform>Die Sitzungen des Realms sind beendet, aber %Ln Anwendungen konnten nicht benachrichtigt werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session %1 has already ended or expired.</source>
        <translation>Die Sitzung %1 ist bereits beendet oder abgelaufen.</translation>
    </message>
    <message>
        <source>That lockout is no longer listed; show the flags again.</source>
        <translation>Diese Sperre wird nicht mehr aufgeführt; zeigen Sie die Markierungen erneut an.</translation>
    </message>
    <message>
        <source>What this console does in Keycloak is recorded, with its reasons, in the local journal %1 on this computer, hash-chained like a store&apos;s trail; Keycloak&apos;s own admin events are copied into it (%2).</source>
        <translation>Was diese Konsole in Keycloak tut, wird mit seinen Gründen im lokalen Journal %1 auf diesem Computer festgehalten, mit Hash-Kette wie das Protokoll eines Speichers; die eigenen Admin-Ereignisse von Keycloak werden hineinkopiert (%2).</translation>
    </message>
    <message>
        <source>action keycloak_…</source>
        <translation>Aktion keycloak_…</translation>
    </message>
    <message>
        <source>not for this account: it lacks view-events</source>
        <translation>nicht für dieses Konto: Ihm fehlt view-events</translation>
    </message>
    <message>
        <source>Keycloak</source>
        <translation>Keycloak</translation>
    </message>
    <message>
        <source>Keycloak keeps a disabled account disabled until it is enabled.</source>
        <translation>Keycloak lässt ein deaktiviertes Konto deaktiviert, bis es aktiviert wird.</translation>
    </message>
    <message>
        <source>Keycloak realm %1 at %2 as %3</source>
        <translation>Keycloak-Realm %1 auf %2 als %3</translation>
    </message>
    <message>
        <source>Keycloak&apos;s logout of a user (or of all users) makes it refuse the refresh and offline tokens issued before it, but access tokens that applications check themselves stay valid until they expire (5 minutes by default). Ending one session refuses none.</source>
        <translation>Meldet Keycloak einen Benutzer (oder alle Benutzer) ab, lehnt es die vorher ausgestellten Refresh- und Offline-Token ab; Zugriffstoken, die Anwendungen selbst prüfen, bleiben jedoch gültig, bis sie ablaufen (standardmäßig 5 Minuten). Das Beenden einer einzelnen Sitzung lehnt keine ab.</translation>
    </message>
    <message>
        <source>Keycloak&apos;s role mappings are changed in Keycloak.</source>
        <translation>Keycloaks Rollenzuordnungen werden in Keycloak geändert.</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>Das Konto ist nicht eingefroren.</translation>
    </message>
    <message>
        <source>The realm %1 saves no login events: turn on &quot;Save events&quot; under Realm settings → User events settings in Keycloak&apos;s console.</source>
        <translation>Der Realm %1 speichert keine Anmeldeereignisse: Schalten Sie in der Keycloak-Konsole unter Realm settings → User events settings „Save events“ ein.</translation>
    </message>
    <message>
        <source>Only Keycloak&apos;s lockouts can be resolved here; the flags found in the sessions&apos; places are found afresh each time. Log the user out or freeze them instead.</source>
        <translation>Nur die Sperren von Keycloak lassen sich hier auflösen; die Markierungen aus den Orten der Sitzungen werden jedes Mal neu gefunden. Melden Sie den Benutzer stattdessen ab oder frieren Sie ihn ein.</translation>
    </message>
</context>
<context>
    <name>KeycloakToken</name>
    <message>
        <source>The session with %1 ended; connect again.</source>
        <translation>Die Sitzung bei %1 ist beendet; verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>%1 refused the account %2 or its password.</source>
        <translation>%1 hat das Konto %2 oder sein Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>%1 answered the sign-in without an access token.</source>
        <translation>%1 hat die Anmeldung ohne Zugriffstoken beantwortet.</translation>
    </message>
</context>
<context>
    <name>LocalJournal</name>
    <message>
        <source>The local audit journal %1 cannot be used (%2); SessionDesk does not act on %3 without recording what it does.</source>
        <translation>Das lokale Prüfjournal %1 ist nicht verwendbar (%2); SessionDesk handelt auf %3 nicht, ohne festzuhalten, was es tut.</translation>
    </message>
    <message>
        <source>%1 keeps no audit trail: what this console does there is recorded in the local journal %2 on this computer, hash-chained like a store&apos;s trail.</source>
        <translation>%1 führt kein Prüfprotokoll: Was diese Konsole dort tut, wird im lokalen Journal %2 auf diesem Computer festgehalten, mit Hash-Kette wie das Protokoll eines Speichers.</translation>
    </message>
    <message>
        <source>Done on %1, but the local audit journal could not record it: %2</source>
        <translation>Auf %1 erledigt, aber das lokale Prüfjournal konnte es nicht festhalten: %2</translation>
    </message>
    <message>
        <source>Give a reason for the export: it is written to the audit trail.</source>
        <translation>Geben Sie einen Grund für den Export an: Er wird ins Prüfprotokoll geschrieben.</translation>
    </message>
</context>
<context>
    <name>LogoutAllDialog</name>
    <message>
        <source>Keep the sessions of this user (for instance your own):</source>
        <translation>Die Sitzungen dieses Benutzers behalten (zum Beispiel Ihre eigenen):</translation>
    </message>
    <message>
        <source>Also reject access tokens issued before now</source>
        <translation>Auch bis jetzt ausgestellte Zugriffstoken abweisen</translation>
    </message>
    <message>
        <source>Log Out All Users</source>
        <translation>Alle Benutzer abmelden</translation>
    </message>
    <message>
        <source>Every signed-in user will be signed out and must sign in again. This cannot be undone.</source>
        <translation>Jeder angemeldete Benutzer wird abgemeldet und muss sich neu anmelden. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Leave signed in</source>
        <translation>Angemeldet lassen</translation>
    </message>
    <message>
        <source>Users with these roles:</source>
        <translation>Benutzer mit diesen Rollen:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Begründung wählen …</translation>
    </message>
    <message>
        <source>Security incident</source>
        <translation>Sicherheitsvorfall</translation>
    </message>
    <message>
        <source>Password policy change</source>
        <translation>Geänderte Passwortrichtlinie</translation>
    </message>
    <message>
        <source>Termination or suspension</source>
        <translation>Kündigung oder Sperrung</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Gerät verloren oder gestohlen</translation>
    </message>
    <message>
        <source>2FA rollout</source>
        <translation>Einführung der Zwei-Faktor-Anmeldung</translation>
    </message>
    <message>
        <source>Security audit</source>
        <translation>Sicherheitsprüfung</translation>
    </message>
    <message>
        <source>System update</source>
        <translation>Systemaktualisierung</translation>
    </message>
    <message>
        <source>Credential sharing</source>
        <translation>Weitergabe von Zugangsdaten</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>High-risk situation</source>
        <translation>Hochrisikolage</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Sonstiges …</translation>
    </message>
    <message>
        <source>Describe the reason</source>
        <translation>Begründung beschreiben</translation>
    </message>
    <message>
        <source>Optional, e.g. INC-2026-042</source>
        <translation>Optional, z. B. INC-2026-042</translation>
    </message>
    <message>
        <source>Applications then refuse tokens issued before this moment, so nobody stays signed in through a token they already hold. Unchecked, those tokens keep working until they expire.</source>
        <translation>Anwendungen weisen dann vor diesem Moment ausgestellte Token ab, sodass niemand über ein bereits erhaltenes Token angemeldet bleibt. Ohne Haken funktionieren diese Token bis zu ihrem Ablauf weiter.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Zur Bestätigung &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
    <message>
        <source>LOG OUT ALL</source>
        <translation>ALLE ABMELDEN</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message numerus="yes">
        <source>Access tokens of %Ln user(s) are rejected.</source>
        <translation>
            <numerusform>Zugriffstoken von %Ln Benutzer werden abgewiesen.</numerusform>
            <numerusform>Zugriffstoken von %Ln Benutzern werden abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the count of what will happen.</source>
        <translation>Warten Sie, bis gezählt ist, was geschehen wird.</translation>
    </message>
    <message>
        <source>Choose a reason: it is written to the audit trail.</source>
        <translation>Wählen Sie eine Begründung: Sie wird ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Zur Bestätigung %1 eingeben.</translation>
    </message>
    <message>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <source>At a &amp;time:</source>
        <translation>Zu einer &amp;Zeit:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln minute(s) ahead (Settings). Applications show the message until the logout runs; it runs while a SessionDesk console is open or from &apos;sessiondesk-cli schedule run&apos;.</source>
        <translation>
            <numerusform>Mindestens %Ln Minute im Voraus (Einstellungen). Anwendungen zeigen die Nachricht, bis die Abmeldung läuft; sie läuft, solange eine SessionDesk-Konsole offen ist, oder über „sessiondesk-cli schedule run“.</numerusform>
            <numerusform>Mindestens %Ln Minuten im Voraus (Einstellungen). Anwendungen zeigen die Nachricht, bis die Abmeldung läuft; sie läuft, solange eine SessionDesk-Konsole offen ist, oder über „sessiondesk-cli schedule run“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scheduled maintenance: you will be signed out at %1.</source>
        <translation>Geplante Wartung: Sie werden um %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Plan Logout</source>
        <translation>Abmeldung planen</translation>
    </message>
    <message numerus="yes">
        <source>Choose a time at least %Ln minute(s) ahead.</source>
        <translation>
            <numerusform>Wählen Sie eine Zeit mindestens %Ln Minute im Voraus.</numerusform>
            <numerusform>Wählen Sie eine Zeit mindestens %Ln Minuten im Voraus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the message users see until then.</source>
        <translation>Schreiben Sie die Nachricht, die Benutzer bis dahin sehen.</translation>
    </message>
    <message>
        <source>&amp;Message for users:</source>
        <translation>&amp;Nachricht für Benutzer:</translation>
    </message>
    <message>
        <source>Also reject access tokens issued before the logout runs</source>
        <translation>Auch Zugriffstoken abweisen, die vor dem Lauf der Abmeldung ausgestellt wurden</translation>
    </message>
    <message>
        <source>This ends %1 of %2.</source>
        <translation>Das beendet %1 von %2.</translation>
    </message>
    <message>
        <source>END SESSIONS</source>
        <translation>SITZUNGEN BEENDEN</translation>
    </message>
    <message>
        <source>End Matching Sessions</source>
        <translation>Passende Sitzungen beenden</translation>
    </message>
    <message>
        <source>The active sessions that match are ended: %1. Their users must sign in again on those devices; their other sessions stay. This cannot be undone.</source>
        <translation>Die passenden aktiven Sitzungen werden beendet: %1. Ihre Benutzer müssen sich auf diesen Geräten erneut anmelden; ihre anderen Sitzungen bleiben. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Also reject these users&apos; access tokens issued before now</source>
        <translation>Auch die bis jetzt ausgestellten Zugriffstoken dieser Benutzer sperren</translation>
    </message>
    <message>
        <source>No active session matches; there is nothing to end.</source>
        <translation>Keine aktive Sitzung passt; es gibt nichts zu beenden.</translation>
    </message>
    <message>
        <source>Roles to spare</source>
        <translation>Auszunehmende Rollen</translation>
    </message>
</context>
<context>
    <name>LogoutAllScope</name>
    <message>
        <source>An empty role cannot be spared; nothing was ended.</source>
        <translation>Eine leere Rolle kann nicht verschont werden; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>No user has the role %1, so it spares nobody; nothing was ended. The roles are: %2.</source>
        <translation>Kein Benutzer hat die Rolle %1, sie verschont also niemanden; nichts wurde beendet. Die Rollen sind: %2.</translation>
    </message>
    <message>
        <source>There is no user %1 to keep signed in; nothing was ended.</source>
        <translation>Es gibt keinen Benutzer %1, der angemeldet bleiben könnte; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>Only administrators can end the sessions of many users at once.</source>
        <translation>Nur Administratoren können die Sitzungen vieler Benutzer auf einmal beenden.</translation>
    </message>
    <message>
        <source>No active session matches the filter; nothing was ended.</source>
        <translation>Keine aktive Sitzung passt auf den Filter; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>No active session matches the filter but those of the users and roles spared; nothing was ended.</source>
        <translation>Auf den Filter passen nur aktive Sitzungen der verschonten Benutzer und Rollen; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>More sessions match now than the preview counted (%1, not %2): nothing was ended. Look at the preview again.</source>
        <translation>Jetzt passen mehr Sitzungen als in der Vorschau gezählt (%1, nicht %2): Nichts wurde beendet. Sehen Sie sich die Vorschau erneut an.</translation>
    </message>
    <message>
        <source>No user has the role %1, so it spares nobody; nothing was ended. No user has any role.</source>
        <translation>Kein Benutzer hat die Rolle %1, sie verschont also niemanden; nichts wurde beendet. Kein Benutzer hat überhaupt eine Rolle.</translation>
    </message>
</context>
<context>
    <name>LogoutCommands</name>
    <message>
        <source>The user&apos;s email address; repeat it to log several users out at once.</source>
        <translation>Die E-Mail-Adresse des Benutzers; mehrfach angeben, um mehrere Benutzer auf einmal abzumelden.</translation>
    </message>
    <message>
        <source>logout needs --user EMAIL.</source>
        <translation>logout braucht --user E-MAIL.</translation>
    </message>
    <message numerus="yes">
        <source>Logged out %Ln user(s): %1 ended, one audit entry per user.</source>
        <translation>
            <numerusform>%Ln Benutzer abgemeldet: %1 beendet, ein Prüfprotokolleintrag je Benutzer.</numerusform>
            <numerusform>%Ln Benutzer abgemeldet: %1 beendet, ein Prüfprotokolleintrag je Benutzer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do it. Without --yes only the preview is shown.</source>
        <translation>Ausführen. Ohne --yes wird nur die Vorschau gezeigt.</translation>
    </message>
    <message>
        <source>Plan it for this time (ISO, local time unless it names an offset or Z).</source>
        <translation>Für diese Zeit planen (ISO, Ortszeit, wenn sie keinen Versatz und kein Z nennt).</translation>
    </message>
    <message>
        <source>With --at: the announcement users see until then.</source>
        <translation>Mit --at: die Ankündigung, die Benutzer bis dahin sehen.</translation>
    </message>
    <message>
        <source>--at takes a date and time such as 2026-11-21T22:00Z, not &apos;%1&apos;.</source>
        <translation>--at erwartet Datum und Uhrzeit wie 2026-11-21T22:00Z, nicht „%1“.</translation>
    </message>
    <message>
        <source>logout-all --at needs --message TEXT: users see it until the logout runs.</source>
        <translation>logout-all --at braucht --message TEXT: Benutzer sehen ihn, bis die Abmeldung läuft.</translation>
    </message>
    <message>
        <source>--message announces a planned logout and needs --at TIME; without --at the logout runs now. Nothing was done.</source>
        <translation>--message kündigt eine geplante Abmeldung an und braucht --at ZEIT; ohne --at läuft die Abmeldung sofort. Nichts wurde getan.</translation>
    </message>
    <message>
        <source>This would plan a logout of all users at %1: as of now it would end %2 of %3; %4. Add --yes to plan it.
</source>
        <translation>Das würde eine Abmeldung aller Benutzer für %1 planen: Stand jetzt würde sie %2 von %3 beenden; %4. Mit --yes wird sie geplant.
</translation>
    </message>
    <message>
        <source>This would end %1 of %2; %3. Add --yes to do it.
</source>
        <translation>Das würde %1 von %2 beenden; %3. Mit --yes wird es ausgeführt.
</translation>
    </message>
    <message>
        <source>Planned logout %1 of all users at %2; users see the announcement until then (audit entry %3). It runs when a console is open or at the next &apos;sessiondesk-cli schedule run&apos;.
</source>
        <translation>Abmeldung %1 aller Benutzer für %2 geplant; Benutzer sehen die Ankündigung bis dahin (Protokolleintrag %3). Sie läuft, wenn eine Konsole offen ist, oder beim nächsten „sessiondesk-cli schedule run“.
</translation>
    </message>
    <message>
        <source>Logged out all users: %1 of %2 ended; %3 (audit entry %4).
</source>
        <translation>Alle Benutzer abgemeldet: %1 von %2 beendet; %3 (Protokolleintrag %4).
</translation>
    </message>
    <message numerus="yes">
        <source>Logged out %1: %Ln session(s) ended (audit entry %2).</source>
        <translation>
            <numerusform>%1 abgemeldet: %Ln Sitzung beendet (Protokolleintrag %2).</numerusform>
            <numerusform>%1 abgemeldet: %Ln Sitzungen beendet (Protokolleintrag %2).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogoutFanOut</name>
    <message>
        <source>%1 of %2 ended</source>
        <translation>%1 von %2 beendet</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 (%3); run it again to finish.</source>
        <translation>Nach %1 von %2 angehalten (%3); führen Sie es erneut aus, um es abzuschließen.</translation>
    </message>
    <message>
        <source>%1 could not be logged out (%2); %3. Run it again to finish: those already logged out are skipped.</source>
        <translation>Bei %1 ist die Abmeldung fehlgeschlagen (%2); %3. Führen Sie es erneut aus, um es abzuschließen: Bereits Abgemeldete werden übersprungen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SessionDesk</source>
        <translation>SessionDesk</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read everything shown again from the source (F5)</source>
        <translation>Alles Angezeigte erneut aus der Quelle lesen (F5)</translation>
    </message>
    <message>
        <source>Search name or email (Ctrl+F)</source>
        <translation>Name oder E-Mail suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Operator: %1 (%2)</source>
        <translation>Bediener: %1 (%2)</translation>
    </message>
    <message>
        <source>OS account %1 on %2</source>
        <translation>Systemkonto %1 auf %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>Refresh with F5</source>
        <translation>Aktualisieren mit F5</translation>
    </message>
    <message>
        <source>Changes made elsewhere appear within a second.</source>
        <translation>Änderungen von anderer Stelle erscheinen innerhalb einer Sekunde.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Log Out All Users…</source>
        <translation>Alle Benutzer abmelden …</translation>
    </message>
    <message>
        <source>End every session of every user: for an incident or maintenance</source>
        <translation>Jede Sitzung jedes Benutzers beenden: bei einem Vorfall oder zur Wartung</translation>
    </message>
    <message>
        <source>Logging out all users…</source>
        <translation>Alle Benutzer werden abgemeldet …</translation>
    </message>
    <message>
        <source>Access tokens issued before %1 are rejected.</source>
        <translation>Vor %1 ausgestellte Zugriffstoken werden abgewiesen.</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Flagged (%1)</source>
        <translation>Markiert (%1)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>The logout of all users planned for %1 did not run. %2</source>
        <translation>Die für %1 geplante Abmeldung aller Benutzer lief nicht. %2</translation>
    </message>
    <message>
        <source>Planned: all users will be signed out at %1; they see the message until then (audit entry %2).</source>
        <translation>Geplant: Alle Benutzer werden um %1 abgemeldet; bis dahin sehen sie die Nachricht (Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>● Not live</source>
        <translation>● Nicht live</translation>
    </message>
    <message>
        <source>Changes made elsewhere are not shown: %1 SessionDesk keeps trying.</source>
        <translation>Änderungen von anderswo werden nicht angezeigt: %1 SessionDesk versucht es weiter.</translation>
    </message>
    <message>
        <source>Initialize / Upgrade Store…</source>
        <translation>Speicher einrichten / aktualisieren …</translation>
    </message>
    <message>
        <source>Initialize / Upgrade Store</source>
        <translation>Speicher einrichten / aktualisieren</translation>
    </message>
    <message>
        <source>Create or upgrade SessionDesk&apos;s tables, functions and roles in this database? Every console and application using it sees the new schema; it cannot be undone from SessionDesk.</source>
        <translation>Die Tabellen, Funktionen und Rollen von SessionDesk in dieser Datenbank anlegen oder aktualisieren? Jede Konsole und Anwendung, die sie nutzt, sieht das neue Schema; SessionDesk kann es nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Initialize / Upgrade</source>
        <translation>Einrichten / aktualisieren</translation>
    </message>
    <message>
        <source>Initializing or upgrading the store…</source>
        <translation>Der Speicher wird eingerichtet oder aktualisiert …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stopped: the users reached so far are logged out, the others are not. The Audit page records what was done; run Log Out All Users again to finish.</source>
        <translation>Angehalten: Die bisher erreichten Benutzer sind abgemeldet, die übrigen nicht. Die Seite Prüfprotokoll zeigt, was getan wurde; führen Sie „Alle Benutzer abmelden“ erneut aus, um es abzuschließen.</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen …</translation>
    </message>
    <message>
        <source>Saved connections: add, edit, test, or switch to another one</source>
        <translation>Gespeicherte Verbindungen: hinzufügen, bearbeiten, testen oder zu einer anderen wechseln</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) loaded</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer geladen</numerusform>
            <numerusform>%1 von %Ln Benutzern geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>The logout of all users planned for %1 has run: %2 of %3 ended.</source>
        <translation>Die für %1 geplante Abmeldung aller Benutzer ist gelaufen: %2 von %3 beendet.</translation>
    </message>
    <message>
        <source>Logged out all users: %1 of %2 ended.</source>
        <translation>Alle Benutzer abgemeldet: %1 von %2 beendet.</translation>
    </message>
    <message>
        <source>Operator: %1 (not connected)</source>
        <translation>Bediener: %1 (nicht verbunden)</translation>
    </message>
    <message>
        <source>Not connected to a store.</source>
        <translation>Mit keinem Speicher verbunden.</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Ending the matching sessions…</source>
        <translation>Die passenden Sitzungen werden beendet …</translation>
    </message>
    <message>
        <source>Ended %1 of %2 (%3).</source>
        <translation>%1 von %2 beendet (%3).</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Operator</name>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>not an operator of this store</source>
        <translation>kein Bediener dieses Speichers</translation>
    </message>
</context>
<context>
    <name>OperatorsCommands</name>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>HINZUGEFÜGT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>You are %1: %2.
</source>
        <translation>Sie sind %1: %2.
</translation>
    </message>
    <message>
        <source>The OS account.</source>
        <translation>Das Betriebssystemkonto.</translation>
    </message>
    <message>
        <source>administrator, support or auditor.</source>
        <translation>administrator, support oder auditor.</translation>
    </message>
    <message>
        <source>operators set needs one ACCOUNT.</source>
        <translation>operators set braucht genau ein KONTO.</translation>
    </message>
    <message>
        <source>--role is administrator, support or auditor, not &apos;%1&apos;.</source>
        <translation>--role ist administrator, support oder auditor, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 is now %2 (audit entry %3).
</source>
        <translation>%1 ist jetzt %2 (Protokolleintrag %3).
</translation>
    </message>
    <message>
        <source>operators remove needs one ACCOUNT.</source>
        <translation>operators remove braucht genau ein KONTO.</translation>
    </message>
    <message>
        <source>%1 is no longer an operator (audit entry %2).
</source>
        <translation>%1 ist kein Bediener mehr (Protokolleintrag %2).
</translation>
    </message>
</context>
<context>
    <name>OperatorsPanel</name>
    <message>
        <source>Operators of this store</source>
        <translation>Bediener dieses Speichers</translation>
    </message>
    <message>
        <source>&amp;Add or Change Role…</source>
        <translation>&amp;Hinzufügen oder Rolle ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>OS account</source>
        <translation>Betriebssystemkonto</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Changes here take effect at once and are recorded in the audit trail.</source>
        <translation>Änderungen hier wirken sofort und werden im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Add or change an operator</source>
        <translation>Bediener hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>OS account name, e.g. anna</source>
        <translation>Name des Betriebssystemkontos, z. B. anna</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Saved the operator %1 (audit entry %2).</source>
        <translation>Bediener %1 gespeichert (Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>%1 will no longer be able to act on this store; they can still open it and look.</source>
        <translation>%1 kann auf diesem Speicher nichts mehr ausführen, ihn aber weiterhin öffnen und ansehen.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed the operator %1 (audit entry %2).</source>
        <translation>Bediener %1 entfernt (Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>Remove the selected operator</source>
        <translation>Den ausgewählten Bediener entfernen</translation>
    </message>
    <message>
        <source>Database login</source>
        <translation>Datenbank-Login</translation>
    </message>
    <message>
        <source>The login of the database server may operate this store in the role you give it (one of the store&apos;s database roles).</source>
        <translation>Das Login des Datenbankservers darf diesen Speicher in der Rolle bedienen, die Sie ihm geben (eine der Datenbankrollen des Speichers).</translation>
    </message>
    <message>
        <source>The OS account may operate this store in the role you give it.</source>
        <translation>Das Betriebssystemkonto darf diesen Speicher in der Rolle bedienen, die Sie ihm geben.</translation>
    </message>
    <message>
        <source>Administrators may do everything; support may log users out, end sessions, freeze accounts and resolve flags; auditors may only look and export the audit trail.</source>
        <translation>Administratoren dürfen alles; der Support darf Benutzer abmelden, Sitzungen beenden, Konten sperren und Markierungen erledigen; Prüfer dürfen nur ansehen und das Prüfprotokoll exportieren.</translation>
    </message>
    <message>
        <source>Database login, e.g. anna</source>
        <translation>Datenbank-Login, z. B. anna</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Bediener</translation>
    </message>
</context>
<context>
    <name>OverviewCommands</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>As of %1.
</source>
        <translation>Stand %1.
</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>elsewhere or not recorded</source>
        <translation>anderswo oder nicht erfasst</translation>
    </message>
    <message>
        <source>By country</source>
        <translation>Nach Land</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>By device</source>
        <translation>Nach Gerät</translation>
    </message>
    <message>
        <source>By browser</source>
        <translation>Nach Browser</translation>
    </message>
    <message>
        <source>%1 succeeded, %2 failed</source>
        <translation>%1 erfolgreich, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>most failures %1 (%2)</source>
        <translation>die meisten Fehlschläge %1 (%2)</translation>
    </message>
    <message>
        <source>Sign-ins, last 7 days</source>
        <translation>Anmeldungen, letzte 7 Tage</translation>
    </message>
    <message>
        <source>%1 (%2) %3</source>
        <translation>%1 (%2) %3</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Offene Markierungen</translation>
    </message>
    <message>
        <source>Operator actions per day</source>
        <translation>Aktionen der Bediener pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln user(s) signed in)</source>
        <translation>
            <numerusform>%1 (%Ln Benutzer angemeldet)</numerusform>
            <numerusform>%1 (%Ln Benutzer angemeldet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Sign-ins per hour, last 7 days</source>
        <translation>Anmeldungen pro Stunde, letzte 7 Tage</translation>
    </message>
    <message>
        <source>Active sessions by country</source>
        <translation>Aktive Sitzungen nach Land</translation>
    </message>
    <message>
        <source>Active sessions by browser</source>
        <translation>Aktive Sitzungen nach Browser</translation>
    </message>
    <message>
        <source>Open flags by rule and severity</source>
        <translation>Offene Markierungen nach Regel und Schwere</translation>
    </message>
    <message>
        <source>Active sessions by device</source>
        <translation>Aktive Sitzungen nach Gerät</translation>
    </message>
    <message>
        <source>Operator actions per day</source>
        <translation>Aktionen der Bediener pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln aktive Sitzung</numerusform>
            <numerusform>%Ln aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <source>Show them on the Sessions page</source>
        <translation>Auf der Seite Sitzungen zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) signed in</source>
        <translation>
            <numerusform>%Ln Benutzer angemeldet</numerusform>
            <numerusform>%Ln Benutzer angemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>Users signed in</source>
        <translation>Angemeldete Benutzer</translation>
    </message>
    <message>
        <source>As of %1; counted again when something changes.</source>
        <translation>Stand %1; wird neu gezählt, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>Niemand ist angemeldet.</translation>
    </message>
    <message>
        <source>No flag is open.</source>
        <translation>Keine Markierung ist offen.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 succeeded, %3 failed</source>
        <translation>%1: %2 erfolgreich, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Elsewhere or not recorded</source>
        <translation>Anderswo oder nicht erfasst</translation>
    </message>
    <message>
        <source>Not recognised</source>
        <translation>Nicht erkannt</translation>
    </message>
    <message>
        <source>%1, %2: %3 open</source>
        <translation>%1, %2: %3 offen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln action(s)</source>
        <translation>
            <numerusform>%1: %Ln Aktion</numerusform>
            <numerusform>%1: %Ln Aktionen</numerusform>
        </translation>
    </message>
    <message>
        <source>Active sessions on the map</source>
        <translation>Aktive Sitzungen auf der Karte</translation>
    </message>
    <message>
        <source>No active session has a place with coordinates.</source>
        <translation>Keine aktive Sitzung hat einen Ort mit Koordinaten.</translation>
    </message>
    <message>
        <source>Show them first on the Users page</source>
        <translation>Zuerst auf der Seite Benutzer zeigen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Kept by the keyring of your desktop session, never in a file; the next start of this connection asks no more.</source>
        <translation>Vom Schlüsselbund Ihrer Desktop-Sitzung aufbewahrt, nie in einer Datei; beim nächsten Start dieser Verbindung wird nicht mehr gefragt.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>&apos;%1&apos; is not a PostgreSQL URL such as postgresql://anna@db.example:5432/sessions: %2.</source>
        <translation>„%1“ ist keine PostgreSQL-URL wie postgresql://anna@db.example:5432/sessions: %2.</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>Sie muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>The URL contains a password. Leave it out: SessionDesk asks for it, or reads it from PGPASSFILE, so that it never appears in a command line or a file of ours.</source>
        <translation>Die URL enthält ein Passwort. Lassen Sie es weg: SessionDesk fragt danach oder liest es aus PGPASSFILE, damit es nie in einer Befehlszeile oder einer Datei von uns steht.</translation>
    </message>
    <message>
        <source>it names no user (postgresql://USER@host/database)</source>
        <translation>Sie nennt keinen Benutzer (postgresql://BENUTZER@host/datenbank)</translation>
    </message>
    <message>
        <source>it names no database (postgresql://user@host/DATABASE)</source>
        <translation>Sie nennt keine Datenbank (postgresql://benutzer@host/DATENBANK)</translation>
    </message>
    <message>
        <source>sslmode is one of %1, not &apos;%2&apos;</source>
        <translation>sslmode ist eines von %1, nicht „%2“</translation>
    </message>
    <message>
        <source>SessionDesk does not know the option &apos;%1&apos;</source>
        <translation>SessionDesk kennt die Option „%1“ nicht</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (package libqt6sql6-psql).</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Paket libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1:%2 as %3: %4.</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1:%2 als %3: %4.</translation>
    </message>
    <message>
        <source>port %1 in %2</source>
        <translation>Port %1 in %2</translation>
    </message>
    <message>
        <source>the path in sslrootcert cannot contain &apos;;&apos;</source>
        <translation>der Pfad in sslrootcert darf kein „;“ enthalten</translation>
    </message>
    <message>
        <source>host= names a socket directory such as /run/postgresql, not &apos;%1&apos;</source>
        <translation>host= nennt ein Socket-Verzeichnis wie /run/postgresql, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>PgServerCertificate</name>
    <message>
        <source>A connection over the local socket %1 uses no TLS.</source>
        <translation>Eine Verbindung über den lokalen Socket %1 verwendet kein TLS.</translation>
    </message>
    <message>
        <source>Cannot read the certificate of PostgreSQL at %1:%2: %3.</source>
        <translation>Das Zertifikat von PostgreSQL unter %1:%2 kann nicht gelesen werden: %3.</translation>
    </message>
    <message>
        <source>the server offers no TLS</source>
        <translation>der Server bietet kein TLS an</translation>
    </message>
    <message>
        <source>no answer within ten seconds</source>
        <translation>keine Antwort innerhalb von zehn Sekunden</translation>
    </message>
    <message>
        <source>Cannot write the trusted certificate to %1: %2.</source>
        <translation>Das vertrauenswürdige Zertifikat kann nicht nach %1 geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1:%2</source>
        <translation>PostgreSQL unter %1:%2</translation>
    </message>
</context>
<context>
    <name>PgStore</name>
    <message>
        <source>An administrator applies it with Initialize / Upgrade Store, or with sessiondesk-cli --connect %1 store migrate.</source>
        <translation>Ein Administrator richtet ihn mit „Speicher einrichten / aktualisieren“ ein oder mit sessiondesk-cli --connect %1 store migrate.</translation>
    </message>
    <message>
        <source>The database holds no SessionDesk store yet. %1</source>
        <translation>Die Datenbank enthält noch keinen SessionDesk-Speicher. %1</translation>
    </message>
    <message>
        <source>The store is at schema version %1 and this SessionDesk needs version %2. %3</source>
        <translation>Der Speicher hat die Schemaversion %1, dieses SessionDesk braucht Version %2. %3</translation>
    </message>
    <message>
        <source>The store&apos;s function wrote no audit entry.</source>
        <translation>Die Funktion des Speichers hat keinen Protokolleintrag geschrieben.</translation>
    </message>
    <message>
        <source>Only the database&apos;s owner or a member of sessiondesk_admin can initialize or upgrade the store; %1 is neither.</source>
        <translation>Nur der Eigentümer der Datenbank oder ein Mitglied von sessiondesk_admin kann den Speicher anlegen oder aktualisieren; %1 ist keins von beiden.</translation>
    </message>
    <message>
        <source>An administrator of the store, or the database&apos;s owner, adds it under Settings → Operators of this store, or with sessiondesk-cli --connect %2 operators set %1 --role support --reason TEXT (audited).</source>
        <translation>Ein Administrator des Speichers oder der Eigentümer der Datenbank fügt sie unter Einstellungen → Bediener dieses Speichers hinzu, oder mit sessiondesk-cli --connect %2 operators set %1 --role support --reason TEXT (protokolliert).</translation>
    </message>
</context>
<context>
    <name>PlaceDatabase</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a .mmdb file in it.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine .mmdb-Datei darin.</translation>
    </message>
    <message>
        <source>%1 is no MaxMind DB file (a .mmdb file such as GeoLite2-City.mmdb).</source>
        <translation>%1 ist keine MaxMind-DB-Datei (eine .mmdb-Datei wie GeoLite2-City.mmdb).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1, built %2</source>
        <translation>%1, erstellt am %2</translation>
    </message>
    <message>
        <source>%1 is no regular file.</source>
        <translation>%1 ist keine gewöhnliche Datei.</translation>
    </message>
</context>
<context>
    <name>PlacesPanel</name>
    <message>
        <source>Places (this computer)</source>
        <translation>Orte (dieser Computer)</translation>
    </message>
    <message>
        <source>For sources that record an IP address but no place (better-auth, Keycloak, application tables), SessionDesk looks the addresses up in databases in MaxMind&apos;s format: the Location and Network columns, and the rules that need places. Kept on this computer for every connection; a change applies from SessionDesk&apos;s next start.</source>
        <translation>Für Quellen, die eine IP-Adresse, aber keinen Ort speichern (better-auth, Keycloak, Tabellen von Anwendungen), schlägt SessionDesk die Adressen in Datenbanken im Format von MaxMind nach: die Spalten Ort und Netz sowie die Regeln, die Orte brauchen. Auf diesem Computer für jede Verbindung gespeichert; eine Änderung gilt ab dem nächsten Start von SessionDesk.</translation>
    </message>
    <message>
        <source>&amp;City database:</source>
        <translation>&amp;Städte-Datenbank:</translation>
    </message>
    <message>
        <source>GeoLite2-City.mmdb, dbip-city-lite.mmdb</source>
        <translation>GeoLite2-City.mmdb, dbip-city-lite.mmdb</translation>
    </message>
    <message>
        <source>&amp;ASN database:</source>
        <translation>&amp;ASN-Datenbank:</translation>
    </message>
    <message>
        <source>GeoLite2-ASN.mmdb, dbip-asn-lite.mmdb</source>
        <translation>GeoLite2-ASN.mmdb, dbip-asn-lite.mmdb</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Browse for the %1</source>
        <translation>%1 suchen</translation>
    </message>
    <message>
        <source>Choose a MaxMind DB file</source>
        <translation>MaxMind-DB-Datei wählen</translation>
    </message>
    <message>
        <source>MaxMind DB files (*.mmdb);;All files (*)</source>
        <translation>MaxMind-DB-Dateien (*.mmdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Cannot be used: %1</source>
        <translation>Nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>None found in %1: addresses are shown without it.</source>
        <translation>Keine in %1 gefunden: Adressen werden ohne sie gezeigt.</translation>
    </message>
    <message>
        <source>%1 (found: %2)</source>
        <translation>%1 (gefunden: %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This run looks up no places or networks.</source>
        <translation>Dieser Lauf schlägt keine Orte oder Netze nach.</translation>
    </message>
    <message>
        <source>This run uses: %1.</source>
        <translation>Dieser Lauf verwendet: %1.</translation>
    </message>
</context>
<context>
    <name>PlannedLogout</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln min</source>
        <translation>
            <numerusform>in %Ln Min.</numerusform>
            <numerusform>in %Ln Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Missed: it was due at %1 and no console ran it within %Ln minute(s); nobody was signed out. Plan it again.</source>
        <translation>
            <numerusform>Verpasst: sie war für %1 geplant, und keine Konsole hat sie innerhalb von %Ln Minute ausgeführt; niemand wurde abgemeldet. Planen Sie sie erneut.</numerusform>
            <numerusform>Verpasst: sie war für %1 geplant, und keine Konsole hat sie innerhalb von %Ln Minuten ausgeführt; niemand wurde abgemeldet. Planen Sie sie erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannedLogoutBar</name>
    <message>
        <source>&amp;Cancel Planned Logout…</source>
        <translation>Geplante Abmeldung &amp;absagen…</translation>
    </message>
    <message>
        <source>All users will be signed out at %1 (%2). Users see: “%3”. Planned by %4: %5.</source>
        <translation>Alle Benutzer werden um %1 abgemeldet (%2). Benutzer sehen: „%3“. Geplant von %4: %5.</translation>
    </message>
    <message>
        <source>Cancel this planned logout; users no longer see the message</source>
        <translation>Diese geplante Abmeldung absagen; Benutzer sehen die Nachricht nicht mehr</translation>
    </message>
    <message>
        <source>Planned logout of all users %1</source>
        <translation>Geplante Abmeldung aller Benutzer %1</translation>
    </message>
    <message>
        <source>Cancel the planned logout</source>
        <translation>Geplante Abmeldung absagen</translation>
    </message>
    <message>
        <source>Cancel the logout of all users planned for %1? Users no longer see “%2”, and nobody is signed out.</source>
        <translation>Die für %1 geplante Abmeldung aller Benutzer absagen? Benutzer sehen „%2“ nicht mehr, und niemand wird abgemeldet.</translation>
    </message>
    <message>
        <source>Cancel Planned Logout</source>
        <translation>Geplante Abmeldung absagen</translation>
    </message>
    <message>
        <source>Maintenance postponed</source>
        <translation>Wartung verschoben</translation>
    </message>
    <message>
        <source>Maintenance cancelled</source>
        <translation>Wartung abgesagt</translation>
    </message>
    <message>
        <source>Planned by mistake</source>
        <translation>Versehentlich geplant</translation>
    </message>
    <message>
        <source>Cancelled the planned logout (audit entry %1).</source>
        <translation>Geplante Abmeldung abgesagt (Protokolleintrag %1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln kept user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>the role %1</source>
        <translation>die Rolle %1</translation>
    </message>
    <message>
        <source>It spares %1.</source>
        <translation>Ausgenommen: %1.</translation>
    </message>
</context>
<context>
    <name>PostgresStoreBackend</name>
    <message>
        <source>The login %1 has none of the roles sessiondesk_admin, sessiondesk_support or sessiondesk_auditor, so the database lets it read nothing of the store. %2</source>
        <translation>Die Anmeldung %1 hat keine der Rollen sessiondesk_admin, sessiondesk_support oder sessiondesk_auditor, daher lässt die Datenbank sie nichts vom Speicher lesen. %2</translation>
    </message>
    <message>
        <source>PostgreSQL store %1</source>
        <translation>PostgreSQL-Speicher %1</translation>
    </message>
    <message>
        <source>The login %1 owns the database but holds none of the store&apos;s roles: it may add operators, itself too, and nothing else. %2</source>
        <translation>Die Anmeldung %1 besitzt die Datenbank, hat aber keine der Rollen des Speichers: Sie darf Bediener hinzufügen, auch sich selbst, sonst nichts. %2</translation>
    </message>
    <message>
        <source>The login %1 is not an operator of this store (any longer): it has none of the roles sessiondesk_admin, sessiondesk_support or sessiondesk_auditor. %2</source>
        <translation>Die Anmeldung %1 ist (nicht mehr) Bediener dieses Speichers: Sie hat keine der Rollen sessiondesk_admin, sessiondesk_support oder sessiondesk_auditor. %2</translation>
    </message>
    <message>
        <source>No user was chosen.</source>
        <translation>Es wurde kein Benutzer gewählt.</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Keine Einstellung wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Security incident</source>
        <translation>Sicherheitsvorfall</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Gerät verloren oder gestohlen</translation>
    </message>
    <message>
        <source>Credential sharing</source>
        <translation>Weitergabe von Zugangsdaten</translation>
    </message>
    <message>
        <source>Termination or suspension</source>
        <translation>Kündigung oder Sperrung</translation>
    </message>
    <message>
        <source>User request</source>
        <translation>Auf Wunsch des Benutzers</translation>
    </message>
    <message>
        <source>Suspicious sign-in</source>
        <translation>Verdächtige Anmeldung</translation>
    </message>
    <message>
        <source>Choose or type a reason (required)</source>
        <translation>Begründung wählen oder eingeben (Pflicht)</translation>
    </message>
    <message>
        <source>Optional, e.g. SEC-1234</source>
        <translation>Optional, z. B. SEC-1234</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <source>Give a reason first: it is written to the audit trail.</source>
        <translation>Geben Sie zuerst eine Begründung an: Sie wird ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Zur Bestätigung &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
    <message>
        <source>Type %1 to confirm.</source>
        <translation>Zur Bestätigung %1 eingeben.</translation>
    </message>
</context>
<context>
    <name>RecordedExport</name>
    <message>
        <source>An export needs a file name; nothing was exported or recorded.</source>
        <translation>Ein Export braucht einen Dateinamen; nichts wurde exportiert oder protokolliert.</translation>
    </message>
    <message>
        <source>%1 is a folder; nothing was exported or recorded.</source>
        <translation>%1 ist ein Ordner; nichts wurde exportiert oder protokolliert.</translation>
    </message>
    <message>
        <source>%1 is not a regular file; nothing was exported or recorded.</source>
        <translation>%1 ist keine gewöhnliche Datei; nichts wurde exportiert oder protokolliert.</translation>
    </message>
    <message>
        <source>%1 is the store itself; nothing was exported or recorded.</source>
        <translation>%1 ist der Speicher selbst; nichts wurde exportiert oder protokolliert.</translation>
    </message>
    <message>
        <source>Cannot write %1; nothing was exported or recorded.</source>
        <translation>%1 kann nicht geschrieben werden; nichts wurde exportiert oder protokolliert.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); nothing was exported or recorded.</source>
        <translation>%1 kann nicht geschrieben werden (%2); nichts wurde exportiert oder protokolliert.</translation>
    </message>
    <message>
        <source>Cannot put the export in place at %1 (%2), although it was recorded as audit entry %3.</source>
        <translation>Der Export kann nicht nach %1 gelegt werden (%2), obwohl er als Protokolleintrag %3 festgehalten wurde.</translation>
    </message>
    <message>
        <source>%1: the file name is longer than 255 bytes; nothing was exported or recorded.</source>
        <translation>%1: Der Dateiname ist länger als 255 Bytes; nichts wurde exportiert oder protokolliert.</translation>
    </message>
    <message>
        <source>%1 exists; nothing was exported or recorded. Choose to replace it.</source>
        <translation>%1 ist vorhanden; nichts wurde exportiert oder protokolliert. Wählen Sie, die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
</context>
<context>
    <name>RestClient</name>
    <message>
        <source>%1 sent an answer larger than %2 MiB; SessionDesk did not read it.</source>
        <translation>%1 hat eine Antwort größer als %2 MiB gesendet; SessionDesk hat sie nicht gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %Ln second(s).</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %Ln Sekunde geantwortet.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %Ln Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection before its whole answer arrived (%2 of %3 bytes).</source>
        <translation>%1 hat die Verbindung geschlossen, bevor die ganze Antwort da war (%2 von %3 Bytes).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with %3 instead of JSON.</source>
        <translation>%1 hat HTTP %2 mit %3 statt JSON beantwortet.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>keinem Inhaltstyp</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON.</source>
        <translation>%1 hat mit %2 statt JSON geantwortet.</translation>
    </message>
    <message>
        <source>%1 sent malformed JSON (%2 at byte %3).</source>
        <translation>%1 hat fehlerhaftes JSON gesendet (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the request (%2).</source>
        <translation>%1 hat die Anfrage abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 did not accept the credentials (HTTP 401); sign in again.</source>
        <translation>%1 hat die Anmeldedaten nicht akzeptiert (HTTP 401); melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 does not allow this account to do that (%2).</source>
        <translation>%1 erlaubt diesem Konto das nicht (%2).</translation>
    </message>
    <message>
        <source>%1 knows no such thing (%2).</source>
        <translation>%1 kennt das nicht (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 is still asking to slow down (HTTP 429) after %Ln attempt(s); try again later.</source>
        <translation>
            <numerusform>%1 bittet auch nach %Ln Versuch noch um Geduld (HTTP 429); versuchen Sie es später erneut.</numerusform>
            <numerusform>%1 bittet auch nach %Ln Versuchen noch um Geduld (HTTP 429); versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 failed (%2), also after %Ln attempt(s).</source>
        <translation>
            <numerusform>%1 ist fehlgeschlagen (%2), auch nach %Ln Versuch.</numerusform>
            <numerusform>%1 ist fehlgeschlagen (%2), auch nach %Ln Versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 hat %2 geantwortet.</translation>
    </message>
    <message>
        <source>Plain HTTP is only for a server on this computer (localhost, 127.0.0.1, ::1): to %1 the administrator&apos;s password would travel unencrypted. Use https.</source>
        <translation>Unverschlüsseltes HTTP ist nur für einen Server auf diesem Computer (localhost, 127.0.0.1, ::1): zu %1 ginge das Passwort des Administrators unverschlüsselt. Verwenden Sie https.</translation>
    </message>
    <message>
        <source>%1 does not speak HTTPS on that port; if it is a plain HTTP server on this computer, write http instead of https in the address.</source>
        <translation>%1 spricht auf diesem Port kein HTTPS; ist es ein einfacher HTTP-Server auf diesem Computer, schreiben Sie http statt https in die Adresse.</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up (%2).</source>
        <translation>Die sichere Verbindung zu %1 konnte nicht aufgebaut werden (%2).</translation>
    </message>
</context>
<context>
    <name>RestSessionSource</name>
    <message>
        <source>&apos;%1&apos; is not a better-auth address; write better-auth+https://ADMIN-EMAIL@host[:port][/api/auth].</source>
        <translation>„%1“ ist keine better-auth-Adresse; schreiben Sie better-auth+https://ADMIN-E-MAIL@host[:port][/api/auth].</translation>
    </message>
    <message>
        <source>Put no password into the address; SessionDesk asks for it.</source>
        <translation>Schreiben Sie kein Passwort in die Adresse; SessionDesk fragt danach.</translation>
    </message>
    <message>
        <source>Say who signs in: better-auth+https://ADMIN-EMAIL@%1.</source>
        <translation>Geben Sie an, wer sich anmeldet: better-auth+https://ADMIN-E-MAIL@%1.</translation>
    </message>
    <message>
        <source>better-auth at %1</source>
        <translation>better-auth unter %1</translation>
    </message>
    <message>
        <source>%1 signed in but gave no bearer token; its bearer plugin must be enabled for SessionDesk.</source>
        <translation>%1 hat angemeldet, aber kein Bearer-Token geliefert; für SessionDesk muss das Bearer-Plugin aktiviert sein.</translation>
    </message>
    <message>
        <source>Not signed in to %1 yet.</source>
        <translation>Noch nicht bei %1 angemeldet.</translation>
    </message>
    <message>
        <source>%1 is not an administrator of %2: its admin API serves only users with the admin role.</source>
        <translation>%1 ist kein Administrator von %2: dessen Admin-API bedient nur Benutzer mit der Rolle admin.</translation>
    </message>
    <message>
        <source>better-auth has no global-logout setting: a user&apos;s sign-out ends that session only.</source>
        <translation>better-auth hat keine Einstellung für globales Abmelden: Meldet sich ein Benutzer ab, endet nur diese Sitzung.</translation>
    </message>
    <message>
        <source>better-auth&apos;s administrators are its users with the admin role; roles are changed in better-auth.</source>
        <translation>Die Administratoren von better-auth sind seine Benutzer mit der Rolle admin; Rollen werden in better-auth geändert.</translation>
    </message>
    <message>
        <source>better-auth&apos;s users are added and removed by its application.</source>
        <translation>Die Benutzer von better-auth werden von seiner Anwendung angelegt und entfernt.</translation>
    </message>
    <message>
        <source>This source cannot revoke issued access tokens: ending a better-auth session invalidates its session token, but tokens the application issued from it (JWTs) stay valid until they expire.</source>
        <translation>Diese Quelle kann ausgestellte Zugriffstoken nicht widerrufen: Das Beenden einer better-auth-Sitzung macht ihr Sitzungstoken ungültig, aber Token, die die Anwendung daraus ausgestellt hat (JWTs), bleiben bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>better-auth does not report changes made elsewhere; press Refresh (F5) to read them again.</source>
        <translation>better-auth meldet keine anderswo gemachten Änderungen; drücken Sie Aktualisieren (F5), um sie neu zu lesen.</translation>
    </message>
    <message>
        <source>%1 said the session ended, but still lists it.</source>
        <translation>%1 hat die Sitzung als beendet gemeldet, führt sie aber noch.</translation>
    </message>
    <message>
        <source>A logout of all users at a later time needs a SessionDesk store to keep the plan and announce it; better-auth has neither.</source>
        <translation>Eine spätere Abmeldung aller Benutzer braucht einen SessionDesk-Speicher, der den Plan hält und ankündigt; better-auth hat beides nicht.</translation>
    </message>
    <message>
        <source>better-auth&apos;s flags are found in its sessions each time they are shown; they cannot be resolved or dismissed here. Log the user out or freeze them instead.</source>
        <translation>Die Markierungen von better-auth werden bei jeder Anzeige in seinen Sitzungen gefunden; sie können hier nicht erledigt oder verworfen werden. Melden Sie den Benutzer stattdessen ab oder sperren Sie ihn.</translation>
    </message>
    <message>
        <source>better-auth</source>
        <translation>better-auth</translation>
    </message>
    <message>
        <source>A freeze must end in the future.</source>
        <translation>Das Einfrieren muss in der Zukunft enden.</translation>
    </message>
    <message>
        <source>better-auth admin API %1 as %2</source>
        <translation>better-auth-Admin-API %1 als %2</translation>
    </message>
    <message>
        <source>%1 refused the email address %2 or its password.</source>
        <translation>%1 hat die E-Mail-Adresse %2 oder ihr Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>Das Konto ist nicht eingefroren.</translation>
    </message>
    <message>
        <source>A role is required.</source>
        <translation>Eine Rolle ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 already has the role %2; nothing changed.</source>
        <translation>%1 hat die Rolle %2 bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>better-auth&apos;s admin API lists sessions, not sign-in attempts: there is no sign-in history to show.</source>
        <translation>Die Admin-API von better-auth listet Sitzungen, keine Anmeldeversuche: Es gibt keinen Anmeldeverlauf anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>ScheduleCommands</name>
    <message>
        <source>Also the ones that ran, were cancelled or failed.</source>
        <translation>Auch ausgeführte, abgesagte und fehlgeschlagene.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>RUNS AT</source>
        <translation>LÄUFT UM</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <source>MESSAGE / OUTCOME</source>
        <translation>NACHRICHT / ERGEBNIS</translation>
    </message>
    <message>
        <source>%1 (missed: fails at the next check)</source>
        <translation>%1 (verpasst: scheitert bei der nächsten Prüfung)</translation>
    </message>
    <message>
        <source>%1 (due: runs at the next check)</source>
        <translation>%1 (fällig: läuft bei der nächsten Prüfung)</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1 (durch %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned logout(s).
</source>
        <translation>
            <numerusform>%Ln geplante Abmeldung.
</numerusform>
            <numerusform>%Ln geplante Abmeldungen.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The planned logout.</source>
        <translation>Die geplante Abmeldung.</translation>
    </message>
    <message>
        <source>schedule cancel needs one planned logout ID (see schedule list).</source>
        <translation>schedule cancel braucht eine ID einer geplanten Abmeldung (siehe schedule list).</translation>
    </message>
    <message>
        <source>Cancelled planned logout %1 (audit entry %2).
</source>
        <translation>Geplante Abmeldung %1 abgesagt (Protokolleintrag %2).
</translation>
    </message>
    <message>
        <source>Planned logout %1 did not run: %2</source>
        <translation>Geplante Abmeldung %1 lief nicht: %2</translation>
    </message>
    <message>
        <source>Ran planned logout %1: %2 of %3 ended (audit entry %4).
</source>
        <translation>Geplante Abmeldung %1 ausgeführt: %2 von %3 beendet (Protokolleintrag %4).
</translation>
    </message>
    <message>
        <source>No planned logout is due.
</source>
        <translation>Keine geplante Abmeldung ist fällig.
</translation>
    </message>
    <message>
        <source>Only operators of this store run planned logouts, and %1 is not an operator of this store; nothing ran.</source>
        <translation>Nur Bediener dieses Speichers führen geplante Abmeldungen aus, und %1 ist kein Bediener dieses Speichers; nichts wurde ausgeführt.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain holds no secret for this connection.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Geheimnis für diese Verbindung.</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1). Unlock it, or keep the secret for this run only.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1). Entsperren Sie ihn oder behalten Sie das Geheimnis nur für diesen Lauf.</translation>
    </message>
    <message>
        <source>No system keychain can be used (%1). SessionDesk never writes secrets to a file: keep it for this run only, or start a keyring such as GNOME Keyring.</source>
        <translation>Kein Schlüsselbund des Systems ist nutzbar (%1). SessionDesk schreibt Geheimnisse nie in eine Datei: Behalten Sie es nur für diesen Lauf oder starten Sie einen Schlüsselbund wie GNOME Keyring.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Signed out by the user</source>
        <translation>Vom Benutzer abgemeldet</translation>
    </message>
    <message>
        <source>Global logout</source>
        <translation>Globale Abmeldung</translation>
    </message>
    <message>
        <source>Logged out by an administrator</source>
        <translation>Von einem Administrator abgemeldet</translation>
    </message>
    <message>
        <source>Log out all users</source>
        <translation>Alle Benutzer abmelden</translation>
    </message>
    <message>
        <source>Account frozen</source>
        <translation>Konto eingefroren</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>%1 · this console</source>
        <translation>%1 · diese Konsole</translation>
    </message>
</context>
<context>
    <name>SessionFilter</name>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>address in %1</source>
        <translation>Adresse in %1</translation>
    </message>
    <message>
        <source>country %1</source>
        <translation>Land %1</translation>
    </message>
    <message>
        <source>device “%1”</source>
        <translation>Gerät „%1“</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <source>%1 from %2 on</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>%1 before %2</source>
        <translation>%1 vor %2</translation>
    </message>
    <message>
        <source>started</source>
        <translation>begonnen</translation>
    </message>
    <message>
        <source>last active</source>
        <translation>zuletzt aktiv</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code; write its two letters, such as DE or BR.</source>
        <translation>„%1“ ist kein Ländercode; schreiben Sie seine zwei Buchstaben, etwa DE oder BR.</translation>
    </message>
    <message>
        <source>The time range ends before it starts.</source>
        <translation>Der Zeitraum endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a country code: the United Kingdom&apos;s is GB.</source>
        <translation>&apos;%1&apos; ist kein Ländercode: der des Vereinigten Königreichs ist GB.</translation>
    </message>
</context>
<context>
    <name>SessionSource</name>
    <message>
        <source>This source cannot plan logouts for later; only a SessionDesk store keeps plans.</source>
        <translation>Diese Quelle kann keine Abmeldungen für später planen; nur ein SessionDesk-Speicher führt Pläne.</translation>
    </message>
    <message>
        <source>This source keeps no flags; SessionDesk raises flags in its own store.</source>
        <translation>Diese Quelle führt keine Markierungen; SessionDesk erzeugt Markierungen in seinem eigenen Speicher.</translation>
    </message>
    <message>
        <source>Accounts of this source are added, deactivated and removed in its own application, not here.</source>
        <translation>Konten dieser Quelle werden in ihrer eigenen Anwendung angelegt, deaktiviert und entfernt, nicht hier.</translation>
    </message>
    <message>
        <source>This source has no account-level settings such as the global-logout switch.</source>
        <translation>Diese Quelle hat keine kontoweiten Einstellungen wie den Schalter für globales Abmelden.</translation>
    </message>
    <message>
        <source>This source decides itself who may administer it; SessionDesk keeps no operators for it.</source>
        <translation>Diese Quelle entscheidet selbst, wer sie verwalten darf; SessionDesk führt für sie keine Bediener.</translation>
    </message>
    <message>
        <source>This source keeps no audit trail that SessionDesk can read.</source>
        <translation>Diese Quelle führt kein Prüfprotokoll, das SessionDesk lesen kann.</translation>
    </message>
    <message>
        <source>Give a reason: every action is recorded with it.</source>
        <translation>Geben Sie einen Grund an: Jede Aktion wird mit ihm festgehalten.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Ended %1 by %2</source>
        <translation>Beendet %1 von %2</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation>Diese Sitzung ist bereits beendet.</translation>
    </message>
    <message>
        <source>End this session only; the user&apos;s other sessions stay signed in (Space)</source>
        <translation>Nur diese Sitzung beenden; die anderen Sitzungen des Benutzers bleiben angemeldet (Leertaste)</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This console is signed in with this session: ending it signs the console out.</source>
        <translation>Diese Konsole ist mit dieser Sitzung angemeldet: Wird sie beendet, wird die Konsole abgemeldet.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
</context>
<context>
    <name>SessionTables</name>
    <message>
        <source>&apos;%1&apos; cannot be used: %2</source>
        <translation>&apos;%1&apos; ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>the table must be a plain name such as session or app.session, not &apos;%1&apos;.</source>
        <translation>die Tabelle muss ein einfacher Name wie session oder app.session sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>userPath is an option of connect-pg-simple tables only.</source>
        <translation>userPath gibt es nur für connect-pg-simple-Tabellen.</translation>
    </message>
    <message>
        <source>userPath is the keys to the user inside sess, joined by dots (userId, passport.user), not &apos;%1&apos;.</source>
        <translation>userPath sind die Schlüssel zum Benutzer in sess, durch Punkte verbunden (userId, passport.user), nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>better-auth&apos;s tables are always &quot;user&quot; and session.</source>
        <translation>Die Tabellen von better-auth heißen immer &quot;user&quot; und session.</translation>
    </message>
    <message>
        <source>better-auth tables</source>
        <translation>better-auth-Tabellen</translation>
    </message>
    <message>
        <source>connect-pg-simple</source>
        <translation>connect-pg-simple</translation>
    </message>
    <message>
        <source>Spring Session JDBC</source>
        <translation>Spring Session JDBC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no session tables SessionDesk knows; write better-auth+postgresql://, connect-pg-simple+postgresql://, spring-session+postgresql://, authjs+postgresql:// or django+postgresql:// followed by LOGIN@host/database, or django+sqlite:///PATH.</source>
        <translation>„%1“ nennt keine Sitzungstabellen, die SessionDesk kennt; schreiben Sie better-auth+postgresql://, connect-pg-simple+postgresql://, spring-session+postgresql://, authjs+postgresql:// oder django+postgresql:// gefolgt von LOGIN@host/datenbank, oder django+sqlite:///PFAD.</translation>
    </message>
    <message>
        <source>Auth.js&apos;s PostgreSQL adapter always keeps its tables as users and sessions.</source>
        <translation>Der PostgreSQL-Adapter von Auth.js nennt seine Tabellen immer users und sessions.</translation>
    </message>
    <message>
        <source>Auth.js</source>
        <translation>Auth.js</translation>
    </message>
</context>
<context>
    <name>SessionsCommands</name>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>Include ended and expired sessions.</source>
        <translation>Auch beendete und abgelaufene Sitzungen einbeziehen.</translation>
    </message>
    <message>
        <source>sessions list needs --user EMAIL.</source>
        <translation>sessions list braucht --user E-MAIL.</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>IP ADDRESS</source>
        <translation>IP-ADRESSE</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>LETZTE AKTIVITÄT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>The session to end.</source>
        <translation>Die zu beendende Sitzung.</translation>
    </message>
    <message>
        <source>end-session needs exactly one SESSION_ID.</source>
        <translation>end-session braucht genau eine SITZUNGS-ID.</translation>
    </message>
    <message>
        <source>Ended session %1 (audit entry %2).
</source>
        <translation>Sitzung %1 beendet (Protokolleintrag %2).
</translation>
    </message>
    <message>
        <source>Sessions of this user (email address).</source>
        <translation>Sitzungen dieses Benutzers (E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>From this address, or from a range of them (CIDR: 10.20.0.0/16, 2001:db8::/32).</source>
        <translation>Von dieser Adresse oder aus einem Adressbereich (CIDR: 10.20.0.0/16, 2001:db8::/32).</translation>
    </message>
    <message>
        <source>From this country (two letters: DE, BR).</source>
        <translation>Aus diesem Land (zwei Buchstaben: DE, BR).</translation>
    </message>
    <message>
        <source>Started at or after this date or time.</source>
        <translation>Zu oder nach diesem Datum oder dieser Zeit begonnen.</translation>
    </message>
    <message>
        <source>Last active at or after this date or time.</source>
        <translation>Zuletzt aktiv zu oder nach diesem Datum oder dieser Zeit.</translation>
    </message>
    <message>
        <source>--%1 needs a value; without it, leave the option out.</source>
        <translation>--%1 braucht einen Wert; ohne ihn lassen Sie die Option weg.</translation>
    </message>
    <message>
        <source>At most N sessions, last active first (default 100).</source>
        <translation>Höchstens N Sitzungen, die zuletzt aktiven zuerst (Vorgabe 100).</translation>
    </message>
    <message>
        <source>No active session matches these filters.
</source>
        <translation>Keine aktive Sitzung passt auf diese Filter.
</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln active session(s) shown.
</source>
        <translation>
            <numerusform>%1 von %Ln aktiven Sitzung angezeigt.
</numerusform>
            <numerusform>%1 von %Ln aktiven Sitzungen angezeigt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>Do it. Without --yes only the preview is shown.</source>
        <translation>Ausführen. Ohne --yes wird nur die Vorschau gezeigt.</translation>
    </message>
    <message>
        <source>sessions end-matching needs at least one filter (--user, --ip, --country, --device, --started-from/-to, --active-from/-to); to end every session, use logout-all.</source>
        <translation>sessions end-matching braucht mindestens einen Filter (--user, --ip, --country, --device, --started-from/-to, --active-from/-to); um alle Sitzungen zu beenden, logout-all verwenden.</translation>
    </message>
    <message>
        <source>No active session matches (%1); nothing would be ended.
</source>
        <translation>Keine aktive Sitzung passt (%1); nichts würde beendet.
</translation>
    </message>
    <message>
        <source>This would end %1 of %2 (%3); %4. Add --yes to do it.
</source>
        <translation>Das würde %1 von %2 beenden (%3); %4. Mit --yes wird es ausgeführt.
</translation>
    </message>
    <message>
        <source>Ended %1 of %2 (%3); %4 (audit entry %5).
</source>
        <translation>%1 von %2 beendet (%3); %4 (Protokolleintrag %5).
</translation>
    </message>
    <message>
        <source>With each of these words in the user agent as the application recorded it (Firefox, &quot;Windows NT&quot;, iPhone; Edge records itself as &quot;Edg&quot;, and every Chromium browser says &quot;Chrome&quot;).</source>
        <translation>Mit jedem dieser Wörter im User-Agent, wie die Anwendung ihn aufgezeichnet hat (Firefox, &quot;Windows NT&quot;, iPhone; Edge nennt sich &quot;Edg&quot;, und jeder Chromium-Browser sagt &quot;Chrome&quot;).</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>sparing %1</source>
        <translation>verschont: %1</translation>
    </message>
    <message>
        <source>These filters match every active session: this is a logout of all users.
</source>
        <translation>Diese Filter passen auf jede aktive Sitzung: Das ist eine Abmeldung aller Benutzer.
</translation>
    </message>
    <message>
        <source>Started before this time, or through this date.</source>
        <translation>Begonnen vor dieser Zeit oder bis einschließlich dieses Datums.</translation>
    </message>
    <message>
        <source>Last active before this time, or through this date.</source>
        <translation>Zuletzt aktiv vor dieser Zeit oder bis einschließlich dieses Datums.</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>NETZ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln active session(s)
</source>
        <translation>
            <numerusform>%1: %Ln aktive Sitzung
</numerusform>
            <numerusform>%1: %Ln aktive Sitzungen
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Show &amp;User</source>
        <translation>Benutzer &amp;zeigen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>In the last hour</source>
        <translation>In der letzten Stunde</translation>
    </message>
    <message>
        <source>In the last 24 hours</source>
        <translation>In den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>In the last 7 days</source>
        <translation>In den letzten 7 Tagen</translation>
    </message>
    <message>
        <source>More than 7 days ago</source>
        <translation>Vor mehr als 7 Tagen</translation>
    </message>
    <message>
        <source>More than 30 days ago</source>
        <translation>Vor mehr als 30 Tagen</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Idle for more than a day</source>
        <translation>Seit mehr als einem Tag untätig</translation>
    </message>
    <message>
        <source>Idle for more than 7 days</source>
        <translation>Seit mehr als 7 Tagen untätig</translation>
    </message>
    <message>
        <source>Open the selected session&apos;s user on the Users page (Enter)</source>
        <translation>Den Benutzer der gewählten Sitzung auf der Seite Benutzer öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>S&amp;tarted:</source>
        <translation>&amp;Begonnen:</translation>
    </message>
    <message>
        <source>&amp;Last activity:</source>
        <translation>&amp;Letzte Aktivität:</translation>
    </message>
    <message numerus="yes">
        <source>%1 active session(s)</source>
        <translation>
            <numerusform>%1 aktive Sitzung</numerusform>
            <numerusform>%1 aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>End %Ln Matching Session(s)…</source>
        <translation>
            <numerusform>%Ln passende Sitzung beenden …</numerusform>
            <numerusform>%Ln passende Sitzungen beenden …</numerusform>
        </translation>
    </message>
    <message>
        <source>Log Out All Users…</source>
        <translation>Alle Benutzer abmelden …</translation>
    </message>
    <message>
        <source>Correct the filters first.</source>
        <translation>Zuerst die Filter berichtigen.</translation>
    </message>
    <message>
        <source>No active session matches the filters.</source>
        <translation>Keine aktive Sitzung passt auf die Filter.</translation>
    </message>
    <message>
        <source>No filter is set: this logs out every user.</source>
        <translation>Kein Filter gesetzt: Das meldet alle Benutzer ab.</translation>
    </message>
    <message>
        <source>End every active session the filters match, with a preview, a reason and the audit trail.</source>
        <translation>Jede aktive Sitzung beenden, auf die die Filter passen, mit Vorschau, Grund und Protokoll.</translation>
    </message>
    <message>
        <source>No active session matches these filters.</source>
        <translation>Keine aktive Sitzung passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Global logout</source>
        <translation>Globale Abmeldung</translation>
    </message>
    <message>
        <source>Off: when a user signs out, only that session ends; their other devices stay signed in. On: when a user signs out anywhere, every session of that user ends on every device.</source>
        <translation>Aus: Meldet sich ein Benutzer ab, endet nur diese Sitzung; seine anderen Geräte bleiben angemeldet. An: Meldet sich ein Benutzer irgendwo ab, enden alle seine Sitzungen auf allen Geräten.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Idle timeout</source>
        <translation>Leerlauf-Zeitlimit</translation>
    </message>
    <message>
        <source>Applications end a session after this long without a request.</source>
        <translation>Anwendungen beenden eine Sitzung nach so langer Zeit ohne Anfrage.</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Maximum lifetime</source>
        <translation>Höchstdauer</translation>
    </message>
    <message>
        <source>Applications end a session this long after sign-in, active or not.</source>
        <translation>Anwendungen beenden eine Sitzung so lange nach der Anmeldung, ob aktiv oder nicht.</translation>
    </message>
    <message>
        <source>km/h</source>
        <translation>km/h</translation>
    </message>
    <message>
        <source>Impossible travel speed</source>
        <translation>Geschwindigkeit unmöglicher Reisen</translation>
    </message>
    <message>
        <source>Flag two consecutive sign-ins of a user that imply a faster ground speed.</source>
        <translation>Zwei aufeinanderfolgende Anmeldungen eines Benutzers markieren, die eine höhere Reisegeschwindigkeit voraussetzen.</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Impossible travel minimum distance</source>
        <translation>Mindestentfernung unmöglicher Reisen</translation>
    </message>
    <message>
        <source>Ignore sign-ins closer together than this.</source>
        <translation>Anmeldungen ignorieren, die näher beieinander liegen.</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Concurrent countries</source>
        <translation>Gleichzeitige Länder</translation>
    </message>
    <message>
        <source>Flag a user with active sessions in this many countries at once.</source>
        <translation>Einen Benutzer markieren, der gleichzeitig in so vielen Ländern aktive Sitzungen hat.</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Devices allowed</source>
        <translation>Erlaubte Geräte</translation>
    </message>
    <message>
        <source>Flag a user with more devices than this among their active sessions (credential sharing).</source>
        <translation>Einen Benutzer mit mehr Geräten unter seinen aktiven Sitzungen markieren (Weitergabe von Zugangsdaten).</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <source>Failed sign-in burst</source>
        <translation>Häufung fehlgeschlagener Anmeldungen</translation>
    </message>
    <message>
        <source>Flag this many failed sign-ins of a user within the window below.</source>
        <translation>So viele fehlgeschlagene Anmeldungen eines Benutzers im unten stehenden Zeitfenster markieren.</translation>
    </message>
    <message>
        <source>Failed sign-in window</source>
        <translation>Zeitfenster für Fehlversuche</translation>
    </message>
    <message>
        <source>The window for failed sign-in bursts.</source>
        <translation>Das Zeitfenster für gehäufte fehlgeschlagene Anmeldungen.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>New country lookback</source>
        <translation>Rückblick für neue Länder</translation>
    </message>
    <message>
        <source>Flag a successful sign-in from a country not seen for the user in this many days.</source>
        <translation>Eine erfolgreiche Anmeldung aus einem Land markieren, das für den Benutzer so viele Tage lang nicht vorkam.</translation>
    </message>
    <message>
        <source>Freeze automatically</source>
        <translation>Automatisch einfrieren</translation>
    </message>
    <message>
        <source>Freeze an account as soon as a high-severity flag is raised for it.</source>
        <translation>Ein Konto einfrieren, sobald dafür eine Markierung hoher Schwere entsteht.</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;.</source>
        <translation>Es gibt keine Einstellung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 is on or off, not &apos;%2&apos;.</source>
        <translation>%1 ist on oder off, nicht &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>%1 takes a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>%1 erwartet eine ganze Zahl von %2 bis %3, nicht &apos;%4&apos;.</translation>
    </message>
    <message>
        <source>Keep removed users&apos; history</source>
        <translation>Verlauf entfernter Benutzer aufbewahren</translation>
    </message>
    <message>
        <source>Sessions and sign-ins of a removed user are kept this long for audits, then deleted with the anonymised account.</source>
        <translation>Sitzungen und Anmeldungen eines entfernten Benutzers werden so lange für Prüfungen aufbewahrt und dann mit dem anonymisierten Konto gelöscht.</translation>
    </message>
    <message>
        <source>Notice before a planned logout</source>
        <translation>Vorlauf einer geplanten Abmeldung</translation>
    </message>
    <message>
        <source>A Log Out All Users planned for later must be at least this far ahead, so that users see the announcement in time.</source>
        <translation>Eine für später geplante Abmeldung aller Benutzer muss mindestens so weit in der Zukunft liegen, damit Benutzer die Ankündigung rechtzeitig sehen.</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>One setting; all when left out.</source>
        <translation>Eine Einstellung; ohne Angabe alle.</translation>
    </message>
    <message>
        <source>settings get takes at most one KEY.</source>
        <translation>settings get nimmt höchstens einen SCHLÜSSEL.</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;; run &apos;settings get&apos; for the list.</source>
        <translation>Es gibt keine Einstellung &apos;%1&apos;; &apos;settings get&apos; zeigt die Liste.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>BEREICH</translation>
    </message>
    <message>
        <source>MEANING</source>
        <translation>BEDEUTUNG</translation>
    </message>
    <message>
        <source>on | off</source>
        <translation>on | off</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>The setting to change.</source>
        <translation>Die zu ändernde Einstellung.</translation>
    </message>
    <message>
        <source>Its new value.</source>
        <translation>Ihr neuer Wert.</translation>
    </message>
    <message>
        <source>settings set needs a KEY and a VALUE.</source>
        <translation>settings set braucht einen SCHLÜSSEL und einen WERT.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.
</source>
        <translation>%1 ist bereits %2; nichts geändert.
</translation>
    </message>
    <message>
        <source>%1 changed from %2 to %3 (audit entry %4).
</source>
        <translation>%1 von %2 auf %3 geändert (Protokolleintrag %4).
</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Off&lt;/b&gt; (default): when a user signs out, only that session ends. Their other devices stay signed in.</source>
        <translation>&lt;b&gt;Aus&lt;/b&gt; (Standard): Meldet sich ein Benutzer ab, endet nur diese Sitzung. Seine anderen Geräte bleiben angemeldet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On&lt;/b&gt;: when a user signs out anywhere, every session of that user ends on every device at once. The store enforces this for every application that uses it.</source>
        <translation>&lt;b&gt;An&lt;/b&gt;: Meldet sich ein Benutzer irgendwo ab, enden sofort alle seine Sitzungen auf allen Geräten. Der Speicher setzt das für jede Anwendung durch, die ihn nutzt.</translation>
    </message>
    <message>
        <source>Sessions &amp; Security</source>
        <translation>Sitzungen &amp; Sicherheit</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Detection of suspicious sign-ins</source>
        <translation>Erkennung verdächtiger Anmeldungen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <source>Save these changes? They take effect at once for every user.</source>
        <translation>Diese Änderungen speichern? Sie gelten sofort für alle Benutzer.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Settings saved (audit entry %1).</source>
        <translation>Einstellungen gespeichert (Protokolleintrag %1).</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Ungespeicherte Einstellungen</translation>
    </message>
    <message>
        <source>The settings have unsaved changes. Save them before leaving?</source>
        <translation>Die Einstellungen haben ungespeicherte Änderungen. Vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>Removed users</source>
        <translation>Entfernte Benutzer</translation>
    </message>
    <message>
        <source>Planned logouts</source>
        <translation>Geplante Abmeldungen</translation>
    </message>
    <message>
        <source>The account settings do not apply to this source (%1).</source>
        <translation>Die Kontoeinstellungen gelten nicht für diese Quelle (%1).</translation>
    </message>
</context>
<context>
    <name>SignInExport</name>
    <message>
        <source>No sign-in matches this filter; nothing was exported or recorded.</source>
        <translation>Keine Anmeldung passt zu diesem Filter; nichts wurde exportiert oder protokolliert.</translation>
    </message>
    <message>
        <source>CSV to %1: %2</source>
        <translation>CSV nach %1: %2</translation>
    </message>
</context>
<context>
    <name>SignInQuery</name>
    <message>
        <source>successful ones</source>
        <translation>erfolgreiche</translation>
    </message>
    <message>
        <source>failed ones</source>
        <translation>fehlgeschlagene</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>all sign-ins</source>
        <translation>alle Anmeldungen</translation>
    </message>
</context>
<context>
    <name>SignInTableModel</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in succeeded and started a session.</source>
        <translation>Die Anmeldung gelang und begann eine Sitzung.</translation>
    </message>
    <message>
        <source>The sign-in was refused; no session started.</source>
        <translation>Die Anmeldung wurde abgewiesen; keine Sitzung begann.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netz</translation>
    </message>
</context>
<context>
    <name>SignInsCommands</name>
    <message>
        <source>Sign-ins of this user (email address).</source>
        <translation>Anmeldungen dieses Benutzers (E-Mail-Adresse).</translation>
    </message>
    <message>
        <source>success or failure.</source>
        <translation>success oder failure.</translation>
    </message>
    <message>
        <source>From this address, or from a range of them (CIDR: 10.20.0.0/16, 2001:db8::/32).</source>
        <translation>Von dieser Adresse oder aus einem Adressbereich (CIDR: 10.20.0.0/16, 2001:db8::/32).</translation>
    </message>
    <message>
        <source>From this country (two letters: DE, BR).</source>
        <translation>Aus diesem Land (zwei Buchstaben: DE, BR).</translation>
    </message>
    <message>
        <source>At most N sign-ins, newest first (default 100).</source>
        <translation>Höchstens N Anmeldungen, die neuesten zuerst (Vorgabe 100).</translation>
    </message>
    <message>
        <source>From this date or time on (local time unless it names an offset or Z).</source>
        <translation>Ab diesem Datum oder dieser Zeit (Ortszeit, sofern kein Versatz oder Z angegeben ist).</translation>
    </message>
    <message>
        <source>--result is success or failure, not &apos;%1&apos;.</source>
        <translation>--result ist success oder failure, nicht „%1“.</translation>
    </message>
    <message>
        <source>--user needs an email address.</source>
        <translation>--user braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No sign-in matches these filters.
</source>
        <translation>Keine Anmeldung passt zu diesen Filtern.
</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>IP ADDRESS</source>
        <translation>IP-ADRESSE</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>DEVICE</source>
        <translation>GERÄT</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SITZUNG</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln sign-in(s) shown.
</source>
        <translation>
            <numerusform>%1 von %Ln Anmeldung angezeigt.
</numerusform>
            <numerusform>%1 von %Ln Anmeldungen angezeigt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>With each of these words in the user agent (browser, system, device model as the application recorded them: Firefox, &quot;Chrome Windows&quot;, iPhone).</source>
        <translation>Mit jedem dieser Wörter im User-Agent (Browser, System, Gerätemodell, wie die Anwendung sie aufzeichnete: Firefox, „Chrome Windows“, iPhone).</translation>
    </message>
    <message>
        <source>--%1 needs a value; without it, leave the option out.</source>
        <translation>--%1 braucht einen Wert; ohne ihn lassen Sie die Option weg.</translation>
    </message>
    <message>
        <source>Write CSV (RFC 4180, UTF-8) to FILE.</source>
        <translation>CSV (RFC 4180, UTF-8) in DATEI schreiben.</translation>
    </message>
    <message>
        <source>Why (written to the audit trail).</source>
        <translation>Begründung (wird ins Prüfprotokoll geschrieben).</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>DATEI ersetzen, wenn sie vorhanden ist.</translation>
    </message>
    <message>
        <source>signins export needs --csv FILE.</source>
        <translation>signins export braucht --csv DATEI.</translation>
    </message>
    <message>
        <source>signins export needs --reason TEXT: the export is recorded in the audit trail.</source>
        <translation>signins export braucht --reason TEXT: der Export wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>%1 exists; nothing was exported. Give --force to replace it.</source>
        <translation>%1 ist vorhanden; nichts wurde exportiert. Geben Sie --force an, um sie zu ersetzen.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln sign-in(s) to %1 (audit entry %2).
</source>
        <translation>
            <numerusform>%Ln Anmeldung nach %1 geschrieben (Protokolleintrag %2).
</numerusform>
            <numerusform>%Ln Anmeldungen nach %1 geschrieben (Protokolleintrag %2).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Before this time, or through this date.</source>
        <translation>Vor dieser Zeit oder bis einschließlich dieses Datums.</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>NETZ</translation>
    </message>
</context>
<context>
    <name>SignInsPage</name>
    <message>
        <source>Show &amp;User</source>
        <translation>Benutzer &amp;zeigen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Succeeded and failed</source>
        <translation>Erfolgreich und fehlgeschlagen</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Open the selected sign-in&apos;s user on the Users page (Enter)</source>
        <translation>Den Benutzer der gewählten Anmeldung auf der Seite Benutzer öffnen (Eingabetaste)</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Zeit:</translation>
    </message>
    <message numerus="yes">
        <source>%1 sign-in attempt(s)</source>
        <translation>
            <numerusform>%1 Anmeldeversuch</numerusform>
            <numerusform>%1 Anmeldeversuche</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log Out User…</source>
        <translation>Benutzer &amp;abmelden …</translation>
    </message>
    <message>
        <source>&amp;Freeze…</source>
        <translation>&amp;Einfrieren …</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>No sign-in matches the filter: there is nothing to export</source>
        <translation>Keine Anmeldung passt zum Filter: es gibt nichts zu exportieren</translation>
    </message>
    <message>
        <source>Write the sign-ins the filter shows to a CSV file; the export is recorded in the audit trail</source>
        <translation>Die Anmeldungen, die der Filter zeigt, in eine CSV-Datei schreiben; der Export wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>Export sign-ins as CSV</source>
        <translation>Anmeldungen als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export sign-ins</source>
        <translation>Anmeldungen exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Export %1 sign-in attempt(s) (%2) to %3? The export is recorded in the audit trail.</source>
        <translation>
            <numerusform>%1 Anmeldeversuch (%2) nach %3 exportieren? Der Export wird im Prüfprotokoll festgehalten.</numerusform>
            <numerusform>%1 Anmeldeversuche (%2) nach %3 exportieren? Der Export wird im Prüfprotokoll festgehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 sign-in attempt(s) to %2 (audit entry %3).</source>
        <translation>
            <numerusform>%1 Anmeldeversuch nach %2 exportiert (Protokolleintrag %3).</numerusform>
            <numerusform>%1 Anmeldeversuche nach %2 exportiert (Protokolleintrag %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>No sign-in attempt matches these filters.</source>
        <translation>Kein Anmeldeversuch passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>Anmeldungen</translation>
    </message>
</context>
<context>
    <name>SourceFactory</name>
    <message>
        <source>better-auth</source>
        <translation>better-auth</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SessionDesk store in PostgreSQL</source>
        <translation>SessionDesk-Speicher in PostgreSQL</translation>
    </message>
    <message>
        <source>better-auth admin API</source>
        <translation>Admin-API von better-auth</translation>
    </message>
    <message>
        <source>better-auth tables in PostgreSQL</source>
        <translation>better-auth-Tabellen in PostgreSQL</translation>
    </message>
    <message>
        <source>express-session with connect-pg-simple in PostgreSQL</source>
        <translation>express-session mit connect-pg-simple in PostgreSQL</translation>
    </message>
    <message>
        <source>Spring Session JDBC in PostgreSQL</source>
        <translation>Spring Session JDBC in PostgreSQL</translation>
    </message>
    <message>
        <source>Keycloak Admin API</source>
        <translation>Admin-API von Keycloak</translation>
    </message>
    <message>
        <source>Keycloak</source>
        <translation>Keycloak</translation>
    </message>
    <message>
        <source>Django sessions in PostgreSQL</source>
        <translation>Django-Sitzungen in PostgreSQL</translation>
    </message>
    <message>
        <source>Django sessions in an SQLite file</source>
        <translation>Django-Sitzungen in einer SQLite-Datei</translation>
    </message>
    <message>
        <source>Django</source>
        <translation>Django</translation>
    </message>
    <message>
        <source>Auth.js database sessions in PostgreSQL (@auth/pg-adapter)</source>
        <translation>Auth.js-Datenbanksitzungen in PostgreSQL (@auth/pg-adapter)</translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Preparing a query</source>
        <translation>Das Vorbereiten einer Abfrage</translation>
    </message>
    <message>
        <source>Running a query</source>
        <translation>Das Ausführen einer Abfrage</translation>
    </message>
    <message>
        <source>The store is locked by another program. Try again when it has finished.</source>
        <translation>Der Speicher ist von einem anderen Programm gesperrt. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The store cannot be written: the file or its folder is read-only.</source>
        <translation>In den Speicher kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>The store file is damaged or is not a database. SessionDesk does not repair stores; restore it from a backup.</source>
        <translation>Die Speicherdatei ist beschädigt oder keine Datenbank. SessionDesk repariert keine Speicher; stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Writing demo data</source>
        <translation>Das Schreiben der Demodaten</translation>
    </message>
    <message>
        <source>The store connection is not SQLite.</source>
        <translation>Die Verbindung zum Speicher ist keine SQLite-Verbindung.</translation>
    </message>
    <message>
        <source>Preparing demo data</source>
        <translation>Das Vorbereiten der Demodaten</translation>
    </message>
    <message>
        <source>Another session held what this needed, so nothing was changed. Try again.</source>
        <translation>Eine andere Sitzung hielt, was dafür nötig war; nichts wurde geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 took longer than the server allows (statement timeout), so nothing was changed.</source>
        <translation>%1 dauerte länger, als der Server erlaubt (statement timeout); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The store connection is not PostgreSQL.</source>
        <translation>Die Verbindung zum Speicher ist keine PostgreSQL-Verbindung.</translation>
    </message>
    <message>
        <source>%1 failed: the disk holding the store is full, so nothing was changed. Free some space and try again.</source>
        <translation>%1 ist fehlgeschlagen: Der Datenträger des Speichers ist voll, daher wurde nichts geändert. Geben Sie Platz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 failed, so nothing was changed: %2</source>
        <translation>%1 ist fehlgeschlagen, daher wurde nichts geändert: %2</translation>
    </message>
    <message>
        <source>%1 failed: the change breaks one of the store&apos;s rules, so nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: Die Änderung verletzt eine Regel des Speichers, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed.</source>
        <translation>%1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed with SQLite&apos;s error %2.</source>
        <translation>%1 ist mit dem SQLite-Fehler %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The database does not allow this to your login (no permission for %1).</source>
        <translation>Die Datenbank erlaubt das Ihrer Anmeldung nicht (keine Berechtigung für %1).</translation>
    </message>
    <message>
        <source>The database does not allow this to your login.</source>
        <translation>Die Datenbank erlaubt das Ihrer Anmeldung nicht.</translation>
    </message>
    <message>
        <source>%1 failed: what it names is not in the store.</source>
        <translation>%1 ist fehlgeschlagen: Was es nennt, ist nicht im Speicher.</translation>
    </message>
    <message>
        <source>%1 failed: the database refused a value as invalid, so nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: Die Datenbank hat einen Wert als ungültig abgelehnt, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed: the store already holds a record with the same key, so nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: Der Speicher enthält bereits einen Datensatz mit demselben Schlüssel, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed: the store is not in the state this needs, so nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: Der Speicher ist nicht in dem Zustand, den dies braucht, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost, so nothing was changed.</source>
        <translation>Die Verbindung zum PostgreSQL-Server ging verloren; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 failed: the database server accepts no changes now (a read-only server or transaction), so nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: Der Datenbankserver nimmt gerade keine Änderungen an (ein schreibgeschützter Server oder eine schreibgeschützte Transaktion), daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed: the disk of the database server is full, so nothing was changed.</source>
        <translation>%1 ist fehlgeschlagen: Der Datenträger des Datenbankservers ist voll, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed: the database server is out of memory or connections, so nothing was changed. Try again later.</source>
        <translation>%1 ist fehlgeschlagen: Dem Datenbankserver fehlen Speicher oder Verbindungen, daher wurde nichts geändert. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 failed: the database lacks a table, column or function SessionDesk needs; is it a SessionDesk store of this version?</source>
        <translation>%1 ist fehlgeschlagen: Der Datenbank fehlt eine Tabelle, Spalte oder Funktion, die SessionDesk braucht; ist es ein SessionDesk-Speicher dieser Version?</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the login: a wrong password, or a login that may not connect to this database.</source>
        <translation>Der PostgreSQL-Server hat die Anmeldung abgelehnt: ein falsches Passwort oder eine Anmeldung, die sich nicht mit dieser Datenbank verbinden darf.</translation>
    </message>
    <message>
        <source>%1 failed with the database&apos;s error %2, so nothing was changed.</source>
        <translation>%1 ist mit dem Datenbankfehler %2 fehlgeschlagen, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 failed in a trigger or function of the database, so nothing was changed: %2</source>
        <translation>%1 ist in einem Trigger oder einer Funktion der Datenbank fehlgeschlagen, daher wurde nichts geändert: %2</translation>
    </message>
</context>
<context>
    <name>SqlFlags</name>
    <message>
        <source>Frozen automatically after a high-severity flag.</source>
        <translation>Nach einer Markierung hoher Schwere automatisch eingefroren.</translation>
    </message>
    <message>
        <source>There is no flag %1.</source>
        <translation>Es gibt keine Markierung %1.</translation>
    </message>
    <message>
        <source>Flag %1 is already %2.</source>
        <translation>Markierung %1 ist bereits %2.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Den Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The account is %1, not active; only active accounts can be frozen.</source>
        <translation>Das Konto ist %1, nicht aktiv; nur aktive Konten lassen sich einfrieren.</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>Das Konto ist nicht eingefroren.</translation>
    </message>
</context>
<context>
    <name>SqlPlannedLogouts</name>
    <message numerus="yes">
        <source>A planned logout must be at least %Ln minute(s) ahead, at %1 or later, so that users see the announcement in time.</source>
        <translation>
            <numerusform>Eine geplante Abmeldung muss mindestens %Ln Minute im Voraus liegen, um %1 oder später, damit Benutzer die Ankündigung rechtzeitig sehen.</numerusform>
            <numerusform>Eine geplante Abmeldung muss mindestens %Ln Minuten im Voraus liegen, um %1 oder später, damit Benutzer die Ankündigung rechtzeitig sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A planned logout needs a message for users: it is shown until the logout runs.</source>
        <translation>Eine geplante Abmeldung braucht eine Nachricht für Benutzer: Sie wird gezeigt, bis die Abmeldung läuft.</translation>
    </message>
    <message>
        <source>Cancelled by %1: %2</source>
        <translation>Abgesagt von %1: %2</translation>
    </message>
    <message>
        <source>There is no planned logout %1.</source>
        <translation>Es gibt keine geplante Abmeldung %1.</translation>
    </message>
    <message>
        <source>Planned logout %1 is %2, not pending; nothing changed.</source>
        <translation>Die geplante Abmeldung %1 ist %2, nicht ausstehend; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Planned logout %1 is no longer pending; nothing changed.</source>
        <translation>Die geplante Abmeldung %1 steht nicht mehr aus; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Planned logout %1 is already pending at %2, within %Ln minute(s) of this one; cancel it first or choose another time. Nothing was planned.</source>
        <translation>
            <numerusform>Die geplante Abmeldung %1 steht schon für %2 an, weniger als %Ln Minute von dieser entfernt; brechen Sie sie zuerst ab oder wählen Sie eine andere Zeit. Nichts wurde geplant.</numerusform>
            <numerusform>Die geplante Abmeldung %1 steht schon für %2 an, weniger als %Ln Minuten von dieser entfernt; brechen Sie sie zuerst ab oder wählen Sie eine andere Zeit. Nichts wurde geplant.</numerusform>
        </translation>
    </message>
    <message>
        <source>A planned logout logs out all users; sessions matching a filter are ended now or not at all.</source>
        <translation>Eine geplante Abmeldung meldet alle Benutzer ab; Sitzungen, die auf einen Filter passen, werden jetzt oder gar nicht beendet.</translation>
    </message>
</context>
<context>
    <name>SqlReads</name>
    <message>
        <source>Reading users failed. %1</source>
        <translation>Das Lesen der Benutzer ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Reading sessions failed. %1</source>
        <translation>Das Lesen der Sitzungen ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Reading sign-ins failed. %1</source>
        <translation>Das Lesen der Anmeldungen schlug fehl. %1</translation>
    </message>
</context>
<context>
    <name>SqlSessionSource</name>
    <message>
        <source>Opening the store</source>
        <translation>Das Öffnen des Speichers</translation>
    </message>
    <message>
        <source>A reason is required to log a user out.</source>
        <translation>Zum Abmelden eines Benutzers ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>A reason is required to end a session.</source>
        <translation>Zum Beenden einer Sitzung ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>A reason is required to change settings.</source>
        <translation>Zum Ändern von Einstellungen ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>A reason is required to log out all users.</source>
        <translation>Zum Abmelden aller Benutzer ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>A note is required to resolve a flag.</source>
        <translation>Zum Erledigen einer Markierung ist eine Notiz nötig.</translation>
    </message>
    <message>
        <source>A note is required to dismiss a flag.</source>
        <translation>Zum Verwerfen einer Markierung ist eine Notiz nötig.</translation>
    </message>
    <message>
        <source>A flag is closed as resolved or dismissed.</source>
        <translation>Eine Markierung wird als erledigt oder verworfen geschlossen.</translation>
    </message>
    <message>
        <source>A reason is required to freeze an account.</source>
        <translation>Zum Einfrieren eines Kontos ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>A reason is required to unfreeze an account.</source>
        <translation>Zum Auftauen eines Kontos ist eine Begründung nötig.</translation>
    </message>
    <message>
        <source>Give a reason for changing the operators: it is written to the audit trail.</source>
        <translation>Geben Sie einen Grund für die Änderung der Bediener an: Er wird ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <source>Give a reason for the export: it is written to the audit trail.</source>
        <translation>Geben Sie einen Grund für den Export an: Er wird ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <source>A reason is required to add a user.</source>
        <translation>Zum Hinzufügen eines Benutzers ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>A reason is required to deactivate a user.</source>
        <translation>Zum Deaktivieren eines Benutzers ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>A reason is required to reactivate a user.</source>
        <translation>Zum Wiederaktivieren eines Benutzers ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>A reason is required to remove a user.</source>
        <translation>Zum Entfernen eines Benutzers ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>A reason is required to change a user&apos;s role.</source>
        <translation>Zum Ändern der Rolle eines Benutzers ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>A reason is required to plan a logout of all users.</source>
        <translation>Zum Planen einer Abmeldung aller Benutzer ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>A reason is required to cancel a planned logout.</source>
        <translation>Zum Absagen einer geplanten Abmeldung ist ein Grund nötig.</translation>
    </message>
    <message>
        <source>The connection to the PostgreSQL server was lost; retrying.</source>
        <translation>Die Verbindung zum PostgreSQL-Server ist verloren; neuer Versuch folgt.</translation>
    </message>
    <message>
        <source>Listening for changes</source>
        <translation>Das Warten auf Änderungen</translation>
    </message>
    <message>
        <source>A SessionDesk store records each session&apos;s place itself; the networks that own addresses are named for the sources whose places SessionDesk finds from the addresses.</source>
        <translation>Ein SessionDesk-Speicher speichert den Ort jeder Sitzung selbst; die Netze der Adressen werden für die Quellen genannt, deren Orte SessionDesk aus den Adressen ermittelt.</translation>
    </message>
</context>
<context>
    <name>SqlTeam</name>
    <message>
        <source>The user no longer exists.</source>
        <translation>Den Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>A name is required for a new user.</source>
        <translation>Ein neuer Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; already has an account; nothing was added.</source>
        <translation>%1 &lt;%2&gt; hat bereits ein Konto; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 is already deactivated; nothing changed.</source>
        <translation>%1 ist bereits deaktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is %2, not deactivated; nothing changed.</source>
        <translation>%1 ist %2, nicht deaktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is %2: only deactivated users can be removed. Deactivate the account first.</source>
        <translation>%1 ist %2: Nur deaktivierte Benutzer können entfernt werden. Deaktivieren Sie das Konto zuerst.</translation>
    </message>
    <message>
        <source>A role is required.</source>
        <translation>Eine Rolle ist nötig.</translation>
    </message>
    <message>
        <source>%1 already has the role %2; nothing changed.</source>
        <translation>%1 hat bereits die Rolle %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is frozen: unfreeze the account first, then deactivate it; nothing changed.</source>
        <translation>%1 ist eingefroren: Tauen Sie das Konto zuerst auf und deaktivieren Sie es dann; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is frozen: only deactivated users can be removed. Unfreeze the account, then deactivate it.</source>
        <translation>%1 ist eingefroren: Nur deaktivierte Benutzer können entfernt werden. Tauen Sie das Konto auf und deaktivieren Sie es dann.</translation>
    </message>
</context>
<context>
    <name>SqlTransaction</name>
    <message>
        <source>The store is locked by another program; SessionDesk waited %1 s for it. Nothing was changed. Try again when the other program has finished.</source>
        <translation>Der Speicher ist von einem anderen Programm gesperrt; SessionDesk hat %1 s gewartet. Es wurde nichts geändert. Versuchen Sie es erneut, wenn das andere Programm fertig ist.</translation>
    </message>
</context>
<context>
    <name>SqliteLogouts</name>
    <message>
        <source>Ending matching sessions needs a filter; without one it is a logout of all users.</source>
        <translation>Passende Sitzungen zu beenden braucht einen Filter; ohne ihn ist es eine Abmeldung aller Benutzer.</translation>
    </message>
</context>
<context>
    <name>SqliteStoreBackend</name>
    <message>
        <source>%1 is the last administrator of this store; make another operator administrator first.</source>
        <translation>%1 ist der letzte Administrator dieses Speichers; machen Sie zuerst einen anderen Bediener zum Administrator.</translation>
    </message>
    <message>
        <source>SQLite store %1</source>
        <translation>SQLite-Speicher %1</translation>
    </message>
    <message>
        <source>A SQLite store is upgraded when it is opened.</source>
        <translation>Ein SQLite-Speicher wird beim Öffnen aktualisiert.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>Ended %Ln session(s); users affected: %1.</source>
        <translation>
            <numerusform>%Ln Sitzung beendet; betroffene Benutzer: %1.</numerusform>
            <numerusform>%Ln Sitzungen beendet; betroffene Benutzer: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user was chosen.</source>
        <translation>Es wurde kein Benutzer gewählt.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Den Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>Session %1 has already ended (%2).</source>
        <translation>Sitzung %1 ist bereits beendet (%2).</translation>
    </message>
    <message>
        <source>No setting was changed.</source>
        <translation>Keine Einstellung wurde geändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OS account name.</source>
        <translation>„%1“ ist kein Name eines Betriebssystemkontos.</translation>
    </message>
    <message>
        <source>This computer has no account %1; operators of a SQLite store are the accounts that sign in to the computer.</source>
        <translation>Dieser Computer hat kein Konto %1; Bediener eines SQLite-Speichers sind die Konten, die sich an diesem Computer anmelden.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 ist bereits %2; nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is not an operator of this store.</source>
        <translation>%1 ist kein Bediener dieses Speichers.</translation>
    </message>
</context>
<context>
    <name>SqliteStoreFile</name>
    <message>
        <source>Opening the store</source>
        <translation>Das Öffnen des Speichers</translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation>Unter %1 gibt es keinen Speicher.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a store file.</source>
        <translation>%1 ist ein Ordner, keine Speicherdatei.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a SessionDesk store; nothing was written to it. Remove it, or name a file that does not exist to create a new store there.</source>
        <translation>%1 ist eine leere Datei, kein SessionDesk-Speicher; nichts wurde hineingeschrieben. Entfernen Sie sie, oder nennen Sie eine Datei, die es nicht gibt, um dort einen neuen Speicher anzulegen.</translation>
    </message>
    <message>
        <source>The store %1 is read-only. SessionDesk records every action in the store itself, so it opens only stores it can write to.</source>
        <translation>Der Speicher %1 ist schreibgeschützt. SessionDesk protokolliert jede Aktion im Speicher selbst und öffnet deshalb nur Speicher, in die es schreiben kann.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>StoreBackend</name>
    <message>
        <source>A SessionDesk store keeps an account frozen until it is unfrozen.</source>
        <translation>Ein SessionDesk-Speicher hält ein Konto eingefroren, bis es aufgetaut wird.</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>&apos;store migrate&apos; works on SessionDesk stores only; an application migrates its own tables.</source>
        <translation>&apos;store migrate&apos; gilt nur für SessionDesk-Speicher; eine Anwendung migriert ihre eigenen Tabellen.</translation>
    </message>
    <message>
        <source>The SQLite store %1 is at schema version %2.
</source>
        <translation>Der SQLite-Speicher %1 hat die Schemaversion %2.
</translation>
    </message>
    <message>
        <source>The PostgreSQL store %1 is at schema version %2 already; nothing to do.
</source>
        <translation>Der PostgreSQL-Speicher %1 hat bereits die Schemaversion %2; nichts zu tun.
</translation>
    </message>
    <message>
        <source>Upgraded the PostgreSQL store %1 from schema version %2 to %3.
</source>
        <translation>PostgreSQL-Speicher %1 von Schemaversion %2 auf %3 aktualisiert.
</translation>
    </message>
</context>
<context>
    <name>StoreMigrator</name>
    <message>
        <source>The store is empty: it holds no SessionDesk data.</source>
        <translation>Der Speicher ist leer: Er enthält keine SessionDesk-Daten.</translation>
    </message>
    <message>
        <source>This database is not a SessionDesk store (it has no sessiondesk_schema table). SessionDesk leaves it untouched.</source>
        <translation>Diese Datenbank ist kein SessionDesk-Speicher (ihr fehlt die Tabelle sessiondesk_schema). SessionDesk lässt sie unverändert.</translation>
    </message>
    <message>
        <source>This store has schema version %1, but this SessionDesk knows versions up to %2. Use a newer SessionDesk; the store was left untouched.</source>
        <translation>Dieser Speicher hat die Schemaversion %1, dieses SessionDesk kennt Versionen bis %2. Verwenden Sie ein neueres SessionDesk; der Speicher blieb unverändert.</translation>
    </message>
    <message>
        <source>Migration %1 is missing.</source>
        <translation>Die Migration %1 fehlt.</translation>
    </message>
    <message>
        <source>Upgrading the store to schema version %1 failed; it was left at version %2. %3</source>
        <translation>Die Aktualisierung des Speichers auf Schemaversion %1 ist fehlgeschlagen; er blieb auf Version %2. %3</translation>
    </message>
</context>
<context>
    <name>StoreRefusals</name>
    <message>
        <source>A planned logout needs a message for users: it is shown until the logout runs.</source>
        <translation>Eine geplante Abmeldung braucht eine Nachricht für die Benutzer: Sie wird bis zur Abmeldung angezeigt.</translation>
    </message>
    <message>
        <source>Only administrators and support run detection; auditors look.</source>
        <translation>Nur Administratoren und Support führen die Erkennung aus; Prüfer sehen zu.</translation>
    </message>
    <message>
        <source>Only operators of this store can export its audit trail.</source>
        <translation>Nur Bediener dieses Speichers können sein Prüfprotokoll exportieren.</translation>
    </message>
    <message>
        <source>A reason is required: it is written to the audit trail.</source>
        <translation>Ein Grund ist nötig: Er wird ins Prüfprotokoll geschrieben.</translation>
    </message>
    <message>
        <source>Only operators of this store keep its sessions current.</source>
        <translation>Nur Bediener dieses Speichers halten seine Sitzungen aktuell.</translation>
    </message>
    <message>
        <source>Only operators of this store keep its figures current.</source>
        <translation>Nur Bediener dieses Speichers halten seine Kennzahlen aktuell.</translation>
    </message>
    <message>
        <source>An empty role cannot be spared; nothing was ended.</source>
        <translation>Eine leere Rolle kann nicht verschont werden; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>Only operators of this store run planned logouts.</source>
        <translation>Nur Bediener dieses Speichers führen geplante Abmeldungen aus.</translation>
    </message>
    <message>
        <source>audit entries are appended with their hash chain</source>
        <translation>Prüfeinträge werden mit ihrer Hash-Kette angehängt</translation>
    </message>
    <message>
        <source>Only operators of this store run its detection.</source>
        <translation>Nur Bediener dieses Speichers führen seine Erkennung aus.</translation>
    </message>
    <message>
        <source>Only administrators can change the operators.</source>
        <translation>Nur Administratoren können die Bediener ändern.</translation>
    </message>
    <message>
        <source>Only administrators can log out all users.</source>
        <translation>Nur Administratoren können alle Benutzer abmelden.</translation>
    </message>
    <message>
        <source>Only administrators can change settings.</source>
        <translation>Nur Administratoren können Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Only administrators can manage users.</source>
        <translation>Nur Administratoren können Benutzer verwalten.</translation>
    </message>
    <message>
        <source>A note is required to close a flag.</source>
        <translation>Zum Schließen einer Markierung ist eine Notiz nötig.</translation>
    </message>
    <message>
        <source>A name is required for a new user.</source>
        <translation>Ein neuer Benutzer braucht einen Namen.</translation>
    </message>
    <message>
        <source>Auditors have read-only access.</source>
        <translation>Prüfer haben nur Lesezugriff.</translation>
    </message>
    <message>
        <source>audit entries cannot be changed</source>
        <translation>Prüfeinträge können nicht geändert werden</translation>
    </message>
    <message>
        <source>audit entries cannot be removed</source>
        <translation>Prüfeinträge können nicht entfernt werden</translation>
    </message>
    <message>
        <source>The account is not frozen.</source>
        <translation>Das Konto ist nicht eingefroren.</translation>
    </message>
    <message>
        <source>The user no longer exists.</source>
        <translation>Den Benutzer gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>A role is required.</source>
        <translation>Eine Rolle ist nötig.</translation>
    </message>
    <message>
        <source>A planned logout must be at least %1 minutes ahead, so that users see the announcement in time.</source>
        <translation>Eine geplante Abmeldung muss mindestens %1 Minuten in der Zukunft liegen, damit Benutzer die Ankündigung rechtzeitig sehen.</translation>
    </message>
    <message>
        <source>%1 is the last administrator of this store; make another operator administrator first.</source>
        <translation>%1 ist der letzte Administrator dieses Speichers; machen Sie zuerst einen anderen Bediener zum Administrator.</translation>
    </message>
    <message>
        <source>The account is %1, not active; only active accounts can be frozen.</source>
        <translation>Das Konto ist %1, nicht aktiv; nur aktive Konten können eingefroren werden.</translation>
    </message>
    <message>
        <source>No user has the role %1, so it spares nobody; nothing was ended.</source>
        <translation>Kein Benutzer hat die Rolle %1, sie verschont also niemanden; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>There is no user %1 to keep signed in; nothing was ended.</source>
        <translation>Es gibt keinen Benutzer %1, der angemeldet bleiben könnte; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>A role is administrator, support or auditor, not %1.</source>
        <translation>Eine Rolle ist administrator, support oder auditor, nicht %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address (name@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.com).</translation>
    </message>
    <message>
        <source>%1 is already deactivated; nothing changed.</source>
        <translation>%1 ist bereits deaktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is not a login of this database server.</source>
        <translation>%1 ist keine Anmeldung dieses Datenbankservers.</translation>
    </message>
    <message>
        <source>A flag is resolved or dismissed, not %1.</source>
        <translation>Eine Markierung wird erledigt oder verworfen, nicht %1.</translation>
    </message>
    <message>
        <source>%1 is not an operator of this store.</source>
        <translation>%1 ist kein Bediener dieses Speichers.</translation>
    </message>
    <message>
        <source>There is no planned logout %1.</source>
        <translation>Es gibt keine geplante Abmeldung %1.</translation>
    </message>
    <message>
        <source>Session %1 has already ended.</source>
        <translation>Sitzung %1 ist bereits beendet.</translation>
    </message>
    <message>
        <source>There is no setting &apos;%1&apos;.</source>
        <translation>Es gibt keine Einstellung „%1“.</translation>
    </message>
    <message>
        <source>The flag is %1 already.</source>
        <translation>Die Markierung ist bereits %1.</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>There is no flag %1.</source>
        <translation>Es gibt keine Markierung %1.</translation>
    </message>
    <message>
        <source>%1 is %2: only deactivated users can be removed. Deactivate the account first.</source>
        <translation>%1 ist %2: Nur deaktivierte Benutzer können entfernt werden. Deaktivieren Sie das Konto zuerst.</translation>
    </message>
    <message>
        <source>Planned logout %1 is due at %2, not yet; nothing changed.</source>
        <translation>Die geplante Abmeldung %1 ist erst um %2 fällig, noch nicht; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Planned logout %1 is %2, not pending; nothing changed.</source>
        <translation>Die geplante Abmeldung %1 ist %2, nicht ausstehend; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; already has an account; nothing was added.</source>
        <translation>%1 &lt;%2&gt; hat bereits ein Konto; nichts wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 already has the role %2; nothing changed.</source>
        <translation>%1 hat bereits die Rolle %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is %2, not deactivated; nothing changed.</source>
        <translation>%1 ist %2, nicht deaktiviert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is already %2; nothing changed.</source>
        <translation>%1 ist bereits %2; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Planned logout %1 is already pending at %2, within %3 minutes of this one; cancel it first or choose another time. Nothing was planned.</source>
        <translation>Die geplante Abmeldung %1 steht schon für %2 an, weniger als %3 Minuten von dieser entfernt; brechen Sie sie zuerst ab oder wählen Sie eine andere Zeit. Nichts wurde geplant.</translation>
    </message>
    <message>
        <source>A frozen account is unfrozen before it is deactivated.</source>
        <translation>Ein eingefrorenes Konto wird aufgetaut, bevor es deaktiviert wird.</translation>
    </message>
    <message>
        <source>%1 is frozen: unfreeze the account first, then deactivate it; nothing changed.</source>
        <translation>%1 ist eingefroren: Tauen Sie das Konto zuerst auf und deaktivieren Sie es dann; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is frozen: only deactivated users can be removed. Unfreeze the account, then deactivate it.</source>
        <translation>%1 ist eingefroren: Nur deaktivierte Benutzer können entfernt werden. Tauen Sie das Konto auf und deaktivieren Sie es dann.</translation>
    </message>
    <message>
        <source>Only administrators can end the sessions of many users at once.</source>
        <translation>Nur Administratoren können die Sitzungen vieler Benutzer auf einmal beenden.</translation>
    </message>
    <message>
        <source>Ending matching sessions needs a filter; without one it is a logout of all users.</source>
        <translation>Passende Sitzungen zu beenden braucht einen Filter; ohne ihn ist es eine Abmeldung aller Benutzer.</translation>
    </message>
    <message>
        <source>No active session matches the filter; nothing was ended.</source>
        <translation>Keine aktive Sitzung passt auf den Filter; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>No active session matches the filter but those of the users and roles spared; nothing was ended.</source>
        <translation>Auf den Filter passen nur aktive Sitzungen der verschonten Benutzer und Rollen; nichts wurde beendet.</translation>
    </message>
    <message>
        <source>Only operators of this store can export its sign-ins.</source>
        <translation>Nur Bediener dieses Speichers können seine Anmeldungen exportieren.</translation>
    </message>
</context>
<context>
    <name>TablesSessionSource</name>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>The database %1 has no table %2: is it the database of the %3 application, and the search path the one it uses?</source>
        <translation>Die Datenbank %1 hat keine Tabelle %2: Ist es die Datenbank der %3-Anwendung, und ist der Suchpfad der, den sie verwendet?</translation>
    </message>
    <message>
        <source>The login %1 may not read the table %2.</source>
        <translation>Das Login %1 darf die Tabelle %2 nicht lesen.</translation>
    </message>
    <message>
        <source>Not connected to %1 yet.</source>
        <translation>Noch nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>The login %1 may read the table %2 but not delete from it, so it can only look; the database&apos;s owner can GRANT DELETE.</source>
        <translation>Das Login %1 darf die Tabelle %2 lesen, aber nicht daraus löschen, und kann daher nur ansehen; der Eigentümer der Datenbank kann GRANT DELETE erteilen.</translation>
    </message>
    <message>
        <source>%1 keeps sessions only, no accounts to freeze; freeze the user in the application.</source>
        <translation>%1 speichert nur Sitzungen, keine Konten zum Sperren; sperren Sie den Benutzer in der Anwendung.</translation>
    </message>
    <message>
        <source>The login %1 may not update better-auth&apos;s &quot;user&quot; table.</source>
        <translation>Das Login %1 darf die Tabelle &quot;user&quot; von better-auth nicht ändern.</translation>
    </message>
    <message>
        <source>%1 has no global-logout setting: a user&apos;s sign-out ends that session only.</source>
        <translation>%1 hat keine Einstellung für globales Abmelden: Die Abmeldung eines Benutzers beendet nur diese Sitzung.</translation>
    </message>
    <message>
        <source>Flags are found in %1&apos;s sessions each time they are shown; they cannot be resolved or dismissed here. Log the user out instead.</source>
        <translation>Markierungen werden bei jeder Anzeige in den Sitzungen von %1 ermittelt; sie können hier nicht erledigt oder verworfen werden. Melden Sie den Benutzer stattdessen ab.</translation>
    </message>
    <message>
        <source>Who may act is what the database grants the login on %1.</source>
        <translation>Wer handeln darf, bestimmen die Rechte, die die Datenbank dem Login auf %1 gewährt.</translation>
    </message>
    <message>
        <source>%1&apos;s users are added and removed by its application.</source>
        <translation>Die Benutzer von %1 werden von ihrer Anwendung angelegt und entfernt.</translation>
    </message>
    <message>
        <source>This source cannot revoke issued access tokens: deleting a session&apos;s row ends that session, but tokens the application issued from it stay valid until they expire.</source>
        <translation>Diese Quelle kann ausgestellte Zugriffstoken nicht widerrufen: Das Löschen der Zeile einer Sitzung beendet diese Sitzung, aber Token, die die Anwendung daraus ausgestellt hat, bleiben bis zu ihrem Ablauf gültig.</translation>
    </message>
    <message>
        <source>A logout of all users at a later time needs a SessionDesk store to keep the plan and announce it.</source>
        <translation>Eine spätere Abmeldung aller Benutzer braucht einen SessionDesk-Speicher, der den Plan aufbewahrt und ankündigt.</translation>
    </message>
    <message>
        <source>%1 does not report changes; press Refresh (F5) to read them again.</source>
        <translation>%1 meldet keine Änderungen; drücken Sie Aktualisieren (F5), um sie neu zu lesen.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Es gibt keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>The session %1 has already ended or expired.</source>
        <translation>Die Sitzung %1 ist bereits beendet oder abgelaufen.</translation>
    </message>
    <message>
        <source>%1 records no address or device for its sessions, so no rule can find anything in them.</source>
        <translation>%1 speichert für seine Sitzungen weder Adresse noch Gerät, daher kann keine Regel darin etwas finden.</translation>
    </message>
    <message>
        <source>%1 at %2:%3</source>
        <translation>%1 auf %2:%3</translation>
    </message>
    <message>
        <source>%1 sessions in %2 (user at %3)</source>
        <translation>%1-Sitzungen in %2 (Benutzer unter %3)</translation>
    </message>
    <message>
        <source>%1 records no address or user agent for its sessions.</source>
        <translation>%1 speichert für seine Sitzungen weder Adresse noch User-Agent.</translation>
    </message>
    <message>
        <source>%1 keeps no roles for its users.</source>
        <translation>%1 führt keine Rollen für seine Benutzer.</translation>
    </message>
    <message>
        <source>A freeze must end in the future.</source>
        <translation>Das Einfrieren muss in der Zukunft enden.</translation>
    </message>
    <message>
        <source>%1 records sessions, not each sign-in attempt: there is no sign-in history to show.</source>
        <translation>%1 speichert Sitzungen, nicht jeden Anmeldeversuch: Es gibt keinen Anmeldeverlauf anzuzeigen.</translation>
    </message>
    <message>
        <source>%1 records no start for its sessions: filter by their last activity instead.</source>
        <translation>%1 verzeichnet keinen Beginn seiner Sitzungen: Filtern Sie stattdessen nach der letzten Aktivität.</translation>
    </message>
    <message>
        <source>Deleting a session&apos;s row ends that database session. Sessions of Auth.js&apos;s JWT strategy live only in the browser&apos;s cookie: they cannot be ended anywhere, here or by Auth.js, and last until they expire.</source>
        <translation>Das Löschen der Zeile einer Sitzung beendet diese Datenbanksitzung. Sitzungen der JWT-Strategie von Auth.js stehen nur im Cookie des Browsers: Sie lassen sich nirgends beenden, weder hier noch von Auth.js, und gelten, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>%1 records no start for its sessions.</source>
        <translation>%1 verzeichnet keinen Beginn seiner Sitzungen.</translation>
    </message>
    <message>
        <source>%1 records no session&apos;s last use (it only moves the expiry on).</source>
        <translation>%1 verzeichnet nicht, wann eine Sitzung zuletzt benutzt wurde (es verschiebt nur ihren Ablauf).</translation>
    </message>
    <message>
        <source>%1 keeps no account status to freeze: block the user in the application (for Auth.js, in its signIn callback), then log them out here.</source>
        <translation>%1 führt keinen Kontostatus, der sich einfrieren ließe: Sperren Sie den Benutzer in der Anwendung (bei Auth.js im signIn-Callback) und melden Sie ihn dann hier ab.</translation>
    </message>
    <message>
        <source>There is no session %1: it has ended, or never existed.</source>
        <translation>Die Sitzung %1 gibt es nicht: Sie wurde beendet oder hat nie bestanden.</translation>
    </message>
</context>
<context>
    <name>TeamActions</name>
    <message>
        <source>Add a user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Give each person their own account: shared accounts cannot be audited and cannot be ended for one person only.</source>
        <translation>Geben Sie jeder Person ein eigenes Konto: Geteilte Konten lassen sich nicht prüfen und nicht für eine einzelne Person beenden.</translation>
    </message>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <source>Replaces a shared account</source>
        <translation>Ersetzt ein geteiltes Konto</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Externe Kraft</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>Added %1 (audit entry %2).</source>
        <translation>%1 hinzugefügt (Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Rolle von %1 ändern</translation>
    </message>
    <message>
        <source>The role is the application&apos;s own: it decides what %1 may do there. It does not change what they may do in SessionDesk.</source>
        <translation>Die Rolle gehört der Anwendung: Sie bestimmt, was %1 dort darf. Was jemand in SessionDesk darf, ändert sie nicht.</translation>
    </message>
    <message>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <source>%1 now has the role %2 (audit entry %3).</source>
        <translation>%1 hat jetzt die Rolle %2 (Protokolleintrag %3).</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %1 &lt;%2&gt;? Their %Ln active session(s) end, access tokens issued before now are rejected, and they cannot sign in until reactivated.</source>
        <translation>
            <numerusform>%1 &lt;%2&gt; deaktivieren? Die %Ln aktive Sitzung endet, vorher ausgestellte Zugriffstoken werden abgelehnt, und eine Anmeldung ist erst nach dem Wiederaktivieren möglich.</numerusform>
            <numerusform>%1 &lt;%2&gt; deaktivieren? Die %Ln aktiven Sitzungen enden, vorher ausgestellte Zugriffstoken werden abgelehnt, und eine Anmeldung ist erst nach dem Wiederaktivieren möglich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Left the organisation</source>
        <translation>Hat die Organisation verlassen</translation>
    </message>
    <message>
        <source>Extended leave</source>
        <translation>Längere Abwesenheit</translation>
    </message>
    <message>
        <source>Account no longer needed</source>
        <translation>Konto wird nicht mehr gebraucht</translation>
    </message>
    <message>
        <source>Termination or suspension</source>
        <translation>Kündigung oder Suspendierung</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1: %Ln session(s) ended (audit entry %2).</source>
        <translation>
            <numerusform>%1 deaktiviert: %Ln Sitzung beendet (Protokolleintrag %2).</numerusform>
            <numerusform>%1 deaktiviert: %Ln Sitzungen beendet (Protokolleintrag %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 wieder aktivieren</translation>
    </message>
    <message>
        <source>%1 may sign in again. Their ended sessions stay ended.</source>
        <translation>%1 kann sich wieder anmelden. Beendete Sitzungen bleiben beendet.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Wieder aktivieren</translation>
    </message>
    <message>
        <source>Returned to the organisation</source>
        <translation>Zurück in der Organisation</translation>
    </message>
    <message>
        <source>Deactivated by mistake</source>
        <translation>Versehentlich deaktiviert</translation>
    </message>
    <message>
        <source>Reactivated %1 (audit entry %2).</source>
        <translation>%1 wieder aktiviert (Protokolleintrag %2).</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 &lt;%2&gt; from the list of users? If they have sessions, sign-ins or flags on record, the account is anonymised and that history is kept for the period set under Settings, then deleted.</source>
        <translation>%1 &lt;%2&gt; aus der Benutzerliste entfernen? Gibt es Sitzungen, Anmeldungen oder Markierungen, wird das Konto anonymisiert und dieser Verlauf für den in den Einstellungen festgelegten Zeitraum aufbewahrt und dann gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Duplicate account</source>
        <translation>Doppeltes Konto</translation>
    </message>
    <message>
        <source>Data deletion request</source>
        <translation>Antrag auf Datenlöschung</translation>
    </message>
    <message>
        <source>REMOVE</source>
        <translation>ENTFERNEN</translation>
    </message>
    <message>
        <source>Removed %1 (audit entry %2).</source>
        <translation>%1 entfernt (Protokolleintrag %2).</translation>
    </message>
</context>
<context>
    <name>User</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Eingefroren</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
</context>
<context>
    <name>UserAgent</name>
    <message>
        <source>Unknown client</source>
        <translation>Unbekannter Client</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Unbekanntes Gerät</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>Include &amp;ended sessions</source>
        <translation>&amp;Beendete Sitzungen einbeziehen</translation>
    </message>
    <message>
        <source>Select a user to see their sessions.</source>
        <translation>Wählen Sie einen Benutzer, um seine Sitzungen zu sehen.</translation>
    </message>
    <message>
        <source>Access tokens issued before %1 are rejected.</source>
        <translation>Vor %1 ausgestellte Zugriffstoken werden abgewiesen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln active session(s)</source>
        <translation>
            <numerusform>%Ln aktive Sitzung</numerusform>
            <numerusform>%Ln aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>status (reason)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has never had a session.</source>
        <translation>%1 hatte noch nie eine Sitzung.</translation>
    </message>
    <message>
        <source>%1 is not signed in anywhere. Tick “Include ended sessions” to see their history.</source>
        <translation>%1 ist nirgends angemeldet. Mit „Beendete Sitzungen einbeziehen“ wird der Verlauf angezeigt.</translation>
    </message>
    <message>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern…</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate…</source>
        <translation>Wieder ak&amp;tivieren…</translation>
    </message>
    <message>
        <source>Deac&amp;tivate…</source>
        <translation>Deak&amp;tivieren…</translation>
    </message>
    <message>
        <source>Change the role this user has in the application</source>
        <translation>Die Rolle dieses Benutzers in der Anwendung ändern</translation>
    </message>
    <message>
        <source>Let this user sign in again</source>
        <translation>Diesen Benutzer wieder anmelden lassen</translation>
    </message>
    <message>
        <source>For a former team member: end every session and prevent sign-in</source>
        <translation>Für ein ehemaliges Teammitglied: alle Sitzungen beenden und Anmeldung verhindern</translation>
    </message>
    <message>
        <source>Remove this user from the list</source>
        <translation>Diesen Benutzer aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Only deactivated users can be removed: deactivate them first.</source>
        <translation>Nur deaktivierte Benutzer können entfernt werden: Deaktivieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible shared account:&lt;/b&gt; %1.&lt;br&gt;One account per person lets you see and end each person&apos;s sessions: &lt;a href=&quot;add&quot;&gt;add the others as users&lt;/a&gt;.</source>
        <translation>&lt;b&gt;Möglicherweise geteiltes Konto:&lt;/b&gt; %1.&lt;br&gt;Mit einem Konto pro Person sehen und beenden Sie die Sitzungen jeder Person einzeln: &lt;a href=&quot;add&quot;&gt;die anderen als Benutzer hinzufügen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>Rolle %1</translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation>Mitglied seit %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible shared account:&lt;/b&gt; %1.&lt;br&gt;One account per person lets you see and end each person&apos;s sessions. %2</source>
        <translation>&lt;b&gt;Möglicherweise geteiltes Konto:&lt;/b&gt; %1.&lt;br&gt;Ein Konto pro Person zeigt die Sitzungen jeder Person und lässt sie einzeln beenden. %2</translation>
    </message>
    <message>
        <source>Refresh and offline tokens issued before %1 are refused; access tokens stay valid until they expire.</source>
        <translation>Refresh- und Offline-Token, die vor %1 ausgestellt wurden, werden abgelehnt; Zugriffstoken bleiben gültig, bis sie ablaufen.</translation>
    </message>
    <message>
        <source>The account is frozen: unfreeze it first, then deactivate it.</source>
        <translation>Das Konto ist eingefroren: Tauen Sie es zuerst auf und deaktivieren Sie es dann.</translation>
    </message>
    <message>
        <source>Sessio&amp;ns</source>
        <translation>Sitzun&amp;gen</translation>
    </message>
    <message>
        <source>Sessions of the selected user</source>
        <translation>Sitzungen des gewählten Benutzers</translation>
    </message>
    <message>
        <source>The selected user&apos;s active sessions on the map</source>
        <translation>Die aktiven Sitzungen des gewählten Benutzers auf der Karte</translation>
    </message>
    <message>
        <source>Ma&amp;p</source>
        <translation>Kart&amp;e</translation>
    </message>
    <message>
        <source>None of this user&apos;s active sessions has a place with coordinates.</source>
        <translation>Keine aktive Sitzung dieses Benutzers hat einen Ort mit Koordinaten.</translation>
    </message>
    <message>
        <source>Where this user&apos;s active sessions are.</source>
        <translation>Wo die aktiven Sitzungen dieses Benutzers sind.</translation>
    </message>
    <message>
        <source>Where this user&apos;s active sessions are: the places of the first %L1.</source>
        <translation>Wo die aktiven Sitzungen dieses Benutzers sind: die Orte der ersten %L1.</translation>
    </message>
</context>
<context>
    <name>UserHistoryTabs</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tab (count)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every sign-in attempt of this user, newest first; failed ones in red.</source>
        <translation>Jeder Anmeldeversuch dieses Benutzers, die neuesten zuerst; fehlgeschlagene in Rot.</translation>
    </message>
    <message>
        <source>Sign-&amp;ins</source>
        <translation>A&amp;nmeldungen</translation>
    </message>
    <message>
        <source>F&amp;lags</source>
        <translation>Mar&amp;kierungen</translation>
    </message>
    <message>
        <source>This user&apos;s flags, open and closed, with their outcome.</source>
        <translation>Die Markierungen dieses Benutzers, offene und geschlossene, mit ihrem Ausgang.</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <source>What operators did to this user, newest first.</source>
        <translation>Was Bediener mit diesem Benutzer taten, das Neueste zuerst.</translation>
    </message>
    <message>
        <source>No sign-in attempt of this user is recorded.</source>
        <translation>Für diesen Benutzer ist kein Anmeldeversuch verzeichnet.</translation>
    </message>
    <message>
        <source>No flag was ever raised for this user.</source>
        <translation>Für diesen Benutzer wurde nie eine Markierung gesetzt.</translation>
    </message>
    <message>
        <source>No operator has acted on this user yet.</source>
        <translation>Noch kein Bediener hat an diesem Benutzer etwas getan.</translation>
    </message>
    <message>
        <source>Sign-ins of the selected user</source>
        <translation>Anmeldungen des gewählten Benutzers</translation>
    </message>
    <message>
        <source>Flags of the selected user</source>
        <translation>Markierungen des gewählten Benutzers</translation>
    </message>
    <message>
        <source>Audit entries about the selected user</source>
        <translation>Protokolleinträge zum gewählten Benutzer</translation>
    </message>
</context>
<context>
    <name>UserQuery</name>
    <message>
        <source>A search is at most %1 characters long.</source>
        <translation>Eine Suche ist höchstens %1 Zeichen lang.</translation>
    </message>
    <message>
        <source>There is no user with the email address %1.</source>
        <translation>Es gibt keinen Benutzer mit der E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>%1 names several users in other letter cases: %2. Write it exactly as one of them.</source>
        <translation>%1 bezeichnet mehrere Benutzer in anderer Groß- und Kleinschreibung: %2. Schreiben Sie die Adresse genau so wie bei einem von ihnen.</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>%1 has no active session.</source>
        <translation>%1 hat keine aktive Sitzung.</translation>
    </message>
    <message numerus="yes">
        <source>End the %Ln active session(s) of %1</source>
        <translation>
            <numerusform>Die %Ln aktive Sitzung von %1 beenden</numerusform>
            <numerusform>Die %Ln aktiven Sitzungen von %1 beenden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and reject the access tokens issued to them (Space)</source>
        <translation>%1 und die dafür ausgestellten Zugriffstoken abweisen (Leertaste)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Last location</source>
        <translation>Letzter Ort</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Active sessions: not ended and not expired</source>
        <translation>Aktive Sitzungen: nicht beendet und nicht abgelaufen</translation>
    </message>
    <message>
        <source>Distinct devices among the active sessions</source>
        <translation>Verschiedene Geräte der aktiven Sitzungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open flag(s), the most serious of severity %1</source>
        <translation>
            <numerusform>%Ln offene Markierung, Schwere %1</numerusform>
            <numerusform>%Ln offene Markierungen, die schwerste mit Schwere %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Open flags: how many, and the most serious as a flag in its colour</source>
        <translation>Offene Markierungen: wie viele, und die schwerste als Fähnchen in ihrer Farbe</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markiert</translation>
    </message>
</context>
<context>
    <name>UsersCommands</name>
    <message>
        <source>Only users whose name or email contains TEXT.</source>
        <translation>Nur Benutzer, deren Name oder E-Mail-Adresse TEXT enthält.</translation>
    </message>
    <message>
        <source>Sort by FIELD, descending with :desc.</source>
        <translation>Nach FELD sortieren, absteigend mit :desc.</translation>
    </message>
    <message>
        <source>Show at most N users (default 50; 0 for all).</source>
        <translation>Höchstens N Benutzer zeigen (Standard 50; 0 für alle).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SITZUNGEN</translation>
    </message>
    <message>
        <source>DEVICES</source>
        <translation>GERÄTE</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>LETZTE AKTIVITÄT</translation>
    </message>
    <message>
        <source>LAST LOCATION</source>
        <translation>LETZTER ORT</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s) shown.
</source>
        <translation>
            <numerusform>%1 von %Ln Benutzer angezeigt.
</numerusform>
            <numerusform>%1 von %Ln Benutzern angezeigt.
</numerusform>
        </translation>
    </message>
    <message>
        <source>The new user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des neuen Benutzers.</translation>
    </message>
    <message>
        <source>The new user&apos;s name.</source>
        <translation>Der Name des neuen Benutzers.</translation>
    </message>
    <message>
        <source>The application role (default: member).</source>
        <translation>Die Rolle in der Anwendung (Standard: member).</translation>
    </message>
    <message>
        <source>Why (default: &quot;New team member&quot;).</source>
        <translation>Warum (Standard: „Neues Teammitglied“).</translation>
    </message>
    <message>
        <source>users add needs --email EMAIL and --name NAME.</source>
        <translation>users add braucht --email E-MAIL und --name NAME.</translation>
    </message>
    <message>
        <source>New team member</source>
        <translation>Neues Teammitglied</translation>
    </message>
    <message>
        <source>Added %1 &lt;%2&gt; with the role %3 (audit entry %4).
</source>
        <translation>%1 &lt;%2&gt; mit der Rolle %3 hinzugefügt (Protokolleintrag %4).
</translation>
    </message>
    <message>
        <source>The user&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Benutzers.</translation>
    </message>
    <message>
        <source>The new application role.</source>
        <translation>Die neue Rolle in der Anwendung.</translation>
    </message>
    <message>
        <source>%1 needs --user EMAIL.</source>
        <translation>%1 braucht --user E-MAIL.</translation>
    </message>
    <message>
        <source>%1 needs --role ROLE.</source>
        <translation>%1 braucht --role ROLLE.</translation>
    </message>
    <message numerus="yes">
        <source>Deactivated %1: %Ln session(s) ended; access tokens issued before now are rejected (audit entry %2).
</source>
        <translation>
            <numerusform>%1 deaktiviert: %Ln Sitzung beendet; vorher ausgestellte Zugriffstoken werden abgelehnt (Protokolleintrag %2).
</numerusform>
            <numerusform>%1 deaktiviert: %Ln Sitzungen beendet; vorher ausgestellte Zugriffstoken werden abgelehnt (Protokolleintrag %2).
</numerusform>
        </translation>
    </message>
    <message>
        <source>Reactivated %1; they sign in again to get a session (audit entry %2).
</source>
        <translation>%1 wieder aktiviert; für eine Sitzung ist eine neue Anmeldung nötig (Protokolleintrag %2).
</translation>
    </message>
    <message>
        <source>Removed %1 (audit entry %2).
</source>
        <translation>%1 entfernt (Protokolleintrag %2).
</translation>
    </message>
    <message>
        <source>%1 now has the role %2 (audit entry %3).
</source>
        <translation>%1 hat jetzt die Rolle %2 (Protokolleintrag %3).
</translation>
    </message>
    <message>
        <source>freeze: when the freeze ends by itself (ISO 8601, e.g. 2026-12-01T09:00, local time unless it ends in Z); where the source can.</source>
        <translation>freeze: wann das Einfrieren von selbst endet (ISO 8601, z. B. 2026-12-01T09:00, Ortszeit, außer es endet auf Z); wo die Quelle es kann.</translation>
    </message>
    <message>
        <source>--until takes a time such as 2026-12-01T09:00, not &apos;%1&apos;.</source>
        <translation>--until nimmt eine Zeit wie 2026-12-01T09:00, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Only users with STATUS (active, frozen, deactivated), or with open flags (flagged).</source>
        <translation>Nur Benutzer mit STATUS (active, frozen, deactivated) oder mit offenen Markierungen (flagged).</translation>
    </message>
    <message>
        <source>Unknown status &apos;%1&apos;; use active, frozen, deactivated or flagged.</source>
        <translation>Unbekannter Status &apos;%1&apos;; verwenden Sie active, frozen, deactivated oder flagged.</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;%1&apos;; use name, email, role, status, flags, sessions, devices, last-activity or location.</source>
        <translation>Sortieren nach &apos;%1&apos; ist nicht möglich; verwenden Sie name, email, role, status, flags, sessions, devices, last-activity oder location.</translation>
    </message>
    <message>
        <source>FLAGS</source>
        <translation>MARKIERUNGEN</translation>
    </message>
    <message>
        <source>%1 (highest: %2)</source>
        <translation>%1 (höchste: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Froze %1: %Ln session(s) ended (audit entry %2).</source>
        <translation>
            <numerusform>%1 eingefroren: %Ln Sitzung beendet (Protokolleintrag %2).</numerusform>
            <numerusform>%1 eingefroren: %Ln Sitzungen beendet (Protokolleintrag %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfroze %1 (audit entry %2).</source>
        <translation>%1 aufgetaut (Protokolleintrag %2).</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Log out %1</source>
        <translation>%1 abmelden</translation>
    </message>
    <message numerus="yes">
        <source>Log out %1 &lt;%2&gt;? This ends their %Ln active session(s); they must sign in again on every device.</source>
        <translation>
            <numerusform>%1 &lt;%2&gt; abmelden? Damit endet die %Ln aktive Sitzung; auf jedem Gerät ist eine neue Anmeldung nötig.</numerusform>
            <numerusform>%1 &lt;%2&gt; abmelden? Damit enden die %Ln aktiven Sitzungen; auf jedem Gerät ist eine neue Anmeldung nötig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Logging out %1…</source>
        <translation>%1 wird abgemeldet …</translation>
    </message>
    <message numerus="yes">
        <source>Log out %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer abmelden</numerusform>
            <numerusform>%Ln Benutzer abmelden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Log out %1? This ends %Ln active session(s); each of them must sign in again on every device.</source>
        <translation>
            <numerusform>%1 abmelden? Damit endet %Ln aktive Sitzung; alle müssen sich auf jedem Gerät neu anmelden.</numerusform>
            <numerusform>%1 abmelden? Damit enden %Ln aktive Sitzungen; alle müssen sich auf jedem Gerät neu anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 und %Ln weiterer</numerusform>
            <numerusform>%1 und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Log Out Selected (%1)…</source>
        <translation>Auswahl abmelden (%1) …</translation>
    </message>
    <message>
        <source>Select several users with Ctrl or Shift to log them out together.</source>
        <translation>Mehrere Benutzer mit Strg oder Umschalt auswählen, um sie zusammen abzumelden.</translation>
    </message>
    <message>
        <source>LOG OUT</source>
        <translation>ABMELDEN</translation>
    </message>
    <message>
        <source>&amp;Add User…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Give a new team member their own account</source>
        <translation>Einem neuen Teammitglied ein eigenes Konto geben</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected rows are not loaded, so nobody was logged out. Select fewer users, or narrow the list with the search first.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Zeilen ist nicht geladen, daher wurde niemand abgemeldet. Wählen Sie weniger Benutzer aus oder grenzen Sie die Liste zuerst mit der Suche ein.</numerusform>
            <numerusform>%Ln der ausgewählten Zeilen sind nicht geladen, daher wurde niemand abgemeldet. Wählen Sie weniger Benutzer aus oder grenzen Sie die Liste zuerst mit der Suche ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Left out, with no active session to end: %1.</source>
        <translation>Ausgelassen, ohne aktive Sitzung zum Beenden: %1.</translation>
    </message>
    <message>
        <source>Log Out Selected (%1 of %2)…</source>
        <translation>Auswahl abmelden (%1 von %2) …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected users have no active session and are left out.</source>
        <translation>
            <numerusform>%Ln der ausgewählten Benutzer hat keine aktive Sitzung und wird ausgelassen.</numerusform>
            <numerusform>%Ln der ausgewählten Benutzer haben keine aktive Sitzung und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged out %1: %Ln session(s) ended.</source>
        <translation>
            <numerusform>%1 abgemeldet: %Ln Sitzung beendet.</numerusform>
            <numerusform>%1 abgemeldet: %Ln Sitzungen beendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Only the users with open flags</source>
        <translation>Nur die Benutzer mit offenen Markierungen</translation>
    </message>
    <message>
        <source>No user matches the search and the status chosen.</source>
        <translation>Kein Benutzer passt zur Suche und zum gewählten Status.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <source>World map</source>
        <translation>Weltkarte</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more place(s)</source>
        <translation>
            <numerusform>und %Ln weiterer Ort</numerusform>
            <numerusform>und %Ln weitere Orte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No place to show.</source>
        <translation>Kein Ort zu zeigen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Admin console for the login sessions of an application.</source>
        <translation>Verwaltungskonsole für die Anmeldesitzungen einer Anwendung.</translation>
    </message>
    <message>
        <source>Open the SQLite store FILE (created if missing).</source>
        <translation>Den SQLite-Speicher DATEI öffnen (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>Open the demo store in the user&apos;s data directory, creating it with demo data on first start (the default).</source>
        <translation>Den Demospeicher im Datenverzeichnis des Benutzers öffnen und beim ersten Start mit Demodaten anlegen (Standard).</translation>
    </message>
    <message>
        <source>Save the window as PNG to FILE once the first users are shown, then quit.</source>
        <translation>Das Fenster als PNG in DATEI speichern, sobald die ersten Benutzer zu sehen sind, und beenden.</translation>
    </message>
    <message>
        <source>SessionDesk — %1</source>
        <translation>SessionDesk – %1</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The users did not appear within two minutes; no screenshot taken.</source>
        <translation>Die Benutzer sind nicht innerhalb von zwei Minuten erschienen; kein Bildschirmfoto erstellt.</translation>
    </message>
    <message>
        <source>Created a new, empty store at %1.</source>
        <translation>Neuer, leerer Speicher unter %1 angelegt.</translation>
    </message>
    <message>
        <source>Creating the demo store at %1…</source>
        <translation>Der Demospeicher unter %1 wird angelegt …</translation>
    </message>
    <message>
        <source>Created the demo store at %1 with %2 users and %3 sessions.</source>
        <translation>Demospeicher unter %1 mit %2 Benutzern und %3 Sitzungen angelegt.</translation>
    </message>
    <message>
        <source>Play the application on the store for a live demo: users sign in and out, fail, and now and then look suspicious.</source>
        <translation>Für eine Live-Vorführung die Anwendung auf dem Speicher spielen: Benutzer melden sich an und ab, vertippen sich und wirken ab und zu verdächtig.</translation>
    </message>
    <message>
        <source>Simulated: %1</source>
        <translation>Simuliert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln flag(s) raised.</source>
        <translation>
            <numerusform>%Ln Markierung gesetzt.</numerusform>
            <numerusform>%Ln Markierungen gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Detection failed: %1</source>
        <translation>Erkennung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>--simulate plays the application on SQLite stores only.</source>
        <translation>--simulate spielt die Anwendung nur auf SQLite-Speichern.</translation>
    </message>
    <message>
        <source>Password for %1 at %2:</source>
        <translation>Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <source>Open the saved connection NAME (sessiondesk-cli connections list); its password comes from the system keychain, or is asked for.</source>
        <translation>Die gespeicherte Verbindung NAME öffnen (sessiondesk-cli connections list); ihr Passwort kommt aus dem Schlüsselbund des Systems oder wird abgefragt.</translation>
    </message>
    <message>
        <source>--store, --demo, --connect and --profile exclude each other.</source>
        <translation>--store, --demo, --connect und --profile schließen einander aus.</translation>
    </message>
    <message>
        <source>There is no saved connection &apos;%1&apos;.</source>
        <translation>Es gibt keine gespeicherte Verbindung „%1“.</translation>
    </message>
    <message>
        <source>The password is kept for this run only: %1</source>
        <translation>Das Passwort wird nur für diesen Lauf behalten: %1</translation>
    </message>
    <message>
        <source>Could not start SessionDesk for the connection %1.</source>
        <translation>SessionDesk konnte für die Verbindung %1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Find the places of addresses, for sources that record none, in the city database FILE (MaxMind&apos;s format, e.g. GeoLite2-City.mmdb) instead of the one chosen under Settings.</source>
        <translation>Die Orte von Adressen für Quellen, die keine speichern, in der Städte-Datenbank FILE suchen (Format von MaxMind, z. B. GeoLite2-City.mmdb) statt in der unter Einstellungen gewählten.</translation>
    </message>
    <message>
        <source>Name the networks of addresses from the ASN database FILE (e.g. GeoLite2-ASN.mmdb) instead of the one chosen under Settings.</source>
        <translation>Die Netze der Adressen aus der ASN-Datenbank FILE nennen (z. B. GeoLite2-ASN.mmdb) statt aus der unter Einstellungen gewählten.</translation>
    </message>
    <message>
        <source>%1 SessionDesk goes on without it; choose another under Settings › Places.</source>
        <translation>%1 SessionDesk arbeitet ohne sie weiter; wählen Sie unter Einstellungen › Orte eine andere.</translation>
    </message>
    <message>
        <source>--%1 needs a file name.</source>
        <translation>--%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Start on PAGE: overview, users, flagged, signins, sessions, audit or settings.</source>
        <translation>Mit SEITE beginnen: overview, users, flagged, signins, sessions, audit oder settings.</translation>
    </message>
    <message>
        <source>There is no page &apos;%1&apos;; use overview, users, flagged, signins, sessions, audit or settings.</source>
        <translation>Es gibt keine Seite &apos;%1&apos;; verwenden Sie overview, users, flagged, signins, sessions, audit oder settings.</translation>
    </message>
    <message>
        <source>Open the PostgreSQL store at URL (postgresql://user@host:port/database; the password is asked for, or read from PGPASSFILE), better-auth&apos;s admin API (better-auth+https://admin-email@host[:port][/api/auth]), a Keycloak realm (keycloak+https://admin@host/realm), an application&apos;s session tables (better-auth+postgresql://, connect-pg-simple+postgresql://, spring-session+postgresql://, authjs+postgresql://) or a Django application&apos;s database (django+postgresql://login@host/database, django+sqlite:///path); see sessiondesk-cli --help for their options.</source>
        <translation>Den PostgreSQL-Speicher unter URL öffnen (postgresql://benutzer@host:port/datenbank; das Passwort wird abgefragt oder aus PGPASSFILE gelesen), die Admin-API von better-auth (better-auth+https://admin-e-mail@host[:port][/api/auth]), ein Keycloak-Realm (keycloak+https://admin@host/realm), die Sitzungstabellen einer Anwendung (better-auth+postgresql://, connect-pg-simple+postgresql://, spring-session+postgresql://, authjs+postgresql://) oder die Datenbank einer Django-Anwendung (django+postgresql://login@host/datenbank, django+sqlite:///pfad); ihre Optionen nennt sessiondesk-cli --help.</translation>
    </message>
</context>
</TS>
