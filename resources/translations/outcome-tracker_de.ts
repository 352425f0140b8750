<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>outcome::AboutDialog</name>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>About Outcome Tracker</source>
        <translation>Über Outcome Tracker</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Outcome Tracker %1&lt;/h2&gt;&lt;p&gt;Clinical outcomes over a course of back-pain care: exact scoring, change that matters, and summaries a referrer reads in ten seconds.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Outcome Tracker %1&lt;/h2&gt;&lt;p&gt;Klinische Verläufe über eine Behandlungsserie bei Rückenschmerzen: exakte Auswertung, Veränderungen, die zählen, und Berichte, die Zuweisende in zehn Sekunden erfassen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Outcome Tracker: licence, data location and instrument sources</source>
        <translation>Über Outcome Tracker: Lizenz, Speicherort der Daten und Quellen der Instrumente</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Licence&lt;/h3&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Outcome Tracker is a record-keeping and scoring aid for qualified clinicians; it does not replace clinical judgement.&lt;/p&gt;&lt;h3&gt;Your data&lt;/h3&gt;&lt;p&gt;Database: %1&lt;/p&gt;&lt;h3&gt;Instruments and their sources&lt;/h3&gt;%2&lt;p&gt;Item wording of licensed questionnaires is not shipped: the forms show short descriptions in our own words. A clinic holding a licence can add the licensed wording in its own definition files.&lt;/p&gt;&lt;h3&gt;Built with&lt;/h3&gt;&lt;p&gt;Qt %3, QCustomPlot %4, SQLite.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lizenz&lt;/h3&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später. Outcome Tracker ist ein Hilfsmittel zur Dokumentation und Auswertung für qualifizierte Behandelnde; es ersetzt nicht das klinische Urteil.&lt;/p&gt;&lt;h3&gt;Ihre Daten&lt;/h3&gt;&lt;p&gt;Datenbank: %1&lt;/p&gt;&lt;h3&gt;Instrumente und ihre Quellen&lt;/h3&gt;%2&lt;p&gt;Der Wortlaut lizenzierter Fragebögen wird nicht mitgeliefert: Die Formulare zeigen kurze Beschreibungen in eigenen Worten. Eine Praxis mit Lizenz kann den lizenzierten Wortlaut in eigenen Definitionsdateien ergänzen.&lt;/p&gt;&lt;h3&gt;Erstellt mit&lt;/h3&gt;&lt;p&gt;Qt %3, QCustomPlot %4, SQLite.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>outcome::Account</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>the patient register</source>
        <translation>das Patientenverzeichnis</translation>
    </message>
    <message>
        <source>clinical data (scores, notes and markers)</source>
        <translation>klinische Daten (Werte, Notizen und Laborwerte)</translation>
    </message>
    <message>
        <source>administration (accounts and restoring backups)</source>
        <translation>Verwaltung (Konten und Wiederherstellen von Sicherungen)</translation>
    </message>
    <message>
        <source>Name: an account needs a name.</source>
        <translation>Name: Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; starts or ends with a space.</source>
        <translation>Name: „%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <source>Name: &quot;%1&quot; is %2 characters long; at most %3 are allowed.</source>
        <translation>Name: „%1“ ist %2 Zeichen lang; höchstens %3 sind erlaubt.</translation>
    </message>
    <message>
        <source>Name: line breaks and control characters are not allowed.</source>
        <translation>Name: Zeilenumbrüche und Steuerzeichen sind nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>outcome::AccountEditDialog</name>
    <message>
        <source>Add account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Each person who uses Outcome Tracker gets an account of their own, so the audit trail names who entered or changed each record.</source>
        <translation>Jede Person, die Outcome Tracker benutzt, bekommt ein eigenes Konto, damit das Änderungsprotokoll nennt, wer einen Eintrag erfasst oder geändert hat.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>PIN für %1</translation>
    </message>
    <message>
        <source>A new password also ends any wait after wrong passwords.</source>
        <translation>Ein neues Passwort beendet auch jede Wartezeit nach falschen Passwörtern.</translation>
    </message>
    <message>
        <source>A PIN of %1 to 8 digits leaves the patient view instead of the password.</source>
        <translation>Eine PIN aus %1 bis 8 Ziffern beendet die Patientenansicht anstelle des Passworts.</translation>
    </message>
    <message>
        <source>Your current password</source>
        <translation>Ihr aktuelles Passwort</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Neue PIN</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Neue PIN wiederholen</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>New &amp;PIN:</source>
        <translation>Neue &amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>Konto &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>PIN &amp;festlegen</translation>
    </message>
    <message>
        <source>&amp;Set password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <source>The first account is an administrator, who then adds the others.</source>
        <translation>Das erste Konto ist ein Administrator, der dann die weiteren anlegt.</translation>
    </message>
    <message>
        <source>Again: the two PINs differ; type the same PIN twice.</source>
        <translation>Wiederholen: Die beiden PINs unterscheiden sich; geben Sie zweimal dieselbe PIN ein.</translation>
    </message>
    <message>
        <source>Again: the two passwords differ; type the same password twice.</source>
        <translation>Wiederholen: Die beiden Passwörter unterscheiden sich; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>outcome::AccountRepository</name>
    <message>
        <source>%1 second</source>
        <translation>%1 Sekunde</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minute</source>
        <translation>%1 Minute</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>read the accounts</source>
        <translation>die Konten lesen</translation>
    </message>
    <message>
        <source>There is no account named &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>This database must be upgraded before it can hold accounts; open it once in Outcome Tracker.</source>
        <translation>Diese Datenbank muss aktualisiert werden, bevor sie Konten aufnehmen kann; öffnen Sie sie einmal in Outcome Tracker.</translation>
    </message>
    <message>
        <source>Role: the first account must be an administrator, who can then make the others.</source>
        <translation>Rolle: Das erste Konto muss ein Administrator sein, der dann die anderen anlegt.</translation>
    </message>
    <message>
        <source>Name: there is already an account named &quot;%1&quot;.</source>
        <translation>Name: Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>save the account</source>
        <translation>das Konto speichern</translation>
    </message>
    <message>
        <source>save the password</source>
        <translation>das Passwort speichern</translation>
    </message>
    <message>
        <source>save the PIN</source>
        <translation>die PIN speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the only administrator who can sign in; make another administrator before disabling this one.</source>
        <translation>„%1“ ist der einzige Administrator, der sich anmelden kann; legen Sie einen weiteren Administrator an, bevor Sie dieses Konto sperren.</translation>
    </message>
    <message>
        <source>count the failed sign-in</source>
        <translation>die fehlgeschlagene Anmeldung zählen</translation>
    </message>
    <message>
        <source>save the sign-in</source>
        <translation>die Anmeldung speichern</translation>
    </message>
    <message>
        <source>Sign-in refused for &quot;%1&quot;: there is no such account.</source>
        <translation>Anmeldung für „%1“ abgelehnt: Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>Sign-in refused for &quot;%1&quot;: the account is disabled. An administrator can enable it again.</source>
        <translation>Anmeldung für „%1“ abgelehnt: Das Konto ist gesperrt. Ein Administrator kann es wieder freigeben.</translation>
    </message>
    <message>
        <source>Sign-in refused for &quot;%1&quot; after %2 wrong passwords in a row: try again in %3, or ask an administrator to set a new password.</source>
        <translation>Anmeldung für „%1“ nach %2 falschen Passwörtern in Folge abgelehnt: Versuchen Sie es in %3 erneut, oder lassen Sie einen Administrator ein neues Passwort setzen.</translation>
    </message>
    <message>
        <source>Sign-in refused for &quot;%1&quot;: wrong PIN.</source>
        <translation>Anmeldung für „%1“ abgelehnt: falsche PIN.</translation>
    </message>
    <message>
        <source>Sign-in refused for &quot;%1&quot;: wrong password.</source>
        <translation>Anmeldung für „%1“ abgelehnt: falsches Passwort.</translation>
    </message>
    <message>
        <source>The next attempt must wait %1.</source>
        <translation>Der nächste Versuch muss %1 warten.</translation>
    </message>
    <message>
        <source>Idle lock maximum: %1 minutes is outside 1 to %2 minutes.</source>
        <translation>Höchstdauer der Bildschirmsperre: %1 Minuten liegt außerhalb von 1 bis %2 Minuten.</translation>
    </message>
</context>
<context>
    <name>outcome::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Neues &amp;Passwort…</translation>
    </message>
    <message>
        <source>Set P&amp;IN…</source>
        <translation>P&amp;IN festlegen…</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>PIN &amp;entfernen</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Idle lock on every workstation</source>
        <translation>Bildschirmsperre an allen Arbeitsplätzen</translation>
    </message>
    <message>
        <source>&amp;Lock after at most</source>
        <translation>&amp;Sperren nach höchstens</translation>
    </message>
    <message>
        <source>Enforce a longest idle time for every workstation</source>
        <translation>Eine längste Zeit ohne Eingabe für alle Arbeitsplätze vorgeben</translation>
    </message>
    <message>
        <source>Longest idle time before any workstation locks</source>
        <translation>Längste Zeit ohne Eingabe, bevor ein Arbeitsplatz sperrt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Each workstation may choose a shorter time in its preferences, never a longer one.</source>
        <translation>Jeder Arbeitsplatz kann in seinen Einstellungen eine kürzere Zeit wählen, nie eine längere.</translation>
    </message>
    <message>
        <source>Nobody signs in yet. Add the first account, an administrator: from then on Outcome Tracker starts at a sign-in screen, every change is recorded under the account that made it, and an unattended window locks itself.</source>
        <translation>Noch meldet sich niemand an. Legen Sie das erste Konto an, einen Administrator: Ab dann beginnt Outcome Tracker mit einer Anmeldung, jede Änderung wird unter dem Konto vermerkt, das sie vorgenommen hat, und ein unbeaufsichtigtes Fenster sperrt sich selbst.</translation>
    </message>
    <message>
        <source>Administrators manage accounts, clinic details, templates and restores; clinicians work with clinical data; the front desk keeps the register and the schedule and sees no scores, notes or markers. Nobody is deleted: disable an account instead, so the audit trail keeps its name.</source>
        <translation>Administratoren verwalten Konten, Praxisangaben, Vorlagen und Wiederherstellungen; Behandler arbeiten mit den klinischen Daten; der Empfang führt Patientenliste und Terminplan und sieht keine Scores, Anmerkungen oder Laborwerte. Niemand wird gelöscht: Deaktivieren Sie ein Konto stattdessen, damit das Änderungsprotokoll seinen Namen behält.</translation>
    </message>
    <message>
        <source>Your own password and PIN. An administrator adds and disables accounts.</source>
        <translation>Ihr eigenes Passwort und Ihre PIN. Konten legt ein Administrator an und deaktiviert sie.</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active; 1 wrong password</source>
        <translation>Aktiv; 1 falsches Passwort</translation>
    </message>
    <message>
        <source>Active; %1 wrong passwords in a row</source>
        <translation>Aktiv; %1 falsche Passwörter in Folge</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>You cannot disable the account you are signed in with.</source>
        <translation>Das Konto, mit dem Sie angemeldet sind, können Sie nicht deaktivieren.</translation>
    </message>
    <message>
        <source>Added %1, an administrator. You are signed in as %1; Outcome Tracker will ask for the password from now on.</source>
        <translation>%1 ist als Administrator angelegt. Sie sind als %1 angemeldet; Outcome Tracker fragt ab jetzt nach dem Passwort.</translation>
    </message>
    <message>
        <source>Added %1 (%2).</source>
        <translation>%1 angelegt (%2).</translation>
    </message>
    <message>
        <source>The PIN of %1 is set.</source>
        <translation>Die PIN von %1 ist festgelegt.</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>Das Passwort von %1 ist geändert.</translation>
    </message>
    <message>
        <source>%1 has no PIN; leaving the patient view asks for the password.</source>
        <translation>%1 hat keine PIN; beim Verlassen der Patientenansicht wird nach dem Passwort gefragt.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1? The account can no longer sign in; its name stays in the audit trail, and it can be enabled again.</source>
        <translation>%1 deaktivieren? Das Konto kann sich nicht mehr anmelden; sein Name bleibt im Änderungsprotokoll, und es kann wieder aktiviert werden.</translation>
    </message>
    <message>
        <source>%1 is disabled; it can no longer sign in.</source>
        <translation>%1 ist deaktiviert und kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Every workstation now locks after at most %1 minutes without input.</source>
        <translation>Alle Arbeitsplätze sperren jetzt nach höchstens %1 Minuten ohne Eingabe.</translation>
    </message>
    <message>
        <source>No clinic-wide maximum: each workstation&apos;s own preference applies.</source>
        <translation>Keine praxisweite Höchstdauer: Es gilt die Einstellung jedes Arbeitsplatzes.</translation>
    </message>
</context>
<context>
    <name>outcome::AnswerList</name>
    <message>
        <source>item %1: &quot;%2&quot; is not a number</source>
        <translation>Item %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 takes 1 answer, got %2</source>
        <translation>%1 erwartet 1 Antwort, erhalten: %2</translation>
    </message>
    <message>
        <source>%1 takes %2 answers, got %3</source>
        <translation>%1 erwartet %2 Antworten, erhalten: %3</translation>
    </message>
</context>
<context>
    <name>outcome::AssessmentRepository</name>
    <message>
        <source>The answers of assessment %1 cannot be read.</source>
        <translation>Die Antworten der Erhebung %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>read the visit</source>
        <translation>Lesen des Termins</translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>Es gibt keinen Termin mit der ID %1.</translation>
    </message>
    <message>
        <source>The assessment names no instrument.</source>
        <translation>Die Erhebung nennt kein Instrument.</translation>
    </message>
    <message>
        <source>save the assessment</source>
        <translation>Speichern der Erhebung</translation>
    </message>
    <message>
        <source>This visit already has a %1 assessment (perhaps saved in another window). Reopen the visit to edit it.</source>
        <translation>Dieser Termin hat bereits eine Erhebung %1 (vielleicht in einem anderen Fenster gespeichert). Öffnen Sie den Termin erneut, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <source>Changing a saved assessment needs a reason for the audit trail.</source>
        <translation>Das Ändern einer gespeicherten Erhebung erfordert einen Grund für das Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>This assessment was changed elsewhere (by %1) after you opened it. Your answers were not saved; reopen the visit to see the newer answers.</source>
        <translation>Diese Erhebung wurde nach dem Öffnen an anderer Stelle geändert (von %1). Ihre Antworten wurden nicht gespeichert; öffnen Sie den Termin erneut, um die neueren Antworten zu sehen.</translation>
    </message>
    <message>
        <source>remove the assessment</source>
        <translation>Entfernen der Erhebung</translation>
    </message>
    <message>
        <source>read the assessment</source>
        <translation>Lesen der Erhebung</translation>
    </message>
    <message>
        <source>There is no assessment with id %1.</source>
        <translation>Es gibt keine Erhebung mit der ID %1.</translation>
    </message>
    <message>
        <source>read the assessments</source>
        <translation>Lesen der Erhebungen</translation>
    </message>
    <message>
        <source>save the assessments</source>
        <translation>die Erhebungen speichern</translation>
    </message>
    <message>
        <source>A visit already has one of these assessments (perhaps saved in another window); nothing was saved.</source>
        <translation>Für einen Termin liegt bereits eine dieser Erhebungen vor (vielleicht in einem anderen Fenster gespeichert); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>This assessment was changed elsewhere (by %1) after it was read here, so it was not removed; reopen the visit to see the newer answers.</source>
        <translation>Diese Erhebung wurde an anderer Stelle (von %1) geändert, nachdem sie hier geladen wurde, und daher nicht entfernt; öffnen Sie den Termin erneut, um die neueren Antworten zu sehen.</translation>
    </message>
    <message>
        <source>read the visits of the answers</source>
        <translation>Lesen der Termine zu den Antworten</translation>
    </message>
    <message>
        <source>%1, course starting %2, visit %3 (%4, %5): %6</source>
        <translation>%1, Behandlungsserie ab %2, Termin %3 (%4, %5): %6</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>outcome::AuditTrail</name>
    <message>
        <source>write the audit trail</source>
        <translation>Schreiben des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>read the audit trail</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Restored from archive</source>
        <translation>Aus dem Archiv zurückgeholt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
</context>
<context>
    <name>outcome::AuditTrailDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Clinical event</source>
        <translation>Klinisches Ereignis</translation>
    </message>
    <message>
        <source>Assessment (%1)</source>
        <translation>Erhebung (%1)</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Änderungsverlauf</translation>
    </message>
    <message>
        <source>Changes to this patient&apos;s records</source>
        <translation>Änderungen an den Daten dieses Patienten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
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
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Item %1 (%2)</source>
        <translation>Item %1 (%2)</translation>
    </message>
    <message>
        <source>Form marked incomplete</source>
        <translation>Formular als unvollständig markiert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (chart %2): 1 recorded change. The history cannot be edited.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Pat.-Nr. %2): 1 erfasste Änderung. Der Verlauf kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (chart %2): %3 recorded changes, oldest first. The history cannot be edited.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (Pat.-Nr. %2): %3 erfasste Änderungen, älteste zuerst. Der Verlauf kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>outcome::AutomaticBackup</name>
    <message>
        <source>Automatic backups are set to be encrypted, and no passphrase was given: no backup was made.</source>
        <translation>Automatische Sicherungen sollen verschlüsselt werden, und es wurde keine Passphrase angegeben: Es wurde keine Sicherung erstellt.</translation>
    </message>
</context>
<context>
    <name>outcome::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Kept backups, newest first</source>
        <translation>Aufbewahrte Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Auswahl &amp;wiederherstellen…</translation>
    </message>
    <message numerus="yes">
        <source>Backups of %1 are kept in %2 (the newest %n). A backup is made and checked each time the program closes after a change, if that is turned on in the settings.</source>
        <translation>
            <numerusform>Sicherungen von %1 werden in %2 aufbewahrt (nur die neueste). Eine Sicherung wird bei jedem Beenden nach einer Änderung erstellt und geprüft, sofern das in den Einstellungen eingeschaltet ist.</numerusform>
            <numerusform>Sicherungen von %1 werden in %2 aufbewahrt (die neuesten %n). Eine Sicherung wird bei jedem Beenden nach einer Änderung erstellt und geprüft, sofern das in den Einstellungen eingeschaltet ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 patients, %2 assessments</source>
        <translation>%1 Patienten, %2 Erhebungen</translation>
    </message>
    <message>
        <source>There are no backups yet. Choose &quot;Back up now&quot; to make the first one.</source>
        <translation>Es gibt noch keine Sicherungen. Wählen Sie „Jetzt sichern“, um die erste zu erstellen.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Backed up and checked: %1</source>
        <translation>Gesichert und geprüft: %1</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Restoring replaces the database with the backup. Changes made since the backup are no longer in the database; the replaced file is kept beside it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Replace:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;With the backup:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;The program closes the database, restores, and opens again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Beim Wiederherstellen wird die Datenbank durch die Sicherung ersetzt. Änderungen seit der Sicherung sind danach nicht mehr in der Datenbank; die ersetzte Datei bleibt daneben erhalten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ersetzen:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Durch die Sicherung:&lt;/b&gt;&lt;br&gt;%2&lt;/p&gt;&lt;p&gt;Das Programm schließt die Datenbank, stellt sie wieder her und öffnet sie erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Encrypt with a passphrase</source>
        <translation>&amp;Mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase</source>
        <translation>Die Sicherung mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <source>For a backup that leaves this computer. Without the passphrase nobody can read it, you included: keep it in a password manager.</source>
        <translation>Für eine Sicherung, die diesen Computer verlässt. Ohne die Passphrase kann sie niemand lesen, auch Sie nicht: Bewahren Sie sie in einem Passwortmanager auf.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie in beiden Feldern dieselbe ein.</translation>
    </message>
    <message>
        <source>Backed up, checked and encrypted: %1</source>
        <translation>Gesichert, geprüft und verschlüsselt: %1</translation>
    </message>
</context>
<context>
    <name>outcome::BackupPassphrase</name>
    <message>
        <source>The keychain holds no backup passphrase for this database.</source>
        <translation>Der Schlüsselbund enthält keine Sicherungs-Passphrase für diese Datenbank.</translation>
    </message>
    <message>
        <source>This computer has no keychain (%1).</source>
        <translation>Dieser Computer hat keinen Schlüsselbund (%1).</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <source>Automatic backups of %1 are encrypted. Type the backup passphrase:</source>
        <translation>Automatische Sicherungen von %1 werden verschlüsselt. Geben Sie die Sicherungs-Passphrase ein:</translation>
    </message>
    <message>
        <source>A passphrase for encrypted automatic backups (at least %1 characters). Without it nobody can restore them, you included: keep it somewhere safe.</source>
        <translation>Eine Passphrase für verschlüsselte automatische Sicherungen (mindestens %1 Zeichen). Ohne sie kann niemand diese Sicherungen wiederherstellen, auch Sie nicht: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>The same passphrase again:</source>
        <translation>Dieselbe Passphrase noch einmal:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>outcome::BackupStore</name>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged (%2).</source>
        <translation>Die Sicherung %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existiert bereits; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>The backup and the database are the same file.</source>
        <translation>Sicherung und Datenbank sind dieselbe Datei.</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>%1 konnte nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>Cannot restrict who may read %1.</source>
        <translation>Der Zugriff auf %1 lässt sich nicht einschränken.</translation>
    </message>
    <message>
        <source>%1 is encrypted; give its passphrase to restore it.</source>
        <translation>%1 ist verschlüsselt; geben Sie die Passphrase an, um sie wiederherzustellen.</translation>
    </message>
</context>
<context>
    <name>outcome::ChartExport</name>
    <message>
        <source>Could not write %1: the file cannot be created there.</source>
        <translation>%1 konnte nicht geschrieben werden: Die Datei kann dort nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf to choose the format.</source>
        <translation>%1: Der Dateiname muss auf .png, .svg oder .pdf enden, damit das Format feststeht.</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>outcome::ChartText</name>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Band or note</source>
        <translation>Schweregrad oder Notiz</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2 at %3, %4 at %5</source>
        <translation>%1 %2 bei %3, %4 bei %5</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Missed visit</source>
        <translation>Versäumter Termin</translation>
    </message>
    <message>
        <source>Marked: %1.</source>
        <translation>Markiert: %1.</translation>
    </message>
    <message>
        <source>%1, patients who started like you</source>
        <translation>%1, Patienten mit ähnlichem Beginn wie Sie</translation>
    </message>
    <message>
        <source>%1, similar patients</source>
        <translation>%1, ähnliche Patienten</translation>
    </message>
    <message>
        <source>middle half %1 to %2 (%3 courses)</source>
        <translation>mittlere Hälfte %1 bis %2 (%3 Behandlungsserien)</translation>
    </message>
</context>
<context>
    <name>outcome::ChartView</name>
    <message>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
    <message>
        <source>Save as PNG image…</source>
        <translation>Als PNG-Bild speichern…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save as SVG drawing…</source>
        <translation>Als SVG-Zeichnung speichern…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>Show values as a table</source>
        <translation>Werte als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Press T for the values as a table.</source>
        <translation>Drücken Sie T, um die Werte als Tabelle zu sehen.</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>The value before or after, read out with its visit, date and band (in the patient view too: Page Up and Page Down turn the pages there)</source>
        <translation>Den vorigen oder nächsten Wert, vorgelesen mit Termin, Datum und Bereich (in der Patientenansicht blättern Bild auf und Bild ab weiterhin die Seiten um)</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>The first or the last value</source>
        <translation>Den ersten oder letzten Wert</translation>
    </message>
    <message>
        <source>T, Enter</source>
        <translation>T, Eingabe</translation>
    </message>
    <message>
        <source>The values as a table</source>
        <translation>Die Werte als Tabelle</translation>
    </message>
</context>
<context>
    <name>outcome::ChoiceInput</name>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Answer: %1. Type the code, or use Left and Right; Delete clears.</source>
        <translation>Antwort: %1. Geben Sie den Code ein oder verwenden Sie Links und Rechts; Entf löscht.</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicDetailsDialog</name>
    <message>
        <source>Clinic details</source>
        <translation>Praxisangaben</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Treating clinician</source>
        <translation>Behandler</translation>
    </message>
    <message>
        <source>as signed on reports, e.g. Dr Ana Silva</source>
        <translation>wie auf Berichten unterzeichnet, z. B. Dr. Ana Silva</translation>
    </message>
    <message>
        <source>Clinician&apos;s profession</source>
        <translation>Beruf des Behandlers</translation>
    </message>
    <message>
        <source>e.g. Chiropractor, Physiotherapist</source>
        <translation>z. B. Chiropraktiker, Physiotherapeut</translation>
    </message>
    <message>
        <source>Confidentiality line</source>
        <translation>Vertraulichkeitshinweis</translation>
    </message>
    <message>
        <source>C&amp;hoose logo…</source>
        <translation>Logo a&amp;uswählen…</translation>
    </message>
    <message>
        <source>&amp;Remove logo</source>
        <translation>Logo entfe&amp;rnen</translation>
    </message>
    <message>
        <source>Choose the clinic&apos;s logo</source>
        <translation>Logo der Praxis auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>Praxis&amp;name</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>&amp;Website</translation>
    </message>
    <message>
        <source>Lo&amp;go</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <source>&amp;Treating clinician</source>
        <translation>&amp;Behandler</translation>
    </message>
    <message>
        <source>Pro&amp;fession</source>
        <translation>Beru&amp;f</translation>
    </message>
    <message>
        <source>&amp;Confidentiality line</source>
        <translation>&amp;Vertraulichkeitshinweis</translation>
    </message>
    <message>
        <source>Printed on every report. Leave the confidentiality line empty to use the standard one shown in grey.</source>
        <translation>Wird auf jeden Bericht gedruckt. Lassen Sie den Vertraulichkeitshinweis leer, um den grau angezeigten Standardtext zu verwenden.</translation>
    </message>
    <message>
        <source>Logo: %1 could not be read as an image (%2). Choose a PNG or JPEG file.</source>
        <translation>Logo: %1 konnte nicht als Bild gelesen werden (%2). Wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>No logo: the clinic&apos;s name heads the letter alone.</source>
        <translation>Kein Logo: Der Briefkopf zeigt nur den Namen der Praxis.</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicOutcomes</name>
    <message>
        <source>No treatment label</source>
        <translation>Ohne Behandlungsbezeichnung</translation>
    </message>
    <message>
        <source>There is no group &quot;%1&quot;; the groups are: %2.</source>
        <translation>Es gibt keine Gruppe „%1“; die Gruppen sind: %2.</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicOutcomesChart</name>
    <message>
        <source>%1: mean per visit with 95% CI</source>
        <translation>%1: Mittelwert je Termin mit 95-%-KI</translation>
    </message>
    <message>
        <source>%1 (%2 courses)</source>
        <translation>%1 (%2 Behandlungsserien)</translation>
    </message>
    <message>
        <source>Course (days)</source>
        <translation>Behandlungsserie (Tage)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachuntersuchung</translation>
    </message>
    <message>
        <source>Responders per visit (meaningful improvement)</source>
        <translation>Responder je Termin (klinisch relevante Verbesserung)</translation>
    </message>
    <message>
        <source>Out of range per visit</source>
        <translation>Außerhalb des Referenzbereichs je Termin</translation>
    </message>
    <message>
        <source>% of courses with baseline and visit</source>
        <translation>% der Behandlungsserien mit Ausgangswert und Termin</translation>
    </message>
    <message>
        <source>% of courses with a value</source>
        <translation>% der Behandlungsserien mit einem Wert</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicOutcomesReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (%2 %; %3–%4 %)</source>
        <translation>%1 (%2 %; %3–%4 %)</translation>
    </message>
    <message>
        <source>by treatment label</source>
        <translation>nach Behandlungsbezeichnung</translation>
    </message>
    <message>
        <source>by course template</source>
        <translation>nach Serienvorlage</translation>
    </message>
    <message>
        <source>all courses together</source>
        <translation>alle Behandlungsserien zusammen</translation>
    </message>
    <message>
        <source>fall</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>Zunahme</translation>
    </message>
    <message>
        <source>%1 % of the baseline</source>
        <translation>%1 % des Ausgangswerts</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>a %1 of at least %2 from the course&apos;s baseline</source>
        <translation>eine %1 um mindestens %2 gegenüber dem Ausgangswert der Behandlungsserie</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebiges Datum</translation>
    </message>
    <message>
        <source>Measure: %1 (%2)</source>
        <translation>Messgröße: %1 (%2)</translation>
    </message>
    <message>
        <source>Groups: %1</source>
        <translation>Gruppen: %1</translation>
    </message>
    <message>
        <source>Courses started: %1</source>
        <translation>Beginn der Behandlungsserien: %1</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Vorlage: %1</translation>
    </message>
    <message>
        <source>every template</source>
        <translation>jede Vorlage</translation>
    </message>
    <message>
        <source>Treatment: %1</source>
        <translation>Behandlung: %1</translation>
    </message>
    <message>
        <source>every treatment</source>
        <translation>jede Behandlung</translation>
    </message>
    <message>
        <source>Archived patients: %1</source>
        <translation>Archivierte Patienten: %1</translation>
    </message>
    <message>
        <source>included</source>
        <translation>eingeschlossen</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <source>Complete at: %1</source>
        <translation>Vollständig bei: %1</translation>
    </message>
    <message>
        <source>any visits</source>
        <translation>beliebige Termine</translation>
    </message>
    <message>
        <source>Courses selected: %1</source>
        <translation>Ausgewählte Behandlungsserien: %1</translation>
    </message>
    <message>
        <source>n counts the courses with a value at the visit (the latest entry of the visit); nothing is imputed.</source>
        <translation>n zählt die Behandlungsserien mit einem Wert beim Termin (der letzte Eintrag des Termins); nichts wird ergänzt.</translation>
    </message>
    <message>
        <source>Change is from each course&apos;s baseline: the baseline visit&apos;s value, else the first recorded value; the mean change is over courses with both.</source>
        <translation>Die Änderung bezieht sich auf den Ausgangswert jeder Behandlungsserie: den Wert beim Ausgangstermin, sonst den ersten erfassten Wert; die mittlere Änderung umfasst Behandlungsserien mit beiden Werten.</translation>
    </message>
    <message>
        <source>SD with n − 1. 95 % CI of the mean: mean ± t(0.975, n − 1) · SD / √n, none when n &lt; 2. Median and quartiles by linear interpolation between order statistics (type 7).</source>
        <translation>SD mit n − 1. 95-%-KI des Mittelwerts: Mittelwert ± t(0,975; n − 1) · SD / √n, keines bei n &lt; 2. Median und Quartile durch lineare Interpolation zwischen Ordnungsstatistiken (Typ 7).</translation>
    </message>
    <message>
        <source>Responder: meaningful improvement on %1, %2, among courses with a baseline and a value at the visit; 95 % CI by the Wilson score interval.</source>
        <translation>Responder: bedeutsame Verbesserung bei %1, %2, unter Behandlungsserien mit Ausgangswert und einem Wert beim Termin; 95-%-KI nach dem Wilson-Score-Intervall.</translation>
    </message>
    <message>
        <source>Out of range: outside the clinic&apos;s reference range (%1) among courses with a value at the visit, a censored value below the upper limit counting as inside; 95 % CI by the Wilson score interval.</source>
        <translation>Außerhalb des Bereichs: außerhalb des Referenzbereichs der Praxis (%1) unter Behandlungsserien mit einem Wert beim Termin; ein zensierter Wert unter der Obergrenze zählt als innerhalb; 95-%-KI nach dem Wilson-Score-Intervall.</translation>
    </message>
    <message>
        <source>Group differences: each group&apos;s mean change minus that of %1; 95 % CI by Welch&apos;s t with Welch–Satterthwaite degrees of freedom.</source>
        <translation>Gruppenunterschiede: mittlere Änderung jeder Gruppe minus der von %1; 95-%-KI nach Welchs t mit Freiheitsgraden nach Welch–Satterthwaite.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>Mittelwert (SD)</translation>
    </message>
    <message>
        <source>95 % CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Quartiles</source>
        <translation>Quartile</translation>
    </message>
    <message>
        <source>Change n</source>
        <translation>Änderung n</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Mittlere Änderung</translation>
    </message>
    <message>
        <source>Responders (95 % CI)</source>
        <translation>Responder (95-%-KI)</translation>
    </message>
    <message>
        <source>Out of range (95 % CI)</source>
        <translation>Außerhalb des Bereichs (95-%-KI)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Clinic outcomes report</source>
        <translation>Bericht Behandlungsergebnisse der Praxis</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Courses included</source>
        <translation>Eingeschlossene Behandlungsserien</translation>
    </message>
    <message>
        <source>Per visit</source>
        <translation>Je Termin</translation>
    </message>
    <message>
        <source>Difference in mean change vs %1</source>
        <translation>Unterschied der mittleren Änderung gegenüber %1</translation>
    </message>
    <message>
        <source>Differences between groups</source>
        <translation>Unterschiede zwischen Gruppen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Definitionen</translation>
    </message>
    <message>
        <source>Clinic outcomes report  ·  %1</source>
        <translation>Bericht Behandlungsergebnisse der Praxis  ·  %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Clinic outcomes report: %1</source>
        <translation>Bericht Behandlungsergebnisse der Praxis: %1</translation>
    </message>
    <message>
        <source>Outcomes of the clinic&apos;s courses of care per visit, without patient details</source>
        <translation>Ergebnisse der Behandlungsserien der Praxis je Termin, ohne Patientendaten</translation>
    </message>
    <message>
        <source>Clinician: %1</source>
        <translation>Behandelnde Person: %1</translation>
    </message>
    <message>
        <source>every clinician</source>
        <translation>alle Behandelnden</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicOutcomesView</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1 (%2 %, CI %3–%4 %)</source>
        <translation>%1 (%2 %, KI %3–%4 %)</translation>
    </message>
    <message>
        <source>Clinic outcomes</source>
        <translation>Behandlungsergebnisse der Praxis</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>All courses together</source>
        <translation>Alle Behandlungsserien zusammen</translation>
    </message>
    <message>
        <source>By treatment label</source>
        <translation>Nach Behandlungsbezeichnung</translation>
    </message>
    <message>
        <source>By course template</source>
        <translation>Nach Serienvorlage</translation>
    </message>
    <message>
        <source>Only courses with a value at this visit, so every visit counts the same courses</source>
        <translation>Nur Behandlungsserien mit einem Wert bei diesem Termin, damit jeder Termin dieselben Behandlungsserien zählt</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Include archived patients</source>
        <translation>Archivierte Patienten einbeziehen</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Messgröße:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Courses &amp;started from:</source>
        <translation>Serienbeginn &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Courses:</source>
        <translation>&amp;Behandlungsserien:</translation>
    </message>
    <message>
        <source>Clinic outcomes per visit</source>
        <translation>Behandlungsergebnisse der Praxis je Termin</translation>
    </message>
    <message>
        <source>Differences in change from baseline between groups</source>
        <translation>Unterschiede in der Veränderung gegenüber dem Ausgangswert zwischen den Gruppen</translation>
    </message>
    <message>
        <source>Export clinic outcomes</source>
        <translation>Behandlungsergebnisse der Praxis exportieren</translation>
    </message>
    <message>
        <source>clinic-outcomes.csv</source>
        <translation>clinic-outcomes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Every template</source>
        <translation>Alle Vorlagen</translation>
    </message>
    <message>
        <source>Every treatment</source>
        <translation>Alle Behandlungen</translation>
    </message>
    <message>
        <source>Any visits</source>
        <translation>Beliebige Termine</translation>
    </message>
    <message>
        <source>n counts the courses with a value at each visit; nothing is imputed. Change is from each course&apos;s baseline (the baseline visit, else the first recorded value). 95% CI of the mean by t; quartiles by linear interpolation; proportions with Wilson intervals; group differences by Welch&apos;s t.</source>
        <translation>n zählt die Behandlungsserien mit einem Wert beim jeweiligen Termin; es wird nichts imputiert. Die Veränderung bezieht sich auf den Ausgangswert der jeweiligen Behandlungsserie (den Wert der Eingangsuntersuchung, sonst den ersten erfassten Wert). 95-%-KI des Mittelwerts über die t-Verteilung; Quartile durch lineare Interpolation; Anteile mit Wilson-Intervallen; Gruppenunterschiede mit dem Welch-t-Test.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>Quartiles</source>
        <translation>Quartile</translation>
    </message>
    <message>
        <source>Change n</source>
        <translation>n Veränderung</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Mittlere Veränderung</translation>
    </message>
    <message>
        <source>Responders (95% CI)</source>
        <translation>Responder (95-%-KI)</translation>
    </message>
    <message>
        <source>Out of range (95% CI)</source>
        <translation>Außerhalb Referenzbereich (95-%-KI)</translation>
    </message>
    <message>
        <source>Difference in mean change vs %1</source>
        <translation>Unterschied der mittleren Veränderung gegenüber %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation>PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <source>One to three pages: the filters, the table, the charts and the definitions used</source>
        <translation>Eine bis drei Seiten: die Filter, die Tabelle, die Diagramme und die verwendeten Definitionen</translation>
    </message>
    <message>
        <source>Export clinic outcomes report</source>
        <translation>Bericht Behandlungsergebnisse der Praxis exportieren</translation>
    </message>
    <message>
        <source>clinic-outcomes.pdf</source>
        <translation>behandlungsergebnisse-praxis.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a measure first: there is nothing to report yet.</source>
        <translation>Wählen Sie zuerst eine Messgröße: Es gibt noch nichts zu berichten.</translation>
    </message>
    <message>
        <source>1 course selected</source>
        <translation>1 Behandlungsserie ausgewählt</translation>
    </message>
    <message>
        <source>%1 courses selected</source>
        <translation>%1 Behandlungsserien ausgewählt</translation>
    </message>
    <message>
        <source>Courses started with a clinician named; older courses have none</source>
        <translation>Behandlungsserien, bei deren Beginn die behandelnde Person genannt wurde; ältere nennen keine</translation>
    </message>
    <message>
        <source>Every clinician</source>
        <translation>Alle Behandelnden</translation>
    </message>
    <message>
        <source>With a value a&amp;t:</source>
        <translation>Mit einem &amp;Wert bei:</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicSettings</name>
    <message>
        <source>Confidential: contains health information about the named patient. If you received it in error, tell the sender and destroy it.</source>
        <translation>Vertraulich: enthält Gesundheitsdaten der genannten Person. Falls Sie dieses Dokument irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und vernichten Sie es.</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicSettingsRepository</name>
    <message>
        <source>read the clinic settings</source>
        <translation>Lesen der Praxiseinstellungen</translation>
    </message>
    <message>
        <source>save the clinic settings</source>
        <translation>Speichern der Praxiseinstellungen</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicalEvent</name>
    <message>
        <source>Flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>Injektion</translation>
    </message>
    <message>
        <source>Change of treatment</source>
        <translation>Therapiewechsel</translation>
    </message>
    <message>
        <source>Imaging</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Sonstiges Ereignis</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicalEventDialog</name>
    <message>
        <source>Add clinical event</source>
        <translation>Klinisches Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Edit clinical event</source>
        <translation>Klinisches Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Datum des Ereignisses</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Art des Ereignisses</translation>
    </message>
    <message>
        <source>Course the event belongs to</source>
        <translation>Behandlungsserie, zu der das Ereignis gehört</translation>
    </message>
    <message>
        <source>Not tied to a course</source>
        <translation>Keiner Behandlungsserie zugeordnet</translation>
    </message>
    <message>
        <source>%1 — from %2</source>
        <translation>%1 — ab %2</translation>
    </message>
    <message>
        <source>Event note</source>
        <translation>Notiz zum Ereignis</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicalEventRepository</name>
    <message>
        <source>The event needs a date.</source>
        <translation>Das Ereignis braucht ein Datum.</translation>
    </message>
    <message>
        <source>The event belongs to no patient.</source>
        <translation>Das Ereignis gehört zu keinem Patienten.</translation>
    </message>
    <message>
        <source>save the event</source>
        <translation>Speichern des Ereignisses</translation>
    </message>
    <message>
        <source>There is no event with id %1 for this patient.</source>
        <translation>Es gibt kein Ereignis mit der ID %1 für diesen Patienten.</translation>
    </message>
    <message>
        <source>This event was changed elsewhere after you opened it. Nothing was saved; reopen it.</source>
        <translation>Dieses Ereignis wurde nach dem Öffnen an anderer Stelle geändert. Es wurde nichts gespeichert; öffnen Sie es erneut.</translation>
    </message>
    <message>
        <source>read the events</source>
        <translation>Lesen der Ereignisse</translation>
    </message>
</context>
<context>
    <name>outcome::ClinicalEventsView</name>
    <message>
        <source>Add clinical &amp;event…</source>
        <translation>Klinisches &amp;Ereignis hinzufügen…</translation>
    </message>
    <message>
        <source>Edit clinical e&amp;vent…</source>
        <translation>Klinisches Ereignis bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>Clinical events</source>
        <translation>Klinische Ereignisse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Change clinical event</source>
        <translation>Klinisches Ereignis ändern</translation>
    </message>
    <message>
        <source>Why is this event being changed? The reason is kept in the audit trail.</source>
        <translation>Warum wird dieses Ereignis geändert? Der Grund wird im Änderungsprotokoll festgehalten.</translation>
    </message>
</context>
<context>
    <name>outcome::Course</name>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Laufend</translation>
    </message>
</context>
<context>
    <name>outcome::CourseOutcomesLoader</name>
    <message>
        <source>%1 has no course of care yet: start one to see progress.</source>
        <translation>%1 hat noch keine Behandlungsserie: Beginnen Sie eine, um den Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Course %1 belongs to another patient; choose one of %2&apos;s courses.</source>
        <translation>Die Behandlungsserie %1 gehört zu einem anderen Patienten; wählen Sie eine Behandlungsserie von %2.</translation>
    </message>
</context>
<context>
    <name>outcome::CourseRepository</name>
    <message>
        <source>This visit was changed elsewhere after you opened it. Nothing was saved; reopen the course and try again.</source>
        <translation>Dieser Termin wurde nach dem Öffnen an anderer Stelle geändert. Es wurde nichts gespeichert; öffnen Sie die Behandlungsserie erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>save the visits</source>
        <translation>Speichern der Termine</translation>
    </message>
    <message>
        <source>Start date is required.</source>
        <translation>Das Anfangsdatum ist erforderlich.</translation>
    </message>
    <message>
        <source>Choose a saved course template.</source>
        <translation>Wählen Sie eine gespeicherte Serienvorlage.</translation>
    </message>
    <message>
        <source>start the course</source>
        <translation>Beginnen der Behandlungsserie</translation>
    </message>
    <message>
        <source>Two visits of the course have the same position %1.</source>
        <translation>Zwei Termine der Behandlungsserie haben dieselbe Position %1.</translation>
    </message>
    <message>
        <source>save the course</source>
        <translation>Speichern der Behandlungsserie</translation>
    </message>
    <message>
        <source>This course was changed elsewhere after you opened it. Nothing was saved; reopen the patient and try again.</source>
        <translation>Diese Behandlungsserie wurde nach dem Öffnen an anderer Stelle geändert. Es wurde nichts gespeichert; öffnen Sie den Patienten erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>read the course</source>
        <translation>Lesen der Behandlungsserie</translation>
    </message>
    <message>
        <source>There is no course with id %1.</source>
        <translation>Es gibt keine Behandlungsserie mit der ID %1.</translation>
    </message>
    <message>
        <source>read the courses</source>
        <translation>Lesen der Behandlungsserien</translation>
    </message>
    <message>
        <source>read the visits</source>
        <translation>Lesen der Termine</translation>
    </message>
    <message>
        <source>read the visit</source>
        <translation>Lesen des Termins</translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation>Es gibt keinen Termin mit der ID %1.</translation>
    </message>
    <message>
        <source>Scheduled date is required.</source>
        <translation>Das geplante Datum ist erforderlich.</translation>
    </message>
    <message>
        <source>A visit that took place needs the date it took place.</source>
        <translation>Ein stattgefundener Termin braucht das Datum, an dem er stattfand.</translation>
    </message>
    <message>
        <source>save the visit</source>
        <translation>Speichern des Termins</translation>
    </message>
    <message>
        <source>The course already has a visit at position %1.</source>
        <translation>Die Behandlungsserie hat bereits einen Termin an Position %1.</translation>
    </message>
    <message>
        <source>The extra visit needs a date.</source>
        <translation>Der Zusatztermin braucht ein Datum.</translation>
    </message>
    <message>
        <source>add the visit</source>
        <translation>Hinzufügen des Termins</translation>
    </message>
    <message>
        <source>read the schedule</source>
        <translation>Lesen des Terminplans</translation>
    </message>
    <message>
        <source>read the clinicians</source>
        <translation>Lesen der Behandelnden</translation>
    </message>
</context>
<context>
    <name>outcome::CourseSchedule</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>In sessions</source>
        <translation>In Behandlung</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>outcome::CourseTemplate</name>
    <message>
        <source>8 sessions / 4 weeks + 6-month follow-up</source>
        <translation>8 Sitzungen / 4 Wochen + 6-Monats-Nachuntersuchung</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>Number of sessions: %1 is outside 0-100.</source>
        <translation>Anzahl der Sitzungen: %1 liegt außerhalb von 0–100.</translation>
    </message>
    <message>
        <source>Sessions per week: %1 is outside 1-7.</source>
        <translation>Sitzungen pro Woche: %1 liegt außerhalb von 1–7.</translation>
    </message>
    <message>
        <source>Weekday %1 is not a day of the week (1 = Monday .. 7 = Sunday).</source>
        <translation>Wochentag %1 ist kein Tag der Woche (1 = Montag … 7 = Sonntag).</translation>
    </message>
    <message>
        <source>Choose %1 weekdays for %1 sessions a week (%2 chosen).</source>
        <translation>Wählen Sie %1 Wochentage für %1 Sitzungen pro Woche (%2 gewählt).</translation>
    </message>
    <message>
        <source>Every follow-up needs a name (for example &quot;3 months&quot;).</source>
        <translation>Jede Nachuntersuchung braucht eine Bezeichnung (zum Beispiel „3 Monate“).</translation>
    </message>
    <message>
        <source>Follow-up &quot;%1&quot;: offset %2 must be at least 1.</source>
        <translation>Nachuntersuchung „%1“: Der Abstand %2 muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Only one follow-up can close the course.</source>
        <translation>Nur eine Nachuntersuchung kann die Behandlungsserie abschließen.</translation>
    </message>
</context>
<context>
    <name>outcome::CourseTemplateEditor</name>
    <message>
        <source>Course templates</source>
        <translation>Serienvorlagen</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Anzahl der Sitzungen</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sitzungen pro Woche</translation>
    </message>
    <message>
        <source>Sessions on %1</source>
        <translation>Sitzungen am %1</translation>
    </message>
    <message>
        <source>No weekday ticked: sessions are spread evenly from the start date&apos;s weekday.</source>
        <translation>Kein Wochentag angekreuzt: Die Sitzungen werden ab dem Wochentag des Anfangsdatums gleichmäßig verteilt.</translation>
    </message>
    <message>
        <source>Follow-up visits</source>
        <translation>Nachuntersuchungen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachuntersuchung</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Gezählt ab</translation>
    </message>
    <message>
        <source>Closes course</source>
        <translation>Schließt Serie ab</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>Nachuntersuchung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve follow-up</source>
        <translation>Nachuntersuchung &amp;entfernen</translation>
    </message>
    <message>
        <source>Instruments at each visit</source>
        <translation>Instrumente bei jedem Termin</translation>
    </message>
    <message>
        <source>Click or press Space to cycle: empty = not taken, dash = optional, tick = always taken.</source>
        <translation>Klicken oder Leertaste drücken zum Wechseln: leer = nicht erhoben, Strich = optional, Haken = immer erhoben.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>sessions, &amp;per week</source>
        <translation>Sitzungen, &amp;pro Woche</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nachuntersuchungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Instruments at each visit&lt;/b&gt;</source>
        <translation>&lt;b&gt;Instrumente bei jedem Termin&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Als neue &amp;Version speichern</translation>
    </message>
    <message>
        <source>Courses already started keep the template version they began with.</source>
        <translation>Bereits begonnene Behandlungsserien behalten die Vorlagenversion, mit der sie begonnen wurden.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Offset of %1</source>
        <translation>Abstand von %1</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Unit of the offset of %1</source>
        <translation>Einheit des Abstands von %1</translation>
    </message>
    <message>
        <source>course start</source>
        <translation>Serienbeginn</translation>
    </message>
    <message>
        <source>last session</source>
        <translation>letzte Sitzung</translation>
    </message>
    <message>
        <source>What the offset of %1 counts from</source>
        <translation>Wovon der Abstand von %1 gezählt wird</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Eingangsuntersuchung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>A course starting today would have %1 visits: baseline %2, then %3.</source>
        <translation>Eine heute beginnende Behandlungsserie hätte %1 Termine: Eingangsuntersuchung %2, dann %3.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; as version %2.</source>
        <translation>„%1“ als Version %2 gespeichert.</translation>
    </message>
    <message>
        <source>Retire template</source>
        <translation>Vorlage zurückziehen</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;? It is no longer offered for new courses; courses started from it are not changed.</source>
        <translation>„%1“ zurückziehen? Sie wird für neue Behandlungsserien nicht mehr angeboten; bereits damit begonnene Behandlungsserien bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>outcome::CourseTemplateRepository</name>
    <message>
        <source>read course templates</source>
        <translation>Lesen der Serienvorlagen</translation>
    </message>
    <message>
        <source>Course template &quot;%1&quot; is damaged: %2</source>
        <translation>Die Serienvorlage „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>There is no course template with id %1.</source>
        <translation>Es gibt keine Serienvorlage mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no course template &quot;%1&quot; version %2.</source>
        <translation>Es gibt keine Serienvorlage „%1“ in Version %2.</translation>
    </message>
    <message>
        <source>A course template needs a name.</source>
        <translation>Eine Serienvorlage braucht einen Namen.</translation>
    </message>
    <message>
        <source>save the course template</source>
        <translation>Speichern der Serienvorlage</translation>
    </message>
    <message>
        <source>retire the course template</source>
        <translation>Zurückziehen der Serienvorlage</translation>
    </message>
</context>
<context>
    <name>outcome::CourseTimeAxes</name>
    <message>
        <source>treatment sessions</source>
        <translation>Behandlungssitzungen</translation>
    </message>
    <message>
        <source>course: %1 sessions in %2 weeks</source>
        <translation>Serie: %1 Sitzungen in %2 Wochen</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>after the treatment</source>
        <translation>nach der Behandlung</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>Nachuntersuchung</translation>
    </message>
</context>
<context>
    <name>outcome::CourseTimeline</name>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>extra visit</source>
        <translation>Zusatztermin</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>Bildgebung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 versäumt</translation>
    </message>
    <message>
        <source>missed session %1</source>
        <translation>Sitzung %1 versäumt</translation>
    </message>
    <message>
        <source>missed visit</source>
        <translation>Termin versäumt</translation>
    </message>
    <message>
        <source>%1 missed (planned for %2)</source>
        <translation>%1 versäumt (geplant für %2)</translation>
    </message>
    <message>
        <source>%1 missed (planned for %2): %3</source>
        <translation>%1 versäumt (geplant für %2): %3</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>outcome::CourseTimelineView</name>
    <message>
        <source>&amp;Start course…</source>
        <translation>Behandlungsserie &amp;beginnen…</translation>
    </message>
    <message>
        <source>&amp;Enter results…</source>
        <translation>&amp;Ergebnisse eingeben…</translation>
    </message>
    <message>
        <source>&amp;Reschedule visit…</source>
        <translation>Termin &amp;verschieben…</translation>
    </message>
    <message>
        <source>Mark visit &amp;missed</source>
        <translation>Termin als &amp;nicht wahrgenommen markieren</translation>
    </message>
    <message>
        <source>&amp;Cancel visit</source>
        <translation>Termin &amp;absagen</translation>
    </message>
    <message>
        <source>Add e&amp;xtra visit…</source>
        <translation>&amp;Zusatztermin hinzufügen…</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <source>Visits of the course</source>
        <translation>Termine der Behandlungsserie</translation>
    </message>
    <message>
        <source>No course yet. Start one with Course ▸ Start course (Ctrl+Shift+N).</source>
        <translation>Noch keine Behandlungsserie. Beginnen Sie eine mit Behandlung ▸ Behandlungsserie beginnen (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>%1 of %2 sessions done</source>
        <translation>%1 von %2 Sitzungen erfolgt</translation>
    </message>
    <message>
        <source>1 visit overdue</source>
        <translation>1 Termin überfällig</translation>
    </message>
    <message>
        <source>%1 visits overdue</source>
        <translation>%1 Termine überfällig</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 versäumt</translation>
    </message>
    <message>
        <source>next: %1 on %2</source>
        <translation>nächster: %1 am %2</translation>
    </message>
    <message>
        <source>template version %1</source>
        <translation>Vorlagenversion %1</translation>
    </message>
    <message>
        <source>marking %1 missed</source>
        <translation>Markieren von %1 als versäumt</translation>
    </message>
    <message>
        <source>cancelling %1</source>
        <translation>Absagen von %1</translation>
    </message>
    <message>
        <source>rescheduling %1</source>
        <translation>Verschieben von %1</translation>
    </message>
    <message>
        <source>Patient &amp;fills in…</source>
        <translation>Patient &amp;füllt aus…</translation>
    </message>
    <message>
        <source>&amp;Print questionnaires for this visit…</source>
        <translation>Fragebögen für diesen Termin &amp;drucken…</translation>
    </message>
    <message>
        <source>The questionnaires planned at this visit as a PDF to fill in by hand, numbered in the order the results form takes them</source>
        <translation>Die für diesen Termin geplanten Fragebögen als PDF zum Ausfüllen von Hand, nummeriert in der Reihenfolge des Ergebnisformulars</translation>
    </message>
    <message>
        <source>Save questionnaires as PDF</source>
        <translation>Fragebögen als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>questionnaires-%1-%2.pdf</source>
        <translation>fragebogen-%1-%2.pdf</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Ab %1</translation>
    </message>
    <message>
        <source>%1
Clinician: %2</source>
        <translation>%1
Behandelnde Person: %2</translation>
    </message>
</context>
<context>
    <name>outcome::CsvExport</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>above: %1</source>
        <translation>darüber: %1</translation>
    </message>
    <message>
        <source>up to %1: %2</source>
        <translation>bis %1: %2</translation>
    </message>
    <message>
        <source>below %1: %2</source>
        <translation>unter %1: %2</translation>
    </message>
    <message>
        <source>The patient&apos;s chart number</source>
        <translation>Die Patientennummer des Patienten</translation>
    </message>
    <message>
        <source>The patient&apos;s family name</source>
        <translation>Der Nachname des Patienten</translation>
    </message>
    <message>
        <source>The patient&apos;s given name</source>
        <translation>Der Vorname des Patienten</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>date, YYYY-MM-DD</source>
        <translation>Datum, JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Pseudonym: the same patient gets the same one in every de-identified export of this database; it cannot be turned back into a chart number</source>
        <translation>Pseudonym: Derselbe Patient erhält in jedem pseudonymisierten Export dieser Datenbank dasselbe Pseudonym; es lässt sich nicht in eine Patientennummer zurückführen</translation>
    </message>
    <message>
        <source>Age at the course start, in whole years</source>
        <translation>Alter bei Serienbeginn, in vollen Jahren</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Sex as recorded</source>
        <translation>Geschlecht wie erfasst</translation>
    </message>
    <message>
        <source>The day the course of care started</source>
        <translation>Der Tag, an dem die Behandlungsserie begann</translation>
    </message>
    <message>
        <source>The key of the course template the schedule came from</source>
        <translation>Der Schlüssel der Serienvorlage, aus der der Terminplan stammt</translation>
    </message>
    <message>
        <source>The clinician&apos;s label for the treatment (free text)</source>
        <translation>Bezeichnung der Behandlung durch die Behandelnden (Freitext)</translation>
    </message>
    <message>
        <source>Days from the course start to %1 (when it took place, else when it was planned)</source>
        <translation>Tage vom Serienbeginn bis zum Termin %1 (wann er stattfand, sonst wann er geplant war)</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Date of %1 (when it took place, else when it was planned)</source>
        <translation>Datum des Termins %1 (wann er stattfand, sonst wann er geplant war)</translation>
    </message>
    <message>
        <source>Whether %1 at %2 was reported beyond the lab&apos;s limit</source>
        <translation>Ob %1 beim Termin %2 als jenseits der Nachweisgrenze des Labors angegeben wurde</translation>
    </message>
    <message>
        <source>empty: measured; below: less than the value given (detection limit); above: more than the value given</source>
        <translation>leer: gemessen; below: kleiner als der angegebene Wert (Nachweisgrenze); above: größer als der angegebene Wert</translation>
    </message>
    <message>
        <source>The clinician who treats the patient in the course (free text; empty where none was recorded)</source>
        <translation>Die Person, die den Patienten in der Behandlungsserie behandelt (Freitext; leer, wo keine erfasst wurde)</translation>
    </message>
</context>
<context>
    <name>outcome::CsvImport</name>
    <message>
        <source>line %1, column %2 (%3): %4</source>
        <translation>Zeile %1, Spalte %2 (%3): %4</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>a date is required (YYYY-MM-DD)</source>
        <translation>ein Datum ist erforderlich (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed (a whole number, %2 or more)</source>
        <translation>„%1“ ist nicht zulässig (eine ganze Zahl, %2 oder mehr)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed (one of: %2)</source>
        <translation>„%1“ ist nicht zulässig (eines von: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; differs from line %2 (&quot;%3&quot;), which describes the same record</source>
        <translation>„%1“ weicht von Zeile %2 („%3“) ab, die denselben Datensatz beschreibt</translation>
    </message>
    <message>
        <source>The file is empty; it needs a header line and answers.</source>
        <translation>Die Datei ist leer; sie braucht eine Kopfzeile und Antworten.</translation>
    </message>
    <message>
        <source>line 1: this is a de-identified file (it has patient_id instead of chart_number); de-identified files cannot be imported.</source>
        <translation>Zeile 1: Dies ist eine pseudonymisierte Datei (sie hat patient_id statt chart_number); pseudonymisierte Dateien können nicht importiert werden.</translation>
    </message>
    <message>
        <source>line 1, column %1: unknown column &quot;%2&quot; (expected: %3)</source>
        <translation>Zeile 1, Spalte %1: unbekannte Spalte „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>line 1, column %1: column &quot;%2&quot; appears twice</source>
        <translation>Zeile 1, Spalte %1: Spalte „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>line 1: the column &quot;%1&quot; is missing</source>
        <translation>Zeile 1: Die Spalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>the line has %1 fields; the header has %2</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>a visit that took place (done) needs the date it took place</source>
        <translation>ein stattgefundener Termin (done) braucht das Datum, an dem er stattfand</translation>
    </message>
    <message>
        <source>a session needs its number (1 or more)</source>
        <translation>eine Sitzung braucht ihre Nummer (1 oder höher)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; version &quot;%2&quot; is not a known instrument (known: %3)</source>
        <translation>„%1“ Version „%2“ ist kein bekanntes Instrument (bekannt: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not allowed (0 or 1)</source>
        <translation>„%1“ ist nicht zulässig (0 oder 1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item of %2 (items: %3)</source>
        <translation>„%1“ ist kein Item von %2 (Items: %3)</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; appears twice for this assessment</source>
        <translation>Item „%1“ kommt für diese Erhebung zweimal vor</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (use a point for decimals)</source>
        <translation>„%1“ ist keine Zahl (verwenden Sie einen Punkt als Dezimaltrennzeichen)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>course template &quot;%1&quot; version %2 is not in this database; create it first</source>
        <translation>Serienvorlage „%1“ Version %2 ist nicht in dieser Datenbank; legen Sie sie zuerst an</translation>
    </message>
    <message>
        <source>the %1 assessment at visit %2 of the course starting %3 already exists with other answers; an import never overwrites them: remove these lines or correct the assessment in the program</source>
        <translation>die Erhebung %1 beim Termin %2 der am %3 begonnenen Behandlungsserie existiert bereits mit anderen Antworten; ein Import überschreibt sie nie: Entfernen Sie diese Zeilen oder korrigieren Sie die Erhebung im Programm</translation>
    </message>
    <message>
        <source>the visit is &quot;%1&quot;, but answers can only belong to a visit that took place (done); correct the visit or remove its answers</source>
        <translation>der Termin ist „%1“, aber Antworten können nur zu einem stattgefundenen Termin (done) gehören; korrigieren Sie den Termin oder entfernen Sie seine Antworten</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2); answers can only belong to a visit that took place</source>
        <translation>%1 liegt in der Zukunft (heute ist der %2); Antworten können nur zu einem stattgefundenen Termin gehören</translation>
    </message>
    <message>
        <source>chart number %1 has &quot;%2&quot; in this database, the file &quot;%3&quot;; correct the file or the register, or keep the database&apos;s values</source>
        <translation>Patientennummer %1 hat in dieser Datenbank „%2“, in der Datei „%3“; korrigieren Sie die Datei oder die Patientenliste oder behalten Sie die Werte der Datenbank</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>visit %1 of the course starting %2 has &quot;%3&quot; in this database, the file &quot;%4&quot;; the answers would belong to another visit: correct the file or the visit first</source>
        <translation>Termin %1 der am %2 begonnenen Behandlungsserie hat in dieser Datenbank „%3“, in der Datei „%4“; die Antworten würden zu einem anderen Termin gehören: Korrigieren Sie zuerst die Datei oder den Termin</translation>
    </message>
    <message>
        <source>%1; the database&apos;s values were kept where the file differs: %2</source>
        <translation>%1; wo die Datei abweicht, wurden die Werte der Datenbank beibehalten: %2</translation>
    </message>
    <message>
        <source>a line without an instrument describes a visit only; this column must be empty, or name the instrument</source>
        <translation>eine Zeile ohne Instrument beschreibt nur einen Termin; diese Spalte muss leer sein, oder nennen Sie das Instrument</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no course of chart number %1 starting %2 with template %3 version %4 is in the answers file</source>
        <translation>in der Antwortdatei steht keine Behandlungsserie der Patientennummer %1 mit Beginn %2, Vorlage %3, Version %4</translation>
    </message>
    <message>
        <source>%1 is in the future (today is %2); an event is recorded once it has happened</source>
        <translation>%1 liegt in der Zukunft (heute ist %2); ein Ereignis wird erfasst, wenn es eingetreten ist</translation>
    </message>
    <message>
        <source>%1: line %2: chart number %3 is neither in the answers file nor in this database</source>
        <translation>%1: Zeile %2: Patientennummer %3 steht weder in der Antwortdatei noch in dieser Datenbank</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
</context>
<context>
    <name>outcome::CsvReader</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Die Datei ist kein UTF-8-Text; speichern Sie sie als „CSV UTF-8“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>a closing quote must be followed by a comma or the end of the line</source>
        <translation>auf ein schließendes Anführungszeichen muss ein Komma oder das Zeilenende folgen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; put the whole field in quotes and double the quote (&quot;&quot;)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the byte 0x%1 is not UTF-8 text; save the file as &quot;CSV UTF-8&quot; and try again</source>
        <translation>das Byte 0x%1 ist kein UTF-8-Text; speichern Sie die Datei als „CSV UTF-8“ und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>outcome::DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The database file is damaged.&lt;/b&gt; It was not opened for writing, so nothing more can go wrong with it.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Restore a backup: the damaged file is kept beside the database (renamed), and the program opens the restored copy. Or look at the damaged file read-only to see what it still shows.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Datenbankdatei ist beschädigt.&lt;/b&gt; Sie wurde nicht zum Schreiben geöffnet, damit nichts weiter schiefgehen kann.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Stellen Sie eine Sicherung wieder her: Die beschädigte Datei bleibt (umbenannt) neben der Datenbank erhalten, und das Programm öffnet die wiederhergestellte Kopie. Oder sehen Sie sich die beschädigte Datei schreibgeschützt an, um zu sehen, was sie noch zeigt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Backup to restore</source>
        <translation>Wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <source>&amp;Backup:</source>
        <translation>&amp;Sicherung:</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Look &amp;read-only</source>
        <translation>&amp;Nur lesend ansehen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>There are no backups in %1.</source>
        <translation>In %1 gibt es keine Sicherungen.</translation>
    </message>
</context>
<context>
    <name>outcome::Database</name>
    <message>
        <source>%1 is damaged and was not opened for writing (%2). Restore the latest good backup.</source>
        <translation>%1 ist beschädigt und wurde nicht zum Schreiben geöffnet (%2). Stellen Sie die letzte gute Sicherung wieder her.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Outcome Tracker (database version %2; this program understands up to %3). It has not been changed. Install the newer version to open it.</source>
        <translation>%1 wurde von einer neueren Version von Outcome Tracker geschrieben (Datenbankversion %2; dieses Programm versteht bis Version %3). Die Datei wurde nicht verändert. Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>This database is open read-only; changes cannot be saved.</source>
        <translation>Diese Datenbank ist schreibgeschützt geöffnet; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not start saving (the database may be busy in another window): %1</source>
        <translation>Speichern konnte nicht beginnen (die Datenbank ist vielleicht in einem anderen Fenster belegt): %1</translation>
    </message>
    <message>
        <source>Nothing was saved because an earlier step failed.</source>
        <translation>Es wurde nichts gespeichert, weil ein früherer Schritt fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 is not an Outcome Tracker database (%2). It has not been changed. Choose another file, or restore a backup.</source>
        <translation>%1 ist keine Outcome-Tracker-Datenbank (%2). Sie wurde nicht verändert. Wählen Sie eine andere Datei oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 is not a database file (it is a folder or a device). Choose an Outcome Tracker database file.</source>
        <translation>%1 ist keine Datenbankdatei (sondern ein Ordner oder ein Gerät). Wählen Sie eine Outcome-Tracker-Datenbankdatei.</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>sie ist keine SQLite-Datei</translation>
    </message>
    <message>
        <source>Cannot save in %1: the folder %2 is read-only for you, and Outcome Tracker needs to write beside the database. Move the database to a folder you can write to, or ask whoever manages the folder.</source>
        <translation>In %1 kann nicht gespeichert werden: Der Ordner %2 ist für Sie schreibgeschützt, und Outcome Tracker muss neben der Datenbank schreiben. Verschieben Sie die Datenbank in einen Ordner, in den Sie schreiben dürfen, oder wenden Sie sich an die Person, die den Ordner verwaltet.</translation>
    </message>
    <message>
        <source>Cannot save in %1: the file is read-only for you. Make it writable, or work on a copy.</source>
        <translation>In %1 kann nicht gespeichert werden: Die Datei ist für Sie schreibgeschützt. Machen Sie sie beschreibbar oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>it holds other tables</source>
        <translation>sie enthält fremde Tabellen</translation>
    </message>
    <message>
        <source>it holds no data</source>
        <translation>sie enthält keine Daten</translation>
    </message>
    <message>
        <source>%1 uses an older database version (%2) and must be upgraded before it can be read here, but this opens it read-only. Open it once in Outcome Tracker to upgrade it.</source>
        <translation>%1 verwendet eine ältere Datenbankversion (%2) und muss aktualisiert werden, bevor sie hier gelesen werden kann, wird hier aber nur lesend geöffnet. Öffnen Sie sie einmal in Outcome Tracker, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is read-only (%3). Make the file and its folder writable, or work on a copy.</source>
        <translation>%1 fehlgeschlagen: Die Datenbank %2 ist schreibgeschützt (%3). Machen Sie die Datei und ihren Ordner beschreibbar oder arbeiten Sie mit einer Kopie.</translation>
    </message>
    <message>
        <source>start saving</source>
        <translation>Beginnen des Speicherns</translation>
    </message>
    <message>
        <source>Cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian and Ubuntu: libqt6sql6-psql).</source>
        <translation>Keine Verbindung zu %1: Der PostgreSQL-Treiber für Qt ist nicht installiert (Debian und Ubuntu: libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>it holds no data yet; `migrate` or `demo` fills it</source>
        <translation>sie enthält noch keine Daten; `migrate` oder `demo` füllt sie</translation>
    </message>
    <message>
        <source>Could not %1: the connection to %2 was lost (%3). Nothing was saved; what you entered is still here. Try again when the server can be reached.</source>
        <translation>Konnte nicht %1: Die Verbindung zu %2 ist abgebrochen (%3). Nichts wurde gespeichert; Ihre Eingaben sind noch da. Versuchen Sie es erneut, sobald der Server erreichbar ist.</translation>
    </message>
    <message>
        <source>Lost the connection to %1; trying again. %2</source>
        <translation>Verbindung zu %1 verloren; neuer Versuch läuft. %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Could not %1: the account may only read %2 (%3). Ask the clinic&apos;s administrator to let it write, or sign in with an account that may.</source>
        <translation>%1 fehlgeschlagen: Das Konto darf %2 nur lesen (%3). Bitten Sie die Administration der Praxis um Schreibrechte oder melden Sie sich mit einem Konto an, das schreiben darf.</translation>
    </message>
    <message>
        <source>Could not gather the server&apos;s statistics: %1</source>
        <translation>Die Statistiken des Servers konnten nicht erhoben werden: %1</translation>
    </message>
</context>
<context>
    <name>outcome::DatabaseCopy</name>
    <message>
        <source>Could not read the columns of %1 in %2: %3</source>
        <translation>Die Spalten von %1 in %2 konnten nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>Could not read %1 in %2: %3</source>
        <translation>%1 in %2 konnte nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>The table %1 has other columns in %2 than in %3; both must be at the same database version.</source>
        <translation>Die Tabelle %1 hat in %2 andere Spalten als in %3; beide müssen dieselbe Datenbankversion haben.</translation>
    </message>
    <message>
        <source>copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Could not set where new ids of %1 start: %2</source>
        <translation>Der Beginn neuer IDs von %1 konnte nicht festgelegt werden: %2</translation>
    </message>
    <message>
        <source>%1 is at database version %2 and %3 at version %4; open the older one once in this version of Outcome Tracker first.</source>
        <translation>%1 hat die Datenbankversion %2 und %3 die Version %4; öffnen Sie die ältere zuerst einmal in dieser Version von Outcome Tracker.</translation>
    </message>
    <message>
        <source>%1 already holds records (%2 rows in %3). Records are moved only into an empty database, so that nothing there is mixed with or overwritten by them.</source>
        <translation>%1 enthält bereits Daten (%2 Zeilen in %3). Daten werden nur in eine leere Datenbank übertragen, damit dort nichts vermischt oder überschrieben wird.</translation>
    </message>
    <message>
        <source>The copy of %1 does not match the original (%2 rows, checksum %3; the original has %4 rows, checksum %5). Nothing was written.</source>
        <translation>Die Kopie von %1 stimmt nicht mit dem Original überein (%2 Zeilen, Prüfsumme %3; das Original hat %4 Zeilen, Prüfsumme %5). Nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>outcome::DatabaseFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Refused to %1: %2 is a database this program has open, and only SQLite may open it while it is in use.</source>
        <translation>Abgelehnt (%1): %2 ist eine Datenbank, die dieses Programm geöffnet hat, und solange sie in Gebrauch ist, darf nur SQLite sie öffnen.</translation>
    </message>
    <message>
        <source>%1 is a database; it was not overwritten. Choose another file name.</source>
        <translation>%1 ist eine Datenbank und wurde nicht überschrieben. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>flush a file</source>
        <translation>Datei auf die Festplatte schreiben</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1 to the disk.</source>
        <translation>%1 konnte nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot open the folder %1.</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Could not write the folder %1 to the disk.</source>
        <translation>Der Ordner %1 konnte nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>replace a database file</source>
        <translation>Datenbankdatei ersetzen</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <source>copy a database file</source>
        <translation>Datenbankdatei kopieren</translation>
    </message>
    <message>
        <source>Could not keep %1 as %2.</source>
        <translation>%1 konnte nicht als %2 aufbewahrt werden.</translation>
    </message>
</context>
<context>
    <name>outcome::DatabaseStartup</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The automatic backup on closing failed: %1
Your data is saved in %2; make a backup from the File menu the next time, or check the disk.</source>
        <translation>Die automatische Sicherung beim Beenden ist fehlgeschlagen: %1
Ihre Daten sind in %2 gespeichert; erstellen Sie beim nächsten Mal eine Sicherung über das Menü Datei, oder prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1
The database was not replaced.</source>
        <translation>%1
Die Datenbank wurde nicht ersetzt.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>%1 wurde aus %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 was restored from %2.
The replaced file is kept as %3.</source>
        <translation>%1 wurde aus %2 wiederhergestellt.
Die ersetzte Datei ist als %3 erhalten.</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>%1

Open it read-only, to look without saving?</source>
        <translation>%1

Schreibgeschützt öffnen, um sie ohne Speichern anzusehen?</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <source>%1 is encrypted. Type its passphrase to restore it:</source>
        <translation>%1 ist verschlüsselt. Geben Sie die Passphrase ein, um sie wiederherzustellen:</translation>
    </message>
    <message>
        <source>Clinic server password</source>
        <translation>Passwort für den Praxisserver</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>That password was not accepted. Password for %1:</source>
        <translation>Dieses Passwort wurde nicht angenommen. Passwort für %1:</translation>
    </message>
    <message>
        <source>Cannot connect to the clinic server</source>
        <translation>Keine Verbindung zum Praxisserver</translation>
    </message>
</context>
<context>
    <name>outcome::DatabaseSummary</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>count the records</source>
        <translation>Zählen der Datensätze</translation>
    </message>
    <message>
        <source>It is encrypted: its passphrase is asked for when it is restored.</source>
        <translation>Sie ist verschlüsselt: Beim Wiederherstellen wird nach der Passphrase gefragt.</translation>
    </message>
</context>
<context>
    <name>outcome::DemoClinic</name>
    <message>
        <source>The demo needs at least one patient.</source>
        <translation>Die Demo braucht mindestens einen Patienten.</translation>
    </message>
    <message>
        <source>%1 already holds %2 patients; demo data goes into a new file.</source>
        <translation>%1 enthält bereits %2 Patienten; Demodaten kommen in eine neue Datei.</translation>
    </message>
    <message>
        <source>MRI lumbar spine.</source>
        <translation>MRT der Lendenwirbelsäule.</translation>
    </message>
    <message>
        <source>Epidural steroid injection.</source>
        <translation>Epidurale Steroidinjektion.</translation>
    </message>
    <message>
        <source>%1 already holds %2 patients; demo data goes into a new, empty database.</source>
        <translation>%1 enthält bereits %2 Patienten; Demodaten kommen in eine neue, leere Datenbank.</translation>
    </message>
</context>
<context>
    <name>outcome::EntryKeys</name>
    <message>
        <source>0-9</source>
        <translation>0-9</translation>
    </message>
    <message>
        <source>Answer by the code on the paper form (1 then 0 is ten)</source>
        <translation>Antwort nach dem Code auf dem Papierbogen (1, dann 0 ist zehn)</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Choose the answer before or after</source>
        <translation>Die vorherige oder nächste Antwort wählen</translation>
    </message>
    <message>
        <source>change</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Pos1</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Choose the first or the last answer</source>
        <translation>Die erste oder letzte Antwort wählen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <source>Previous or next question, answer unchanged</source>
        <translation>Vorherige oder nächste Frage, Antwort unverändert</translation>
    </message>
    <message>
        <source>move</source>
        <translation>bewegen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Next question (left blank if nothing is chosen)</source>
        <translation>Nächste Frage (leer gelassen, wenn nichts gewählt ist)</translation>
    </message>
    <message>
        <source>next</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Shift+Tab</source>
        <translation>Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next or previous field, Record boxes included</source>
        <translation>Nächstes oder vorheriges Feld, Erfassungsfelder eingeschlossen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Tick or untick a statement; on answer cells, as Enter</source>
        <translation>Eine Aussage ankreuzen oder das Kreuz entfernen; in Antwortzellen wie Eingabe</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Tick a statement or leave it unticked, and go on</source>
        <translation>Eine Aussage ankreuzen oder nicht ankreuzen und weitergehen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>Clear the answer</source>
        <translation>Die Antwort löschen</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>Save the results and mark the visit done</source>
        <translation>Die Ergebnisse speichern und den Termin als erledigt markieren</translation>
    </message>
    <message>
        <source>save</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close (asks first only if something would be lost)</source>
        <translation>Schließen (fragt nur, wenn etwas verloren ginge)</translation>
    </message>
    <message>
        <source>close</source>
        <translation>schließen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>outcome::ExpectedCourseReader</name>
    <message>
        <source>read the audit trail</source>
        <translation>das Änderungsprotokoll lesen</translation>
    </message>
</context>
<context>
    <name>outcome::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>CSV files: item-level answers, scores (long), wide, column list</source>
        <translation>CSV-Dateien: Antworten auf Item-Ebene, Scores (Langformat), Breitformat, Spaltenliste</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (JSON)</source>
        <translation>FHIR-R4-Bundle (JSON)</translation>
    </message>
    <message>
        <source>The open patient</source>
        <translation>Der geöffnete Patient</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>&amp;De-identified: pseudonym, age and days from the course start instead of name, chart number and dates</source>
        <translation>Pseud&amp;onymisiert: Pseudonym, Alter und Tage ab Serienbeginn statt Name, Patientennummer und Datumsangaben</translation>
    </message>
    <message>
        <source>Keep &amp;free text (treatment and visit labels, notes): check it for names first</source>
        <translation>Frei&amp;text behalten (Behandlungs- und Terminbezeichnungen, Notizen): vorher auf Namen prüfen</translation>
    </message>
    <message>
        <source>CSV for a &amp;spreadsheet (Excel, LibreOffice) rather than for R or pandas</source>
        <translation>CSV für eine Tabellen&amp;kalkulation (Excel, LibreOffice) statt für R oder pandas</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Patients:</source>
        <translation>&amp;Patienten:</translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation>Speichern &amp;in:</translation>
    </message>
    <message>
        <source>The file to write (.json)</source>
        <translation>Die zu schreibende Datei (.json)</translation>
    </message>
    <message>
        <source>The folder to write the files into</source>
        <translation>Der Ordner, in den die Dateien geschrieben werden</translation>
    </message>
    <message>
        <source>Export FHIR bundle</source>
        <translation>FHIR-Bundle exportieren</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>FHIR-JSON (*.json)</translation>
    </message>
    <message>
        <source>Export CSV files into</source>
        <translation>CSV-Dateien exportieren nach</translation>
    </message>
    <message>
        <source>The 1 patient listed in the register</source>
        <translation>Der 1 in der Patientenliste aufgeführte Patient</translation>
    </message>
    <message>
        <source>The %1 patients listed in the register</source>
        <translation>Die %1 in der Patientenliste aufgeführten Patienten</translation>
    </message>
    <message>
        <source>E&amp;ncrypt into one file with a passphrase, for sending</source>
        <translation>In eine Datei &amp;verschlüsseln, mit einer Passphrase, zum Versenden</translation>
    </message>
    <message>
        <source>Everything goes into one file that nobody can read without the passphrase. Tell the recipient the passphrase another way (by phone); they open the file with outcome-tracker-cli unseal.</source>
        <translation>Alles kommt in eine Datei, die ohne die Passphrase niemand lesen kann. Teilen Sie der Empfängerin oder dem Empfänger die Passphrase auf anderem Weg mit (telefonisch); geöffnet wird die Datei mit outcome-tracker-cli unseal.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>A&amp;gain:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>The encrypted file to write (.%1)</source>
        <translation>Die verschlüsselte Datei, die geschrieben wird (.%1)</translation>
    </message>
    <message>
        <source>Export into an encrypted file</source>
        <translation>In eine verschlüsselte Datei exportieren</translation>
    </message>
    <message>
        <source>Encrypted export (*.%1)</source>
        <translation>Verschlüsselter Export (*.%1)</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie in beide Felder dieselbe ein.</translation>
    </message>
    <message>
        <source>Passp&amp;hrase:</source>
        <translation>Passp&amp;hrase:</translation>
    </message>
</context>
<context>
    <name>outcome::FreeText</name>
    <message>
        <source>Day %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>outcome::GuiApplication</name>
    <message>
        <source>Outcome Tracker: clinical outcomes over a course of care.</source>
        <translation>Outcome Tracker: klinische Verläufe über eine Behandlungsserie.</translation>
    </message>
    <message>
        <source>Keep settings in this file instead of the usual place.</source>
        <translation>Einstellungen in dieser Datei statt am üblichen Ort speichern.</translation>
    </message>
    <message>
        <source>A database file to open.</source>
        <translation>Eine zu öffnende Datenbankdatei.</translation>
    </message>
    <message>
        <source>Open the patient with this chart number.</source>
        <translation>Den Patienten mit dieser Patientennummer öffnen.</translation>
    </message>
    <message>
        <source>--patient: no patient has chart number &quot;%1&quot;.</source>
        <translation>--patient: Kein Patient hat die Patientennummer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>With --patient: the page to show, &quot;timeline&quot; (the default), &quot;progress&quot; or &quot;patient&quot; (the view shown to the patient). Without: &quot;outcomes&quot; opens the clinic outcomes.</source>
        <translation>Mit --patient: die anzuzeigende Seite, &quot;timeline&quot; (Standard), &quot;progress&quot; oder &quot;patient&quot; (die Ansicht für den Patienten). Ohne: &quot;outcomes&quot; öffnet die Behandlungsergebnisse der Praxis.</translation>
    </message>
    <message>
        <source>--page: &quot;%1&quot; is not a page; use &quot;timeline&quot;, &quot;progress&quot;, &quot;patient&quot; or &quot;outcomes&quot;.</source>
        <translation>--page: &quot;%1&quot; ist keine Seite; verwenden Sie &quot;timeline&quot;, &quot;progress&quot;, &quot;patient&quot; oder &quot;outcomes&quot;.</translation>
    </message>
    <message>
        <source>Print &quot;ready&quot;, the milliseconds since start and each start-up stage&apos;s milliseconds once the window is shown and filled (for measuring start-up).</source>
        <translation>„ready“, die Millisekunden seit dem Start und die Millisekunden jedes Startschritts ausgeben, sobald das Fenster gezeigt und gefüllt ist (zum Messen des Starts).</translation>
    </message>
    <message>
        <source>With --patient: the patient answers the questionnaires of their next planned visit themselves, full screen.</source>
        <translation>Mit --patient: Der Patient beantwortet die Fragebögen seines nächsten geplanten Termins selbst, im Vollbild.</translation>
    </message>
    <message>
        <source>--self-entry: say whose questionnaires with --patient CHART.</source>
        <translation>--self-entry: Geben Sie mit --patient NUMMER an, wessen Fragebögen.</translation>
    </message>
    <message>
        <source>The database file to open, or a clinic server: postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die zu öffnende Datenbankdatei oder ein Praxisserver: postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
</context>
<context>
    <name>outcome::ImportAnswersDialog</name>
    <message>
        <source>No file chosen.</source>
        <translation>Keine Datei ausgewählt.</translation>
    </message>
    <message>
        <source>Where the file describes a known patient otherwise, &amp;keep the database&apos;s values</source>
        <translation>Wo die Datei einen bekannten Patienten anders beschreibt, die Werte der Datenbank &amp;behalten</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Antworten importieren</translation>
    </message>
    <message>
        <source>Imports item-level answers from a CSV file in the format of the answers export. The whole file is checked first; it is imported only if it has no problem, all at once.</source>
        <translation>Importiert Antworten auf Item-Ebene aus einer CSV-Datei im Format des Antwort-Exports. Die ganze Datei wird zuerst geprüft; importiert wird sie nur, wenn sie kein Problem enthält, und dann vollständig auf einmal.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>The line of the file with the chosen problem</source>
        <translation>Die Zeile der Datei mit dem ausgewählten Problem</translation>
    </message>
    <message>
        <source>Reason for the import, written to the audit trail</source>
        <translation>Grund für den Import, wird im Änderungsprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Reason for the audit trail:</source>
        <translation>&amp;Grund für das Änderungsprotokoll:</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Choose another file.</source>
        <translation>%1 kann nicht gelesen werden: %2. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is: correct the problems below and choose it again. Nothing has been written.</source>
        <translation>Die Datei kann so nicht importiert werden: Korrigieren Sie die unten aufgeführten Probleme und wählen Sie die Datei erneut. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Patients: %1 new, %2 already there.</source>
        <translation>Patienten: %1 neu, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <source>Courses: %1 new, %2 already there.</source>
        <translation>Behandlungsserien: %1 neu, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <source>Visits: %1 new, %2 already there.</source>
        <translation>Termine: %1 neu, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <source>Assessments (answers): %1 new, %2 already there.</source>
        <translation>Erhebungen (Antworten): %1 neu, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <source>The database&apos;s values are kept for: %1</source>
        <translation>Die Werte der Datenbank werden beibehalten für: %1</translation>
    </message>
    <message>
        <source>Also import the clinical &amp;events in %1</source>
        <translation>Auch die klinischen &amp;Ereignisse aus %1 importieren</translation>
    </message>
    <message>
        <source>Clinical events: %1 new, %2 already there.</source>
        <translation>Klinische Ereignisse: %1 neu, %2 bereits vorhanden.</translation>
    </message>
    <message>
        <source>1 line checked; nothing has been written yet. Importing adds:</source>
        <translation>1 Zeile geprüft; noch wurde nichts geschrieben. Der Import fügt hinzu:</translation>
    </message>
    <message>
        <source>%1 lines checked; nothing has been written yet. Importing adds:</source>
        <translation>%1 Zeilen geprüft; noch wurde nichts geschrieben. Der Import fügt hinzu:</translation>
    </message>
</context>
<context>
    <name>outcome::InlineMessage</name>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>outcome::InstrumentDefinitionReader</name>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>(whole file)</source>
        <translation>(ganze Datei)</translation>
    </message>
    <message>
        <source>expected an object with the instrument&apos;s fields</source>
        <translation>erwartet wurde ein Objekt mit den Feldern des Instruments</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lowercase letters, digits and _</source>
        <translation>„%1“ muss aus Kleinbuchstaben, Ziffern und _ bestehen</translation>
    </message>
    <message>
        <source>format %1 is not supported; this program reads format %2</source>
        <translation>Format %1 wird nicht unterstützt; dieses Programm liest Format %2</translation>
    </message>
    <message>
        <source>item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>no option set named &quot;%1&quot; in option_sets</source>
        <translation>keine Optionsgruppe namens „%1“ in option_sets</translation>
    </message>
    <message>
        <source>expected a non-empty list of options or the name of an option set</source>
        <translation>erwartet wurde eine nicht leere Liste von Optionen oder der Name einer Optionsgruppe</translation>
    </message>
    <message>
        <source>code %1 appears twice</source>
        <translation>Code %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>a table&apos;s keys are whole-number answer codes</source>
        <translation>die Schlüssel einer Tabelle sind ganzzahlige Antwortcodes</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>item id &quot;%1&quot; appears twice</source>
        <translation>Item-ID „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>items are listed in number order; %1 follows %2</source>
        <translation>Items werden in der Reihenfolge ihrer Nummern aufgeführt; %1 folgt auf %2</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>muss 1 oder größer sein</translation>
    </message>
    <message>
        <source>no table named &quot;%1&quot; in tables</source>
        <translation>keine Tabelle namens „%1“ in tables</translation>
    </message>
    <message>
        <source>a yes_no item has exactly the codes 0 and 1</source>
        <translation>ein yes_no-Item hat genau die Codes 0 und 1</translation>
    </message>
    <message>
        <source>must be between 1 and 6</source>
        <translation>muss zwischen 1 und 6 liegen</translation>
    </message>
    <message>
        <source>only a decimal item has decimals</source>
        <translation>nur ein Dezimal-Item hat Nachkommastellen</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>unit &quot;%1&quot; is already accepted</source>
        <translation>Einheit „%1“ wird bereits akzeptiert</translation>
    </message>
    <message>
        <source>must be more than min (%1)</source>
        <translation>muss größer als min (%1) sein</translation>
    </message>
    <message>
        <source>measure id &quot;%1&quot; appears twice</source>
        <translation>Messgrößen-ID „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>must be between 0 and 6</source>
        <translation>muss zwischen 0 und 6 liegen</translation>
    </message>
    <message>
        <source>give either %1 or %2, not both</source>
        <translation>geben Sie entweder %1 oder %2 an, nicht beides</translation>
    </message>
    <message>
        <source>the last band is open upwards: it has neither up_to nor below</source>
        <translation>der letzte Bereich ist nach oben offen: Er hat weder up_to noch below</translation>
    </message>
    <message>
        <source>every band but the last needs up_to or below</source>
        <translation>jeder Bereich außer dem letzten braucht up_to oder below</translation>
    </message>
    <message>
        <source>upper limit must be above the previous band&apos;s</source>
        <translation>die Obergrenze muss über der des vorigen Bereichs liegen</translation>
    </message>
    <message>
        <source>band id &quot;%1&quot; appears twice</source>
        <translation>Bereichs-ID „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>give a lower limit (from or above), an upper limit (up_to or below), or both</source>
        <translation>geben Sie eine Untergrenze (from oder above), eine Obergrenze (up_to oder below) oder beides an</translation>
    </message>
    <message>
        <source>the upper limit must be above the lower limit</source>
        <translation>die Obergrenze muss über der Untergrenze liegen</translation>
    </message>
    <message>
        <source>a measure whose direction is neutral cannot improve or worsen</source>
        <translation>eine Messgröße mit neutraler Richtung kann sich weder verbessern noch verschlechtern</translation>
    </message>
    <message>
        <source>thresholds must be more than 0</source>
        <translation>Schwellenwerte müssen größer als 0 sein</translation>
    </message>
    <message>
        <source>the headline threshold (%1) is not given</source>
        <translation>der Hauptschwellenwert (%1) ist nicht angegeben</translation>
    </message>
    <message>
        <source>must be from 0 up to (not including) 1</source>
        <translation>muss von 0 bis (ausschließlich) 1 reichen</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; does not exist in this definition</source>
        <translation>Item „%1“ gibt es in dieser Definition nicht</translation>
    </message>
    <message>
        <source>a lab_value item cannot be compared</source>
        <translation>ein lab_value-Item kann nicht verglichen werden</translation>
    </message>
    <message>
        <source>compares item &quot;%1&quot; with itself</source>
        <translation>vergleicht Item „%1“ mit sich selbst</translation>
    </message>
    <message>
        <source>English is the definition&apos;s own text and needs no translation</source>
        <translation>Englisch ist der eigene Text der Definition und braucht keine Übersetzung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use two or three lowercase letters such as de, fr or es</source>
        <translation>„%1“ ist kein Sprachcode; verwenden Sie zwei oder drei Kleinbuchstaben wie de, fr oder es</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no answer with code %2</source>
        <translation>Item „%1“ hat keine Antwort mit dem Code %2</translation>
    </message>
</context>
<context>
    <name>outcome::InstrumentForm</name>
    <message>
        <source>Record at this visit</source>
        <translation>Bei diesem Termin erheben</translation>
    </message>
    <message>
        <source>Record %1 at this visit</source>
        <translation>%1 bei diesem Termin erheben</translation>
    </message>
    <message>
        <source>Recall: %1.</source>
        <translation>Bezugszeitraum: %1.</translation>
    </message>
    <message>
        <source>The paper form was not fully filled in (no score)</source>
        <translation>Das Papierformular wurde nicht vollständig ausgefüllt (kein Score)</translation>
    </message>
    <message>
        <source>Not recorded at this visit.</source>
        <translation>Bei diesem Termin nicht erhoben.</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1-Score</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2; %3)</source>
        <translation>%1 (%2; %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Recorded %1. %2: %3.</source>
        <translation>Item %1 erfasst. %2: %3.</translation>
    </message>
</context>
<context>
    <name>outcome::InstrumentLibrary</name>
    <message>
        <source>%1: id: &quot;%2&quot; is already defined by %3; keep one clinic file per instrument</source>
        <translation>%1: ID: „%2“ ist bereits durch %3 definiert; behalten Sie eine Praxisdatei pro Instrument</translation>
    </message>
    <message>
        <source>%1: version: &quot;%2&quot; is the version of the bundled %3; a clinic definition that replaces it needs a version of its own</source>
        <translation>%1: Version: „%2“ ist die Version des mitgelieferten %3; eine Praxisdefinition, die es ersetzt, braucht eine eigene Version</translation>
    </message>
</context>
<context>
    <name>outcome::ItemDefinition</name>
    <message>
        <source>%1, one decimal</source>
        <translation>%1, eine Nachkommastelle</translation>
    </message>
    <message>
        <source>%1, %2 decimals</source>
        <translation>%1, %2 Nachkommastellen</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>item %1: %2 is not an allowed answer (%3)</source>
        <translation>Item %1: %2 ist keine zulässige Antwort (%3)</translation>
    </message>
    <message>
        <source>item %1: only a lab value can be reported as beyond a limit</source>
        <translation>Item %1: Nur ein Laborwert kann als jenseits einer Grenze angegeben werden</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is not an accepted unit (%3)</source>
        <translation>Item %1: „%2“ ist keine akzeptierte Einheit (%3)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>item %1 (%2): %3 is outside the plausible range %4 %5; check the value and its unit</source>
        <translation>Item %1 (%2): %3 liegt außerhalb des plausiblen Bereichs %4 %5; prüfen Sie den Wert und seine Einheit</translation>
    </message>
    <message>
        <source>item %1 (%2): %3 is too large to be a measurement; check the value and its unit</source>
        <translation>Item %1 (%2): %3 ist zu groß für einen Messwert; prüfen Sie den Wert und seine Einheit</translation>
    </message>
</context>
<context>
    <name>outcome::ItemInput</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>1 (ticked) or 0 (not ticked)</source>
        <translation>1 (angekreuzt) oder 0 (nicht angekreuzt)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1, one decimal</source>
        <translation>%1, eine Nachkommastelle</translation>
    </message>
    <message>
        <source>%1, up to %2 decimals</source>
        <translation>%1, bis zu %2 Nachkommastellen</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 oder mehr</translation>
    </message>
    <message>
        <source>%1 is not an answer here: %2.</source>
        <translation>%1 ist hier keine Antwort: %2.</translation>
    </message>
</context>
<context>
    <name>outcome::JsonFields</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
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
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wurde eine ganze Zahl, gefunden %1</translation>
    </message>
    <message>
        <source>unknown field (the definition format has no such field)</source>
        <translation>unbekanntes Feld (das Definitionsformat hat kein solches Feld)</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>unbekannter Wert „%1“; erwartet eines von: %2</translation>
    </message>
</context>
<context>
    <name>outcome::LabValueInput</name>
    <message>
        <source>Below detection limit</source>
        <translation>Unter der Nachweisgrenze</translation>
    </message>
    <message>
        <source>The value as the lab reported it; &quot;&lt; 0.5&quot; marks a value below the detection limit. Enter moves on.</source>
        <translation>Der Wert, wie ihn das Labor angegeben hat; „&lt; 0.5“ kennzeichnet einen Wert unter der Nachweisgrenze. Eingabe springt weiter.</translation>
    </message>
    <message>
        <source>%1 below detection limit</source>
        <translation>%1 unter der Nachweisgrenze</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is not a number</source>
        <translation>Item %1: „%2“ ist keine Zahl</translation>
    </message>
    <message>
        <source>Unit of %1</source>
        <translation>Einheit von %1</translation>
    </message>
</context>
<context>
    <name>outcome::MainWindow</name>
    <message>
        <source>Outcome Tracker</source>
        <translation>Outcome Tracker</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>&amp;Edit patient…</source>
        <translation>Patient &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Archive patient</source>
        <translation>Patient &amp;archivieren</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>Every change to this patient&apos;s records: who, when, what and why</source>
        <translation>Jede Änderung an den Daten dieses Patienten: wer, wann, was und warum</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>Back up the database now, or restore an earlier backup</source>
        <translation>Datenbank jetzt sichern oder eine frühere Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Course &amp;templates…</source>
        <translation>Serienvor&amp;lagen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Datenbank öffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>Beha&amp;ndlung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show &amp;archived patients</source>
        <translation>&amp;Archivierte Patienten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Outcome Tracker</source>
        <translation>&amp;Über Outcome Tracker</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt-Werkzeugleiste</translation>
    </message>
    <message>
        <source>Un&amp;archive patient</source>
        <translation>Aus dem &amp;Archiv zurückholen</translation>
    </message>
    <message>
        <source>Open patient</source>
        <translation>Patient öffnen</translation>
    </message>
    <message>
        <source>Patient %1 could not be opened.</source>
        <translation>Patient %1 konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Archive patient</source>
        <translation>Patient archivieren</translation>
    </message>
    <message>
        <source>Unarchive patient</source>
        <translation>Patient aus dem Archiv zurückholen</translation>
    </message>
    <message>
        <source>Why is %1 being archived? Archived patients are hidden from the register, never deleted; View ▸ Show archived patients brings them back.</source>
        <translation>Warum wird %1 archiviert? Archivierte Patienten werden in der Patientenliste ausgeblendet, nie gelöscht; Ansicht ▸ Archivierte Patienten anzeigen holt sie zurück.</translation>
    </message>
    <message>
        <source>Why is %1 being brought back to the register?</source>
        <translation>Warum wird %1 in die Patientenliste zurückgeholt?</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Outcome Tracker databases (*.db);;All files (*)</source>
        <translation>Outcome-Tracker-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not start Outcome Tracker for %1.</source>
        <translation>Outcome Tracker konnte für %1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 — Outcome Tracker</source>
        <translation>%1 — Outcome Tracker</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Start versus now across every measure, and the charts of this course (Ctrl+G)</source>
        <translation>Beginn im Vergleich zu jetzt für jede Messgröße sowie die Diagramme dieser Behandlungsserie (Strg+G)</translation>
    </message>
    <message>
        <source>&amp;Show to patient</source>
        <translation>Dem Patienten &amp;zeigen</translation>
    </message>
    <message>
        <source>The patient&apos;s own view of this course: full screen, large type, their data only (Ctrl+Shift+P)</source>
        <translation>Die Ansicht des Patienten auf diese Behandlungsserie: Vollbild, große Schrift, nur seine eigenen Daten (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>E&amp;xport summary…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The referral summary of this course: preview, print or save as PDF</source>
        <translation>Der Überweisungsbericht dieser Behandlungsserie: Vorschau, Drucken oder Speichern als PDF</translation>
    </message>
    <message>
        <source>C&amp;linic details…</source>
        <translation>Praxis&amp;angaben…</translation>
    </message>
    <message>
        <source>The letterhead, treating clinician and confidentiality line printed on reports</source>
        <translation>Briefkopf, Behandler und Vertraulichkeitshinweis, die auf Berichte gedruckt werden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>This patient has no course yet: start one on the Course timeline (Ctrl+Shift+N).</source>
        <translation>Für diesen Patienten gibt es noch keine Behandlungsserie: Legen Sie auf der Zeitleiste der Behandlungsserie eine an (Strg+Umschalt+N).</translation>
    </message>
    <message>
        <source>Show to patient</source>
        <translation>Dem Patienten zeigen</translation>
    </message>
    <message>
        <source>Brought up to date with what was saved in another window.</source>
        <translation>Auf den Stand gebracht, der in einem anderen Fenster gespeichert wurde.</translation>
    </message>
    <message>
        <source>Who is due today and in the next 7 days, and what is overdue (Ctrl+T)</source>
        <translation>Wer heute und in den nächsten 7 Tagen fällig ist und was überfällig ist (Strg+T)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Undo the %1?</source>
        <translation>%1 rückgängig machen?</translation>
    </message>
    <message>
        <source>This changes the records of a patient who is not on screen.</source>
        <translation>Das ändert die Daten eines Patienten, der gerade nicht angezeigt wird.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>Done: %1. Ctrl+Z undoes it.</source>
        <translation>Erledigt: %1. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>%1 (read-only) — Outcome Tracker</source>
        <translation>%1 (schreibgeschützt) — Outcome Tracker</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>CSV files or a FHIR bundle of one patient, the listed patients or everyone</source>
        <translation>CSV-Dateien oder ein FHIR-Bundle eines Patienten, der aufgelisteten Patienten oder aller</translation>
    </message>
    <message>
        <source>Clinic &amp;outcomes</source>
        <translation>&amp;Behandlungsergebnisse der Praxis</translation>
    </message>
    <message>
        <source>How the clinic&apos;s patients do: per visit and treatment, responders and group differences (Ctrl+Shift+O)</source>
        <translation>Wie es den Patienten der Praxis geht: je Termin und Behandlung, Responder und Gruppenunterschiede (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>Antworten &amp;importieren…</translation>
    </message>
    <message>
        <source>Patient views</source>
        <translation>Patientenansichten</translation>
    </message>
    <message>
        <source>Patient fills in</source>
        <translation>Patient füllt aus</translation>
    </message>
    <message>
        <source>%1 plans no questionnaire for the patient that is not entered yet. Lab values are entered by the clinic: use Enter results (Ctrl+E).</source>
        <translation>%1 sieht keinen noch nicht eingegebenen Fragebogen für den Patienten vor. Laborwerte gibt die Praxis ein: Ergebnisse eingeben (Strg+E).</translation>
    </message>
    <message>
        <source>No patient has chart number &quot;%1&quot;. Check the number in the register.</source>
        <translation>Kein Patient hat die Patientennummer „%1“. Prüfen Sie die Nummer im Patientenverzeichnis.</translation>
    </message>
    <message>
        <source>Patient %1 has no planned visit left in the current course. Start a course (Ctrl+Shift+N) or add an extra visit (Ctrl+Shift+X).</source>
        <translation>Patient %1 hat in der laufenden Behandlungsserie keinen geplanten Termin mehr. Beginnen Sie eine Behandlungsserie (Strg+Umschalt+N) oder fügen Sie einen zusätzlichen Termin hinzu (Strg+Umschalt+X).</translation>
    </message>
    <message>
        <source>%1 of patient %2 has no questionnaire left for the patient.</source>
        <translation>Für %1 von Patient %2 ist kein Fragebogen mehr für den Patienten offen.</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>S&amp;perren</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten…</translation>
    </message>
    <message>
        <source>Who signs in and what each may do; your own password and PIN</source>
        <translation>Wer sich anmeldet und was jeder darf; Ihr eigenes Passwort und Ihre PIN</translation>
    </message>
    <message>
        <source>%1 (front desk) keeps names, contact details and appointments; a patient&apos;s record is for clinicians.</source>
        <translation>%1 (Empfang) pflegt Namen, Kontaktdaten und Termine; die Akte eines Patienten ist den Behandlern vorbehalten.</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>Brought up to date with what was saved on another workstation.</source>
        <translation>Auf den Stand gebracht, der an einem anderen Arbeitsplatz gespeichert wurde.</translation>
    </message>
    <message>
        <source>Connected to the clinic server again.</source>
        <translation>Wieder mit dem Praxisserver verbunden.</translation>
    </message>
    <message>
        <source>The clinic server cannot be reached; trying again every second. Nothing you type is lost: a save that fails stays on screen. (%1)</source>
        <translation>Der Praxisserver ist nicht erreichbar; neuer Versuch jede Sekunde. Keine Eingabe geht verloren: Ein fehlgeschlagenes Speichern bleibt auf dem Bildschirm. (%1)</translation>
    </message>
    <message>
        <source>Write a backup of the clinic server&apos;s database to a file (pg_dump)</source>
        <translation>Eine Sicherung der Datenbank des Praxisservers in eine Datei schreiben (pg_dump)</translation>
    </message>
    <message>
        <source>Connect to clinic &amp;server…</source>
        <translation>Mit Praxisserver &amp;verbinden…</translation>
    </message>
    <message>
        <source>Work on the clinic&apos;s shared records on a PostgreSQL server</source>
        <translation>Mit den gemeinsamen Daten der Praxis auf einem PostgreSQL-Server arbeiten</translation>
    </message>
    <message>
        <source>Back up the clinic server</source>
        <translation>Praxisserver sichern</translation>
    </message>
    <message>
        <source>Backed up the clinic server to %1.</source>
        <translation>Praxisserver nach %1 gesichert.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Res&amp;tore the clinic server…</source>
        <translation>Praxisserver wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Replace the clinic server&apos;s records with a backup file, for every workstation (administrators)</source>
        <translation>Die Daten des Praxisservers für alle Arbeitsplätze durch eine Sicherungsdatei ersetzen (Administration)</translation>
    </message>
    <message>
        <source>Server backups (*.%1)</source>
        <translation>Serversicherungen (*.%1)</translation>
    </message>
    <message>
        <source>Restore the clinic server</source>
        <translation>Praxisserver wiederherstellen</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellung fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Restoring replaces the records on the clinic server with the backup, for every workstation. Changes saved since the backup are no longer on the server; what it holds now is kept first, beside the backup.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Replace:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;With the backup:&lt;/b&gt;&lt;br&gt;%2 (%3, saved %4)&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Wiederherstellung ersetzt die Daten auf dem Praxisserver für alle Arbeitsplätze durch die Sicherung. Was seit der Sicherung gespeichert wurde, ist danach nicht mehr auf dem Server; sein jetziger Inhalt wird zuvor neben der Sicherung aufbewahrt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ersetzen:&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Durch die Sicherung:&lt;/b&gt;&lt;br&gt;%2 (%3, gespeichert %4)&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the clinic server from %1. What it held before is kept as %2.</source>
        <translation>Praxisserver aus %1 wiederhergestellt. Sein vorheriger Inhalt ist als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>outcome::MarkerChartBuilder</name>
    <message>
        <source>reference range
%1</source>
        <translation>Referenzbereich
%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
</context>
<context>
    <name>outcome::MeasureSeries</name>
    <message>
        <source>%1 missed</source>
        <translation>%1 versäumt</translation>
    </message>
    <message>
        <source>not recorded at %1</source>
        <translation>bei %1 nicht erhoben</translation>
    </message>
</context>
<context>
    <name>outcome::NumberInput</name>
    <message>
        <source>Allowed: %1. Enter moves on.</source>
        <translation>Zulässig: %1. Eingabe springt weiter.</translation>
    </message>
    <message>
        <source>%1 = %2, %3 = %4</source>
        <translation>%1 = %2, %3 = %4</translation>
    </message>
    <message>
        <source>item %1: &quot;%2&quot; is not a number (allowed: %3)</source>
        <translation>Item %1: „%2“ ist keine Zahl (zulässig: %3)</translation>
    </message>
</context>
<context>
    <name>outcome::NumberPad</name>
    <message>
        <source>Keypad for a number between two marks</source>
        <translation>Tastenfeld für eine Zahl zwischen zwei Markierungen</translation>
    </message>
    <message>
        <source>Number typed</source>
        <translation>Eingegebene Zahl</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Decimal point</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation>Die Zahl löschen</translation>
    </message>
</context>
<context>
    <name>outcome::OutcomeCourseReader</name>
    <message>
        <source>read the courses</source>
        <translation>Lesen der Behandlungsserien</translation>
    </message>
    <message>
        <source>read the assessments</source>
        <translation>Lesen der Erhebungen</translation>
    </message>
    <message>
        <source>Reading the answers was given up.</source>
        <translation>Das Lesen der Antworten wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>outcome::OutcomeText</name>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 Punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>meaningful improvement</source>
        <translation>klinisch relevante Verbesserung</translation>
    </message>
    <message>
        <source>meaningful worsening</source>
        <translation>klinisch relevante Verschlechterung</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>↓ lower is better</source>
        <translation>↓ niedriger ist besser</translation>
    </message>
    <message>
        <source>↑ higher is better</source>
        <translation>↑ höher ist besser</translation>
    </message>
    <message>
        <source>neither direction is better</source>
        <translation>keine Richtung ist besser</translation>
    </message>
    <message>
        <source>%1: cannot tell (baseline 0)</source>
        <translation>%1: nicht beurteilbar (Ausgangswert 0)</translation>
    </message>
    <message>
        <source>%1: yes</source>
        <translation>%1: ja</translation>
    </message>
    <message>
        <source>%1: no</source>
        <translation>%1: nein</translation>
    </message>
    <message>
        <source>no value recorded</source>
        <translation>kein Wert erfasst</translation>
    </message>
    <message>
        <source>%1 first recorded, no later value yet</source>
        <translation>%1 erstmals erfasst, noch kein späterer Wert</translation>
    </message>
    <message>
        <source>%1 at baseline, no later value yet</source>
        <translation>%1 als Ausgangswert, noch kein späterer Wert</translation>
    </message>
    <message>
        <source>%1 (first recorded)</source>
        <translation>%1 (erstmals erfasst)</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>first recorded %1</source>
        <translation>erstmals erfasst %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>Ausgangswert %1</translation>
    </message>
    <message>
        <source>meaningful improvement (%1)</source>
        <translation>klinisch relevante Verbesserung (%1)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>score (%)</source>
        <translation>Score (%)</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>no meaningful change</source>
        <translation>keine klinisch relevante Veränderung</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>above range</source>
        <translation>über dem Referenzbereich</translation>
    </message>
    <message>
        <source>below range</source>
        <translation>unter dem Referenzbereich</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>im Referenzbereich</translation>
    </message>
    <message>
        <source>▲ above the reference range · ▼ below the reference range</source>
        <translation>▲ über dem Referenzbereich · ▼ unter dem Referenzbereich</translation>
    </message>
    <message>
        <source>fell below the limit of detection</source>
        <translation>unter die Nachweisgrenze gefallen</translation>
    </message>
    <message>
        <source>rose above the limit of detection</source>
        <translation>über die Nachweisgrenze gestiegen</translation>
    </message>
    <message>
        <source>cannot tell: beyond the limit of detection</source>
        <translation>nicht bestimmbar: jenseits der Nachweisgrenze</translation>
    </message>
    <message>
        <source>better by %1</source>
        <translation>besser um %1</translation>
    </message>
    <message>
        <source>worse by %1</source>
        <translation>schlechter um %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>population average %1</source>
        <translation>Bevölkerungsdurchschnitt %1</translation>
    </message>
    <message>
        <source>no reference range</source>
        <translation>kein Referenzbereich</translation>
    </message>
    <message>
        <source>Patients who started like this: %1 courses (baseline within %2 of %3); median and middle half</source>
        <translation>Patienten mit ähnlichem Beginn: %1 Behandlungsserien (Ausgangswert innerhalb von %2 um %3); Median und mittlere Hälfte</translation>
    </message>
    <message>
        <source>%1: median %2, middle half %3 to %4 (%5 courses)</source>
        <translation>%1: Median %2, mittlere Hälfte %3 bis %4 (%5 Behandlungsserien)</translation>
    </message>
    <message>
        <source>%1: patients who started like this (%2 courses, baseline within %3 of %4): at %5 median %6, middle half %7 to %8.</source>
        <translation>%1: Patienten mit ähnlichem Beginn (%2 Behandlungsserien, Ausgangswert innerhalb von %3 um %4): bei %5 Median %6, mittlere Hälfte %7 bis %8.</translation>
    </message>
</context>
<context>
    <name>outcome::Passphrase</name>
    <message>
        <source>The passphrase is empty. Choose one of at least %1 characters.</source>
        <translation>Die Passphrase ist leer. Wählen Sie eine mit mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The passphrase has %1 characters; choose one of at least %2, such as a few words.</source>
        <translation>Die Passphrase hat %1 Zeichen; wählen Sie eine mit mindestens %2, etwa einige Wörter.</translation>
    </message>
</context>
<context>
    <name>outcome::PasswordHash</name>
    <message>
        <source>Password: it has %1 characters; at least %2 are needed.</source>
        <translation>Passwort: Es hat %1 Zeichen; mindestens %2 sind nötig.</translation>
    </message>
    <message>
        <source>PIN: use 4 to 8 digits.</source>
        <translation>PIN: Verwenden Sie 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Die Verschlüsselungsbibliothek konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>There was not enough memory to protect the password.</source>
        <translation>Es war nicht genug Speicher vorhanden, um das Passwort zu schützen.</translation>
    </message>
</context>
<context>
    <name>outcome::Patient</name>
    <message>
        <source>Female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>divers</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Chart number is required.</source>
        <translation>Die Patientennummer ist erforderlich.</translation>
    </message>
    <message>
        <source>Chart number: at most 32 characters.</source>
        <translation>Patientennummer: höchstens 32 Zeichen.</translation>
    </message>
    <message>
        <source>Family name is required.</source>
        <translation>Der Nachname ist erforderlich.</translation>
    </message>
    <message>
        <source>Given name is required.</source>
        <translation>Der Vorname ist erforderlich.</translation>
    </message>
    <message>
        <source>Date of birth is required (for example 1970-05-31).</source>
        <translation>Das Geburtsdatum ist erforderlich (zum Beispiel 31.05.1970).</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future.</source>
        <translation>Das Geburtsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Date of birth: more than 130 years ago; please check the year.</source>
        <translation>Geburtsdatum: mehr als 130 Jahre zurück; bitte prüfen Sie das Jahr.</translation>
    </message>
    <message>
        <source>Email: &quot;%1&quot; is not an email address (name@example.org).</source>
        <translation>E-Mail: „%1“ ist keine E-Mail-Adresse (name@example.org).</translation>
    </message>
    <message>
        <source>Language: &quot;%1&quot; is not a language code; use two or three letters such as de, fr or es.</source>
        <translation>Sprache: „%1“ ist kein Sprachcode; verwenden Sie zwei oder drei Buchstaben wie de, fr oder es.</translation>
    </message>
</context>
<context>
    <name>outcome::PatientFormDialog</name>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Chart number (required)</source>
        <translation>Patientennummer (erforderlich)</translation>
    </message>
    <message>
        <source>Family name (required)</source>
        <translation>Nachname (erforderlich)</translation>
    </message>
    <message>
        <source>Given name (required)</source>
        <translation>Vorname (erforderlich)</translation>
    </message>
    <message>
        <source>Date of birth (required)</source>
        <translation>Geburtsdatum (erforderlich)</translation>
    </message>
    <message>
        <source>for example 1970-05-31 or 31.05.1970</source>
        <translation>zum Beispiel 31.05.1970 oder 1970-05-31</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Chart number *</source>
        <translation>&amp;Patientennummer *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Nachname *</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Vorname *</translation>
    </message>
    <message>
        <source>Date of &amp;birth *</source>
        <translation>&amp;Geburtsdatum *</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Geschl&amp;echt</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of birth: &quot;%1&quot; is not a date; type it as 1970-05-31 or 31.05.1970.</source>
        <translation>Geburtsdatum: „%1“ ist kein Datum; geben Sie es als 31.05.1970 oder 1970-05-31 ein.</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Suggested: %1, the next free number in this clinic&apos;s pattern. Type to replace it.</source>
        <translation>Vorschlag: %1, die nächste freie Nummer nach dem Schema dieser Praxis. Tippen Sie, um sie zu ersetzen.</translation>
    </message>
    <message>
        <source>Invalid entry: %1</source>
        <translation>Ungültige Eingabe: %1</translation>
    </message>
    <message>
        <source>Language of the questionnaires</source>
        <translation>Sprache der Fragebögen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>Self-entry and printed questionnaires are in English.</source>
        <translation>Selbsteingabe und gedruckte Fragebögen sind auf Englisch.</translation>
    </message>
    <message>
        <source>No questionnaire has a text in %1 yet: self-entry and printed questionnaires are in English.</source>
        <translation>Noch kein Fragebogen hat einen Text in %1: Selbsteingabe und gedruckte Fragebögen sind auf Englisch.</translation>
    </message>
    <message>
        <source>Self-entry and printed questionnaires are in %1.</source>
        <translation>Selbsteingabe und gedruckte Fragebögen sind in %1.</translation>
    </message>
    <message>
        <source>In %1: %2. The other questionnaires are in English.</source>
        <translation>In %1: %2. Die übrigen Fragebögen sind auf Englisch.</translation>
    </message>
    <message>
        <source>Questionnaires are in %1 where their definitions have it, else in English.</source>
        <translation>Fragebögen sind in %1, wo ihre Definitionen die Sprache haben, sonst auf Englisch.</translation>
    </message>
</context>
<context>
    <name>outcome::PatientListModel</name>
    <message>
        <source>No course</source>
        <translation>Keine Behandlungsserie</translation>
    </message>
    <message>
        <source>%1 · overdue since %2</source>
        <translation>%1 · überfällig seit %2</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · heute fällig</translation>
    </message>
    <message>
        <source>%1 · next %2</source>
        <translation>%1 · nächster %2</translation>
    </message>
    <message>
        <source>Archived · %1</source>
        <translation>Archiviert · %1</translation>
    </message>
    <message>
        <source>%1, chart %2, born %3</source>
        <translation>%1, Pat.-Nr. %2, geb. %3</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Pat.-Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a day and month, short</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Next %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>Due %1</source>
        <comment>overdue: the day it was due</comment>
        <translation>%1</translation>
    </message>
</context>
<context>
    <name>outcome::PatientRegisterView</name>
    <message>
        <source>Search name, chart number or date of birth</source>
        <translation>Name, Patientennummer oder Geburtsdatum suchen</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Type part of a name, a chart number or a date of birth; the list below updates as you type. Press Down to move into the list.</source>
        <translation>Geben Sie einen Teil eines Namens, eine Patientennummer oder ein Geburtsdatum ein; die Liste darunter aktualisiert sich beim Tippen. Pfeil nach unten wechselt in die Liste.</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation>Kein Patient passt zu „%1“.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>More than %L1 patients; scroll for more, or type more to narrow the list.</source>
        <translation>Mehr als %L1 Patienten; für weitere blättern oder weitertippen, um die Liste einzugrenzen.</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 Patient</translation>
    </message>
    <message>
        <source>%1 patients</source>
        <translation>%1 Patienten</translation>
    </message>
</context>
<context>
    <name>outcome::PatientRepository</name>
    <message>
        <source>%1 was changed elsewhere after you opened it. Your changes were not saved; reopen the patient and make them again.</source>
        <translation>%1 wurde nach dem Öffnen an anderer Stelle geändert. Ihre Änderungen wurden nicht gespeichert; öffnen Sie den Patienten erneut und nehmen Sie sie noch einmal vor.</translation>
    </message>
    <message>
        <source>check the chart number</source>
        <translation>Prüfen der Patientennummer</translation>
    </message>
    <message>
        <source>Chart number %1 already belongs to %2 (born %3). Use another number.</source>
        <translation>Die Patientennummer %1 gehört bereits zu %2 (geb. %3). Verwenden Sie eine andere Nummer.</translation>
    </message>
    <message>
        <source>update the search index</source>
        <translation>Aktualisieren des Suchindex</translation>
    </message>
    <message>
        <source>save the patient</source>
        <translation>Speichern des Patienten</translation>
    </message>
    <message>
        <source>Could not save the patient: no id was returned.</source>
        <translation>Der Patient konnte nicht gespeichert werden: Es wurde keine ID zurückgegeben.</translation>
    </message>
    <message>
        <source>archive the patient</source>
        <translation>Archivieren des Patienten</translation>
    </message>
    <message>
        <source>restore the patient</source>
        <translation>Zurückholen des Patienten</translation>
    </message>
    <message>
        <source>read the patient</source>
        <translation>Lesen des Patienten</translation>
    </message>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>Es gibt keinen Patienten mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no patient with chart number %1.</source>
        <translation>Es gibt keinen Patienten mit der Patientennummer %1.</translation>
    </message>
    <message>
        <source>search patients</source>
        <translation>Suchen von Patienten</translation>
    </message>
    <message>
        <source>count patients</source>
        <translation>Zählen der Patienten</translation>
    </message>
    <message>
        <source>read the chart numbers</source>
        <translation>die Karteinummern lesen</translation>
    </message>
</context>
<context>
    <name>outcome::PatientSentences</name>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = the worst pain you can imagine</source>
        <translation>0 = keine Schmerzen, 10 = stärkste vorstellbare Schmerzen</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Pain now, usually and at worst</source>
        <translation>Schmerzen jetzt, üblicherweise und im schlimmsten Fall</translation>
    </message>
    <message>
        <source>0 = no pain, 100 = the worst pain possible</source>
        <translation>0 = keine Schmerzen, 100 = stärkste mögliche Schmerzen</translation>
    </message>
    <message>
        <source>overall pain score</source>
        <translation>Gesamtschmerz</translation>
    </message>
    <message>
        <source>Daily life with your back</source>
        <translation>Alltag mit Ihrem Rücken</translation>
    </message>
    <message>
        <source>0 % = no effect on daily life, 100 % = affects everything</source>
        <translation>0 % = keine Auswirkung auf den Alltag, 100 % = beeinträchtigt alles</translation>
    </message>
    <message>
        <source>back problems in daily life</source>
        <translation>Rückenbeschwerden im Alltag</translation>
    </message>
    <message>
        <source>Your back problems affect daily life %1 at the start (%2).</source>
        <translation>Ihre Rückenbeschwerden beeinträchtigen den Alltag %1 zu Beginn (%2).</translation>
    </message>
    <message>
        <source>Everyday activities</source>
        <translation>Alltagstätigkeiten</translation>
    </message>
    <message>
        <source>how many of 24 everyday activities your back makes harder</source>
        <translation>wie viele von 24 Alltagstätigkeiten Ihr Rücken erschwert</translation>
    </message>
    <message>
        <source>everyday activities made harder by your back</source>
        <translation>durch den Rücken erschwerte Alltagstätigkeiten</translation>
    </message>
    <message>
        <source>Your back gets in the way of everyday activities %1 at the start (%2).</source>
        <translation>Ihr Rücken behindert Sie bei Alltagstätigkeiten %1 zu Beginn (%2).</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Körperliche Gesundheit</translation>
    </message>
    <message>
        <source>50 is the average for adults; higher is better</source>
        <translation>50 ist der Durchschnitt Erwachsener; höher ist besser</translation>
    </message>
    <message>
        <source>physical health score</source>
        <translation>körperliche Gesundheit</translation>
    </message>
    <message>
        <source>Mental and emotional health</source>
        <translation>Seelische Gesundheit</translation>
    </message>
    <message>
        <source>mental and emotional health score</source>
        <translation>seelische Gesundheit</translation>
    </message>
    <message>
        <source>much less than</source>
        <translation>viel weniger als</translation>
    </message>
    <message>
        <source>a little less than</source>
        <translation>etwas weniger als</translation>
    </message>
    <message>
        <source>a little more than</source>
        <translation>etwas mehr als</translation>
    </message>
    <message>
        <source>much more than</source>
        <translation>viel mehr als</translation>
    </message>
    <message>
        <source>about as much as</source>
        <translation>etwa so sehr wie</translation>
    </message>
    <message>
        <source>still %1</source>
        <translation>noch immer %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Your %1 went from %2 to %3 — %4 % better.</source>
        <translation>Ihr Wert für %1 lag zu Beginn bei %2 und jetzt bei %3 — %4 % besser.</translation>
    </message>
    <message>
        <source>Your %1 went from %2 to %3 — %4 % worse.</source>
        <translation>Ihr Wert für %1 lag zu Beginn bei %2 und jetzt bei %3 — %4 % schlechter.</translation>
    </message>
    <message>
        <source>Your %1 is the same as at the start: %2.</source>
        <translation>Ihr Wert für %1 ist derselbe wie zu Beginn: %2.</translation>
    </message>
    <message>
        <source>Your %1 went from %2 to %3.</source>
        <translation>Ihr Wert für %1 lag zu Beginn bei %2 und jetzt bei %3.</translation>
    </message>
    <message>
        <source>Your %1 went from %2 to %3 — better than at the start.</source>
        <translation>Ihr Wert für %1 lag zu Beginn bei %2 und jetzt bei %3 — besser als zu Beginn.</translation>
    </message>
    <message>
        <source>Your %1 went from %2 to %3 — lower than at the start.</source>
        <translation>Ihr Wert für %1 lag zu Beginn bei %2 und jetzt bei %3 — niedriger als zu Beginn.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 — much better.</source>
        <translation>%1: von %2 auf %3 — viel besser.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 — a little better.</source>
        <translation>%1: von %2 auf %3 — etwas besser.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 — a little worse.</source>
        <translation>%1: von %2 auf %3 — etwas schlechter.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 — much worse.</source>
        <translation>%1: von %2 auf %3 — viel schlechter.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 — about the same.</source>
        <translation>%1: von %2 auf %3 — etwa gleich.</translation>
    </message>
    <message>
        <source>not yet measured</source>
        <translation>noch nicht gemessen</translation>
    </message>
    <message>
        <source>We measured your %1 at the start: %2. Your next visits will show how it changes.</source>
        <translation>Zu Beginn haben wir Ihren Wert für %1 gemessen: %2. Die nächsten Termine zeigen, wie er sich verändert.</translation>
    </message>
    <message>
        <source>from %1 to %2, %3</source>
        <translation>von %1 auf %2, %3</translation>
    </message>
    <message>
        <source>at the start: %1</source>
        <translation>zu Beginn: %1</translation>
    </message>
    <message>
        <source>a clear improvement</source>
        <translation>eine deutliche Verbesserung</translation>
    </message>
    <message>
        <source>Your %1 is about the same as at the start: %2.</source>
        <translation>Ihr Wert für %1 ist etwa gleich wie zu Beginn: %2.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 — better.</source>
        <translation>%1: von %2 auf %3 — besser.</translation>
    </message>
    <message>
        <source>%1: from %2 to %3 — worse.</source>
        <translation>%1: von %2 auf %3 — schlechter.</translation>
    </message>
    <message>
        <source>average for adults: %1</source>
        <translation>Durchschnitt Erwachsener: %1</translation>
    </message>
    <message>
        <source>Patients who started like you: %1 courses; half of them scored in the shaded area</source>
        <translation>Patienten mit ähnlichem Beginn wie Sie: %1 Behandlungsserien; die Hälfte von ihnen lag im schattierten Bereich</translation>
    </message>
    <message>
        <source>Patients who started like you (%1 courses): by %2, half scored between %3 and %4.</source>
        <translation>Patienten mit ähnlichem Beginn wie Sie (%1 Behandlungsserien): Bei %2 lag die Hälfte zwischen %3 und %4.</translation>
    </message>
</context>
<context>
    <name>outcome::PatientView</name>
    <message>
        <source>Your progress</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <source>◀  Back</source>
        <translation>◀  Zurück</translation>
    </message>
    <message>
        <source>Next  ▶</source>
        <translation>Weiter  ▶</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Clinician: hold to close</source>
        <translation>Behandelnde: zum Schließen gedrückt halten</translation>
    </message>
    <message>
        <source>Close the patient view: press and hold for two seconds</source>
        <translation>Patientenansicht schließen: zwei Sekunden gedrückt halten</translation>
    </message>
    <message>
        <source>Your progress since %1</source>
        <translation>Ihr Verlauf seit %1</translation>
    </message>
    <message>
        <source>%1, your progress since %2</source>
        <translation>%1, Ihr Verlauf seit %2</translation>
    </message>
    <message>
        <source>There is nothing to compare yet. After your next visits this page will show how you are doing.</source>
        <translation>Es gibt noch nichts zu vergleichen. Nach Ihren nächsten Terminen zeigt diese Seite, wie es Ihnen geht.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Your clinician will close this view.</source>
        <translation>Ihre Behandlerin oder Ihr Behandler schließt diese Ansicht.</translation>
    </message>
    <message>
        <source>Press and hold for two seconds, or hold %1.</source>
        <translation>Zwei Sekunden gedrückt halten, oder %1 halten.</translation>
    </message>
    <message>
        <source>Right, Page Down</source>
        <translation>Rechts, Bild ab</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>Links, Bild auf</translation>
    </message>
    <message>
        <source>Home, End</source>
        <translation>Pos1, Ende</translation>
    </message>
    <message>
        <source>First page, last page</source>
        <translation>Erste Seite, letzte Seite</translation>
    </message>
    <message>
        <source>%1, held for two seconds</source>
        <translation>%1, zwei Sekunden gehalten</translation>
    </message>
    <message>
        <source>Close the patient view (the clinician)</source>
        <translation>Patientenansicht schließen (durch die Behandelnden)</translation>
    </message>
    <message>
        <source>Not compared yet</source>
        <translation>Noch nicht verglichen</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Etwa gleich</translation>
    </message>
</context>
<context>
    <name>outcome::PatientWorkspace</name>
    <message>
        <source>&amp;Course and visits</source>
        <translation>Serie und &amp;Termine</translation>
    </message>
    <message>
        <source>Clinical e&amp;vents</source>
        <translation>Klinische &amp;Ereignisse</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>Chart %1</source>
        <translation>Pat.-Nr. %1</translation>
    </message>
    <message>
        <source>born %1 (%2 years)</source>
        <translation>geb. %1 (%2 Jahre)</translation>
    </message>
    <message>
        <source>questionnaires in %1</source>
        <translation>Fragebögen in %1</translation>
    </message>
</context>
<context>
    <name>outcome::PostgresDialect</name>
    <message>
        <source>%1 is not a server address of the form postgresql://USER@HOST:PORT/DATABASE (%2).</source>
        <translation>%1 ist keine Serveradresse der Form postgresql://BENUTZER@HOST:PORT/DATENBANK (%2).</translation>
    </message>
    <message>
        <source>The server address must not hold a password, where others can read it in the process list and the settings. Put it in ~/.pgpass or PGPASSWORD instead, or leave it out and type it when the program asks.</source>
        <translation>Die Serveradresse darf kein Passwort enthalten, denn dort können andere es in der Prozessliste und den Einstellungen lesen. Legen Sie es stattdessen in ~/.pgpass oder PGPASSWORD ab, oder lassen Sie es weg und geben Sie es ein, wenn das Programm danach fragt.</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>kein Host</translation>
    </message>
    <message>
        <source>no database name after the host</source>
        <translation>kein Datenbankname nach dem Host</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; these are passed on: %2</source>
        <translation>unbekannte Einstellung „%1“; weitergegeben werden: %2</translation>
    </message>
    <message>
        <source>Database statement failed (%1): %2</source>
        <translation>Datenbankanweisung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Could not %1: %2 is not installed. Install the PostgreSQL client programs (Debian and Ubuntu: postgresql-client), then try again.</source>
        <translation>Konnte nicht %1: %2 ist nicht installiert. Installieren Sie die PostgreSQL-Clientprogramme (Debian und Ubuntu: postgresql-client) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1: %2 did not start (%3).</source>
        <translation>Konnte nicht %1: %2 ließ sich nicht starten (%3).</translation>
    </message>
    <message>
        <source>Could not %1: %2 failed: %3</source>
        <translation>Konnte nicht %1: %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Could not listen for other workstations&apos; changes: %1</source>
        <translation>Änderungen anderer Arbeitsplätze können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the database version: %1</source>
        <translation>Die Datenbankversion konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the database&apos;s tables: %1</source>
        <translation>Die Tabellen der Datenbank konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the audit log&apos;s guard %1 is missing or disabled</source>
        <translation>der Schutz %1 des Änderungsprotokolls fehlt oder ist abgeschaltet</translation>
    </message>
    <message>
        <source>the constraint %2 of %1 is not validated</source>
        <translation>die Einschränkung %2 von %1 ist nicht geprüft</translation>
    </message>
    <message>
        <source>the index %1 is not usable</source>
        <translation>der Index %1 ist nicht nutzbar</translation>
    </message>
    <message>
        <source>back up %1</source>
        <translation>%1 sichern</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 gibt es schon; wählen Sie einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>check the backup %1</source>
        <translation>die Sicherung %1 prüfen</translation>
    </message>
    <message>
        <source>restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
</context>
<context>
    <name>outcome::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language of the program</source>
        <translation>Sprache des Programms</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>A new language applies when Outcome Tracker is next started.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Outcome Tracker.</translation>
    </message>
    <message>
        <source>Colours of the program</source>
        <translation>Farben des Programms</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Paper size of reports</source>
        <translation>Papierformat der Berichte</translation>
    </message>
    <message>
        <source>Follow the locale (now %1)</source>
        <translation>Regionaleinstellung folgen (derzeit %1)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Number of automatic backups to keep</source>
        <translation>Anzahl der aufzubewahrenden automatischen Sicherungen</translation>
    </message>
    <message>
        <source>Back up &amp;when closing after a change</source>
        <translation>&amp;Beim Beenden nach einer Änderung sichern</translation>
    </message>
    <message>
        <source>Back up when closing after a change</source>
        <translation>Beim Beenden nach einer Änderung sichern</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Papierformat</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Neueste behalten</translation>
    </message>
    <message>
        <source>Older automatic backups are removed when a new one is made.</source>
        <translation>Ältere automatische Sicherungen werden entfernt, wenn eine neue erstellt wird.</translation>
    </message>
    <message>
        <source>Minutes without input before the window locks</source>
        <translation>Minuten ohne Eingabe, bis sich das Fenster sperrt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock &amp;after</source>
        <translation>Sperren na&amp;ch</translation>
    </message>
    <message>
        <source>Without input for this long the window hides every patient detail and asks for the password (once the clinic has accounts). Ctrl+L locks at once.</source>
        <translation>Nach so langer Zeit ohne Eingabe verbirgt das Fenster alle Patientendaten und fragt nach dem Passwort (sobald die Praxis Konten hat). Strg+L sperrt sofort.</translation>
    </message>
    <message>
        <source>Encr&amp;ypt automatic backups with a passphrase</source>
        <translation>Automatische Sicherungen mit einer Passphrase &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt automatic backups with a passphrase</source>
        <translation>Automatische Sicherungen mit einer Passphrase verschlüsseln</translation>
    </message>
    <message>
        <source>Backup pass&amp;phrase…</source>
        <translation>Passp&amp;hrase der Sicherungen…</translation>
    </message>
    <message>
        <source>For backups that leave the building. The passphrase is kept in this computer&apos;s keychain; where there is none, it is asked for at each backup. Without it nobody can restore these backups.</source>
        <translation>Für Sicherungen, die das Haus verlassen. Die Passphrase wird im Schlüsselbund dieses Computers aufbewahrt; wo es keinen gibt, wird sie bei jeder Sicherung erfragt. Ohne sie kann niemand diese Sicherungen wiederherstellen.</translation>
    </message>
    <message>
        <source>Without input for this long the window hides every patient detail and asks for the password. The clinic&apos;s administrator set at most %1 minutes for every workstation. Ctrl+L locks at once.</source>
        <translation>Ohne Eingabe für diese Zeit verbirgt das Fenster alle Patientendaten und fragt nach dem Passwort. Der Administrator der Praxis hat für alle Arbeitsplätze höchstens %1 Minuten festgelegt. Strg+L sperrt sofort.</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Sicherungs-Passphrase</translation>
    </message>
    <message>
        <source>%1 The passphrase is not stored: Outcome Tracker asks for it each time an encrypted automatic backup is made.</source>
        <translation>%1 Die Passphrase wird nicht gespeichert: Outcome Tracker fragt bei jeder verschlüsselten automatischen Sicherung danach.</translation>
    </message>
</context>
<context>
    <name>outcome::PrivacyNotice</name>
    <message>
        <source>Make private</source>
        <translation>Privat machen</translation>
    </message>
    <message>
        <source>Let only your account read the database and its backups</source>
        <translation>Nur Ihr Benutzerkonto darf die Datenbank und ihre Sicherungen lesen</translation>
    </message>
    <message>
        <source>Other accounts on this computer can read this database, and with it every patient&apos;s records.</source>
        <translation>Andere Benutzerkonten auf diesem Computer können diese Datenbank lesen und damit die Daten aller Patienten.</translation>
    </message>
</context>
<context>
    <name>outcome::PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot restrict who may read %1; check that it is yours.</source>
        <translation>Der Zugriff auf %1 lässt sich nicht einschränken; prüfen Sie, ob die Datei Ihnen gehört.</translation>
    </message>
    <message>
        <source>%1 is a folder; name a file in it</source>
        <translation>%1 ist ein Ordner; geben Sie eine Datei darin an</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>it is read-only for you; choose another folder</source>
        <translation>Sie haben hier keine Schreibrechte; wählen Sie einen anderen Ordner</translation>
    </message>
    <message>
        <source>the disk is full (%1 needed, %2 free); free some space or choose another disk</source>
        <translation>der Datenträger ist voll (%1 benötigt, %2 frei); geben Sie Speicherplatz frei oder wählen Sie einen anderen Datenträger</translation>
    </message>
    <message>
        <source>the disk is read-only; choose another disk</source>
        <translation>der Datenträger ist schreibgeschützt; wählen Sie einen anderen Datenträger</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>outcome::ProfileChartBuilder</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>latest: %1, %2</source>
        <translation>zuletzt: %1, %2</translation>
    </message>
    <message>
        <source>first recorded: %1, %2</source>
        <translation>erstmals erfasst: %1, %2</translation>
    </message>
    <message>
        <source>baseline: %1</source>
        <translation>Ausgangswert: %1</translation>
    </message>
    <message>
        <source>latest: none yet</source>
        <translation>zuletzt: noch keiner</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>%1 health profile</source>
        <translation>%1-Gesundheitsprofil</translation>
    </message>
    <message>
        <source>baseline and latest value of each scale; summaries against the population norm</source>
        <translation>Ausgangswert und letzter Wert jeder Skala; Summenskalen im Vergleich zur Bevölkerungsnorm</translation>
    </message>
    <message>
        <source>score 0–100, higher is better →</source>
        <translation>Score 0–100, höher ist besser →</translation>
    </message>
    <message>
        <source>norm-based summary (US 1990), higher is better →</source>
        <translation>normbasierte Summenskala (USA 1990), höher ist besser →</translation>
    </message>
    <message>
        <source>Population average: 50 (US general population, 1990)</source>
        <translation>Bevölkerungsdurchschnitt: 50 (US-Allgemeinbevölkerung, 1990)</translation>
    </message>
    <message>
        <source>latest: %1</source>
        <translation>zuletzt: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>first recorded</source>
        <translation>erstmals erfasst</translation>
    </message>
</context>
<context>
    <name>outcome::ProgressPanel</name>
    <message>
        <source>Show to patient…</source>
        <translation>Dem Patienten zeigen…</translation>
    </message>
    <message>
        <source>Opens a full-screen view of this course in plain words for the patient.</source>
        <translation>Öffnet eine Vollbildansicht dieser Behandlungsserie in einfachen Worten für den Patienten.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Start vs now</source>
        <translation>Beginn und jetzt</translation>
    </message>
    <message>
        <source>Choose a patient to see their progress.</source>
        <translation>Wählen Sie einen Patienten, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>Progress since %1</source>
        <translation>Verlauf seit %1</translation>
    </message>
    <message>
        <source>%1: progress since %2</source>
        <translation>%1: Verlauf seit %2</translation>
    </message>
    <message>
        <source>%1 charts</source>
        <translation>%1-Diagramme</translation>
    </message>
    <message>
        <source>Show the expected course</source>
        <translation>Erwarteten Verlauf zeigen</translation>
    </message>
    <message>
        <source>Shades how the clinic&apos;s own completed courses that started like this one went: their median and middle half at each visit, where at least %1 such courses exist. Worked out on this computer.</source>
        <translation>Schattiert, wie die eigenen abgeschlossenen Behandlungsserien der Praxis mit ähnlichem Beginn verliefen: Median und mittlere Hälfte bei jedem Termin, sofern mindestens %1 solche Behandlungsserien vorliegen. Auf diesem Computer berechnet.</translation>
    </message>
</context>
<context>
    <name>outcome::QuestionnaireFormDocument</name>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Your number (%1):</source>
        <translation>Ihre Zahl (%1):</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>%1 (or %2)</source>
        <translation>%1 (oder %2)</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The answers describe: %1.</source>
        <translation>Die Antworten beschreiben: %1.</translation>
    </message>
    <message>
        <source>%1 has no questionnaires planned. Add them to the visit in the course template, or print a blank questionnaire of one instrument.</source>
        <translation>%1 sieht keine Fragebögen vor. Fügen Sie sie dem Termin in der Vorlage der Behandlungsserie hinzu, oder drucken Sie einen leeren Fragebogen eines Instruments.</translation>
    </message>
    <message>
        <source>%1 plans the instrument &quot;%2&quot;, which is not installed. Put its definition file back into the clinic&apos;s instruments folder, or change the course template.</source>
        <translation>%1 sieht das Instrument „%2“ vor, das nicht installiert ist. Legen Sie seine Definitionsdatei zurück in den Instrumentenordner der Praxis, oder ändern Sie die Vorlage der Behandlungsserie.</translation>
    </message>
    <message>
        <source>Questionnaires for %1</source>
        <translation>Fragebögen für %1</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Name: %1
Chart number: %2
Visit: %3, planned for %4</source>
        <translation>Name: %1
Patientennummer: %2
Termin: %3, geplant für %4</translation>
    </message>
    <message>
        <source>Name: %1
Chart number: %2
Date: %3</source>
        <translation>Name: %1
Patientennummer: %2
Datum: %3</translation>
    </message>
    <message>
        <source>Please answer every question by ticking one box, or by writing where a number is asked for. If you are unsure, tick the answer closest to how you feel.</source>
        <translation>Bitte beantworten Sie jede Frage, indem Sie ein Kästchen ankreuzen oder eine Zahl eintragen, wo danach gefragt wird. Wenn Sie unsicher sind, kreuzen Sie die Antwort an, die Ihrem Befinden am nächsten kommt.</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>%1, planned for %2</source>
        <translation>%1, geplant für %2</translation>
    </message>
    <message>
        <source>Name: %1  Chart number: %2</source>
        <translation>Name: %1  Patientennummer: %2</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Questionnaires: %1, %2</source>
        <translation>Fragebögen: %1, %2</translation>
    </message>
    <message>
        <source>Questionnaire: %1</source>
        <translation>Fragebogen: %1</translation>
    </message>
    <message>
        <source>Questionnaires to fill in by hand: %1</source>
        <translation>Fragebögen zum Ausfüllen von Hand: %1</translation>
    </message>
</context>
<context>
    <name>outcome::ReasonDialog</name>
    <message>
        <source>Reason for the change</source>
        <translation>Grund der Änderung</translation>
    </message>
    <message>
        <source>For example: typing error, the patient corrected an answer</source>
        <translation>Zum Beispiel: Tippfehler, der Patient hat eine Antwort korrigiert</translation>
    </message>
</context>
<context>
    <name>outcome::ReferralReport</name>
    <message>
        <source>missed</source>
        <translation>versäumt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1
(was: %2)</source>
        <translation>%1
(zuvor: %2)</translation>
    </message>
    <message>
        <source>%1
first recorded</source>
        <translation>%1
erstmals erfasst</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>fall</source>
        <translation>Rückgang</translation>
    </message>
    <message>
        <source>rise</source>
        <translation>Anstieg</translation>
    </message>
    <message>
        <source>%1 % of the baseline</source>
        <translation>%1 % des Ausgangswerts</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>%1: meaningful improvement is a %2 of at least %3; %4 is shown beside it.</source>
        <translation>%1: Eine klinisch relevante Verbesserung ist ein %2 um mindestens %3; daneben wird %4 angegeben.</translation>
    </message>
    <message>
        <source>%1: meaningful improvement is a %2 of at least %3.</source>
        <translation>%1: Eine klinisch relevante Verbesserung ist ein %2 um mindestens %3.</translation>
    </message>
    <message>
        <source> Source: %1.</source>
        <translation> Quelle: %1.</translation>
    </message>
    <message>
        <source>Referral summary</source>
        <translation>Überweisungsbericht</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tel. %1</source>
        <translation>Tel. %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Treating clinician: %1</source>
        <translation>Behandler: %1</translation>
    </message>
    <message>
        <source>  ·  </source>
        <translation>  ·  </translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 Jahre)</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Patientennummer</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1, ongoing</source>
        <translation>seit %1, laufend</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ohne Bezeichnung</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>%1 of %2 attended</source>
        <translation>%1 von %2 wahrgenommen</translation>
    </message>
    <message>
        <source>Missed visits</source>
        <translation>Versäumte Termine</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Scores at this visit</source>
        <translation>Werte bei diesem Termin</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>No scores have been recorded for the chosen measures in this course.</source>
        <translation>Für die gewählten Messgrößen wurden in dieser Behandlungsserie keine Werte erfasst.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>End of course</source>
        <translation>Ende der Serie</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>No chosen measure has a value at this visit to compare with its baseline.</source>
        <translation>Keine der gewählten Messgrößen hat bei diesem Termin einen Wert, der mit ihrem Ausgangswert verglichen werden kann.</translation>
    </message>
    <message>
        <source>Change is from the baseline to this visit; band is at this visit.</source>
        <translation>Veränderung vom Ausgangswert bis zu diesem Termin; Schweregrad bei diesem Termin.</translation>
    </message>
    <message>
        <source>Change is from the baseline to the latest value; band is at the latest value. Where the baseline visit has no value, the first recorded one stands in and is marked so.</source>
        <translation>Veränderung vom Ausgangswert bis zum letzten Wert; Schweregrad beim letzten Wert. Liegt bei der Eingangsuntersuchung kein Wert vor, tritt der erste erfasste Wert an seine Stelle und ist entsprechend gekennzeichnet.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Quellen: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>About the measures</source>
        <translation>Zu den Messgrößen</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>Verlaufsdiagramme</translation>
    </message>
    <message>
        <source>Events during the course</source>
        <translation>Ereignisse während der Behandlungsserie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Clinician&apos;s notes</source>
        <translation>Anmerkungen des Behandlers</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>range %1</source>
        <translation>Bereich %1</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Measures without a meaningful-change threshold (RAND-36) say &quot;higher&quot; or &quot;lower&quot; only for a change of at least 5 points, else &quot;about the same&quot;; they are never called meaningful.</source>
        <translation>Messgrößen ohne Schwelle für eine klinisch relevante Veränderung (RAND-36) heißen erst ab einer Veränderung von 5 Punkten „höher“ oder „niedriger“, sonst „etwa gleich“; sie werden nie als klinisch relevant bezeichnet.</translation>
    </message>
    <message>
        <source>—: no percent change can be given from a baseline of 0.</source>
        <translation>—: Von einem Ausgangswert 0 aus lässt sich keine prozentuale Veränderung angeben.</translation>
    </message>
    <message>
        <source>Blood markers: %1, at every visit shown.</source>
        <translation>Blutmarker: %1, bei jedem gezeigten Termin.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1
%2%3</source>
        <translation>%1
%2%3</translation>
    </message>
    <message>
        <source>Outcome measures over a course of care, with change from baseline</source>
        <translation>Messwerte über eine Behandlungsserie mit Veränderung gegenüber dem Ausgangswert</translation>
    </message>
    <message>
        <source>day %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>left out (de-identified)</source>
        <translation>ausgelassen (pseudonymisiert)</translation>
    </message>
    <message>
        <source>%1, day %2</source>
        <translation>%1, Tag %2</translation>
    </message>
    <message>
        <source>Patients who started alike</source>
        <translation>Patienten mit ähnlichem Beginn</translation>
    </message>
    <message>
        <source>From this clinic&apos;s own completed courses with a similar baseline on the same measure, where at least %1 exist; the middle half lies between the 25th and 75th percentiles.</source>
        <translation>Aus den eigenen abgeschlossenen Behandlungsserien der Praxis mit ähnlichem Ausgangswert bei derselben Messgröße, sofern mindestens %1 vorliegen; die mittlere Hälfte liegt zwischen der 25. und 75. Perzentile.</translation>
    </message>
</context>
<context>
    <name>outcome::ReportExportDialog</name>
    <message>
        <source>Export summary</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>e.g. Dr J. Smith, Harbour Medical Practice</source>
        <translation>z. B. Dr. J. Schmidt, Praxis am Hafen</translation>
    </message>
    <message>
        <source>Measures in the table</source>
        <translation>Messgrößen in der Tabelle</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Clinician&apos;s &amp;notes</source>
        <translation>&amp;Anmerkungen des Behandlers</translation>
    </message>
    <message>
        <source>Clinical e&amp;vents</source>
        <translation>&amp;Klinische Ereignisse</translation>
    </message>
    <message>
        <source>&amp;Full course</source>
        <translation>&amp;Gesamte Behandlungsserie</translation>
    </message>
    <message>
        <source>This &amp;visit only (the latest)</source>
        <translation>&amp;Nur dieser Termin (der aktuellste)</translation>
    </message>
    <message>
        <source>&amp;De-identified: pseudonym and age instead of name, birth date and chart</source>
        <translation>&amp;Pseudonymisiert: Pseudonym und Alter statt Name, Geburtsdatum und Patientennummer</translation>
    </message>
    <message>
        <source>Cover note</source>
        <translation>Begleitschreiben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 profile, baseline and latest</source>
        <translation>%1-Profil, Ausgangswert und aktueller Wert</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Measures in the table</source>
        <translation>&amp;Messgrößen in der Tabelle</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>D&amp;iagramme</translation>
    </message>
    <message>
        <source>Save as &amp;preset…</source>
        <translation>Als &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Pre&amp;set</source>
        <translation>Vor&amp;lage</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation>&amp;Empfänger</translation>
    </message>
    <message>
        <source>C&amp;over note</source>
        <translation>&amp;Begleitschreiben</translation>
    </message>
    <message>
        <source>&amp;Clinic details…</source>
        <translation>Pra&amp;xisangaben…</translation>
    </message>
    <message>
        <source>The letterhead, treating clinician and confidentiality line on every report</source>
        <translation>Briefkopf, Behandler und Vertraulichkeitshinweis auf jedem Bericht</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Vorscha&amp;u…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset (an existing name is replaced):</source>
        <translation>Name der Vorlage (ein vorhandener Name wird ersetzt):</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; saved for the whole clinic.</source>
        <translation>Vorlage „%1“ für die gesamte Praxis gespeichert.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Show the e&amp;xpected course</source>
        <translation>E&amp;rwarteten Verlauf zeigen</translation>
    </message>
    <message>
        <source>On the charts and in words: how the clinic&apos;s own completed courses that started like this one went, where at least %1 such courses exist.</source>
        <translation>In den Diagrammen und in Worten: wie die eigenen abgeschlossenen Behandlungsserien der Praxis mit ähnlichem Beginn verliefen, sofern mindestens %1 solche Behandlungsserien vorliegen.</translation>
    </message>
    <message>
        <source>Saved %1 (1 page).</source>
        <translation>%1 gespeichert (1 Seite).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 gespeichert (%2 Seiten).</translation>
    </message>
    <message>
        <source>&amp;Encrypt the PDF with a passphrase, for sending</source>
        <translation>PDF mit einer Passphrase verschlüsseln (&amp;für den Versand)</translation>
    </message>
    <message>
        <source>The PDF goes into one file that nobody can read without the passphrase. Tell the recipient the passphrase another way (by phone); they open the file with &quot;outcome-tracker-cli unseal&quot;.</source>
        <translation>Das PDF kommt in eine Datei, die ohne die Passphrase niemand lesen kann. Teilen Sie dem Empfänger die Passphrase auf anderem Weg mit (telefonisch); er öffnet die Datei mit „outcome-tracker-cli unseal“.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Passphr&amp;ase</source>
        <translation>Pass&amp;phrase</translation>
    </message>
    <message>
        <source>A&amp;gain</source>
        <translation>Wieder&amp;holen</translation>
    </message>
    <message>
        <source>Save the summary into an encrypted file</source>
        <translation>Zusammenfassung in eine verschlüsselte Datei speichern</translation>
    </message>
    <message>
        <source>Encrypted export (*.%1)</source>
        <translation>Verschlüsselter Export (*.%1)</translation>
    </message>
    <message>
        <source>Again: the two passphrases differ; type the same one in both fields.</source>
        <translation>Wiederholen: Die beiden Passphrasen unterscheiden sich; geben Sie in beiden Feldern dieselbe ein.</translation>
    </message>
    <message>
        <source>Saved %1, encrypted: the recipient needs the passphrase to open it.</source>
        <translation>%1 verschlüsselt gespeichert: Der Empfänger braucht die Passphrase, um die Datei zu öffnen.</translation>
    </message>
</context>
<context>
    <name>outcome::ReportOptions</name>
    <message>
        <source>Referral summary</source>
        <translation>Arztbrief-Zusammenfassung</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <source>Treatment outcome report</source>
        <translation>Behandlungsergebnisbericht</translation>
    </message>
    <message>
        <source>Referral to a GP</source>
        <translation>Überweisung an die Hausarztpraxis</translation>
    </message>
    <message>
        <source>Referral to a specialist</source>
        <translation>Überweisung an eine Fachärztin oder einen Facharzt</translation>
    </message>
    <message>
        <source>For the patient</source>
        <translation>Für den Patienten</translation>
    </message>
    <message>
        <source>For an insurer</source>
        <translation>Für eine Versicherung</translation>
    </message>
</context>
<context>
    <name>outcome::ReportPresetStore</name>
    <message>
        <source>There is no report preset &quot;%1&quot;; choose one of: %2.</source>
        <translation>Es gibt keine Berichtsvorlage „%1“; wählen Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>Preset name: enter a name to save the preset under.</source>
        <translation>Name der Vorlage: Geben Sie einen Namen ein, unter dem die Vorlage gespeichert wird.</translation>
    </message>
</context>
<context>
    <name>outcome::Schema</name>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>outcome::ScoreText</name>
    <message>
        <source>No score: %1</source>
        <translation>Kein Score: %1</translation>
    </message>
    <message>
        <source>%1 no score</source>
        <translation>%1 kein Score</translation>
    </message>
    <message>
        <source>first recorded %1</source>
        <translation>zuerst erfasst %1</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>Ausgangswert %1</translation>
    </message>
    <message>
        <source>%1 (%2) from %3</source>
        <translation>%1 (%2) seit %3</translation>
    </message>
</context>
<context>
    <name>outcome::ScoringEngine</name>
    <message>
        <source>%1 not entered</source>
        <translation>%1 nicht eingegeben</translation>
    </message>
    <message>
        <source>no %1 of %2 answered</source>
        <translation>kein %1 von %2 beantwortet</translation>
    </message>
    <message>
        <source>%1 of %2 %3 unanswered; the %4 needs all %2</source>
        <translation>%1 von %2 %3 unbeantwortet; %4 braucht alle %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 unanswered; the %4 allows at most %5</source>
        <translation>%1 von %2 %3 unbeantwortet; %4 erlaubt höchstens %5</translation>
    </message>
    <message>
        <source>item %1: answer %2 has no value in table &quot;%3&quot;</source>
        <translation>Item %1: Antwort %2 hat keinen Wert in Tabelle „%3“</translation>
    </message>
    <message>
        <source>the %1 needs all %2 scales; no score for %3</source>
        <translation>%1 braucht alle %2 Skalen; kein Score für %3</translation>
    </message>
    <message>
        <source>the form is marked incomplete; the %1 is scored only from a complete form</source>
        <translation>das Formular ist als unvollständig markiert; %1 wird nur aus einem vollständigen Formular berechnet</translation>
    </message>
</context>
<context>
    <name>outcome::ScoringRuleReader</name>
    <message>
        <source>must not be 0</source>
        <translation>darf nicht 0 sein</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; does not exist in this definition</source>
        <translation>Item „%1“ existiert in dieser Definition nicht</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; appears twice</source>
        <translation>Item „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>must be from 0 to %1 (at least one item must be answered)</source>
        <translation>muss von 0 bis %1 reichen (mindestens ein Item muss beantwortet sein)</translation>
    </message>
    <message>
        <source>%1 scores exactly one item</source>
        <translation>%1 wertet genau ein Item aus</translation>
    </message>
    <message>
        <source>lab_value items are scored by lab_value, and only they are</source>
        <translation>lab_value-Items werden mit lab_value ausgewertet, und nur sie</translation>
    </message>
    <message>
        <source>the item reports in %1 but the measure&apos;s unit is &quot;%2&quot;</source>
        <translation>das Item wird in %1 angegeben, die Einheit der Messgröße ist aber „%2“</translation>
    </message>
    <message>
        <source>percent_of_max needs items whose lowest answer is 0</source>
        <translation>percent_of_max braucht Items, deren niedrigste Antwort 0 ist</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no recode table</source>
        <translation>Item „%1“ hat keine Umkodierungstabelle</translation>
    </message>
    <message>
        <source>no table named &quot;%1&quot; in tables</source>
        <translation>keine Tabelle namens „%1“ in tables</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; has no whole-number answers to look up in a table</source>
        <translation>Item „%1“ hat keine ganzzahligen Antworten, die in einer Tabelle nachgeschlagen werden könnten</translation>
    </message>
    <message>
        <source>table &quot;%1&quot; has no value for answer %2 of item &quot;%3&quot;</source>
        <translation>Tabelle „%1“ hat keinen Wert für Antwort %2 von Item „%3“</translation>
    </message>
    <message>
        <source>item &quot;%1&quot; is not one of this rule&apos;s items</source>
        <translation>Item „%1“ gehört nicht zu den Items dieser Regel</translation>
    </message>
    <message>
        <source>expected a non-empty list of tables to choose from</source>
        <translation>erwartet wurde eine nicht leere Liste von Tabellen zur Auswahl</translation>
    </message>
    <message>
        <source>the last choice must have no condition, so that every answer gets a table</source>
        <translation>die letzte Auswahl darf keine Bedingung haben, damit jede Antwort eine Tabelle erhält</translation>
    </message>
    <message>
        <source>must be more than raw_min</source>
        <translation>muss größer als raw_min sein</translation>
    </message>
    <message>
        <source>give either &quot;answered&quot;: false or &quot;equals&quot;: a code</source>
        <translation>geben Sie entweder &quot;answered&quot;: false oder &quot;equals&quot;: ein Code an</translation>
    </message>
    <message>
        <source>only &quot;answered&quot;: false is a condition; an answered item is matched with &quot;equals&quot; or by the last, unconditional choice</source>
        <translation>nur &quot;answered&quot;: false ist eine Bedingung; ein beantwortetes Item wird mit &quot;equals&quot; oder durch die letzte, bedingungslose Auswahl erfasst</translation>
    </message>
    <message>
        <source>measure &quot;%1&quot; is not defined before this one</source>
        <translation>Messgröße „%1“ ist nicht vor dieser definiert</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
</context>
<context>
    <name>outcome::ScreenLock</name>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Outcome Tracker is locked.</source>
        <translation>Outcome Tracker ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>outcome::SealedArchive</name>
    <message>
        <source>%1 is not a readable export archive: %2.</source>
        <translation>%1 ist kein lesbares Exportarchiv: %2.</translation>
    </message>
    <message>
        <source>%1 already exists; an encrypted export is always written as a new file, so choose another name.</source>
        <translation>%1 gibt es bereits; ein verschlüsselter Export wird immer als neue Datei geschrieben, wählen Sie also einen anderen Namen.</translation>
    </message>
    <message>
        <source>Could not make a private temporary folder: %1</source>
        <translation>Ein privater temporärer Ordner konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it holds something other than exported files</source>
        <translation>es enthält etwas anderes als exportierte Dateien</translation>
    </message>
    <message>
        <source>archive format %1; this program reads format %2</source>
        <translation>Archivformat %1; dieses Programm liest Format %2</translation>
    </message>
    <message>
        <source>it claims %1 files</source>
        <translation>es gibt %1 Dateien an</translation>
    </message>
    <message>
        <source>file %1 of %2 is cut short</source>
        <translation>Datei %1 von %2 ist abgeschnitten</translation>
    </message>
    <message>
        <source>file %1 of %2 has the name &quot;%3&quot;</source>
        <translation>Datei %1 von %2 hat den Namen „%3“</translation>
    </message>
    <message>
        <source>%1 already holds a file named %2; choose an empty folder.</source>
        <translation>In %1 gibt es bereits eine Datei namens %2; wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>there are bytes after its last file</source>
        <translation>nach seiner letzten Datei folgen weitere Bytes</translation>
    </message>
</context>
<context>
    <name>outcome::SealedFile</name>
    <message>
        <source>The encryption library (libsodium) could not start; reinstall Outcome Tracker.</source>
        <translation>Die Verschlüsselungsbibliothek (libsodium) konnte nicht starten; installieren Sie Outcome Tracker neu.</translation>
    </message>
    <message>
        <source>There is not enough free memory to derive the key (%1 MiB are needed); close other programs and try again.</source>
        <translation>Es ist nicht genug freier Speicher vorhanden, um den Schlüssel abzuleiten (%1 MiB werden benötigt); schließen Sie andere Programme und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2); check that the disk has room and the folder can be written.</source>
        <translation>%1 kann nicht geschrieben werden (%2); prüfen Sie, ob auf dem Datenträger Platz ist und der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 has been changed or damaged since it was written (%2), so nothing was taken from it. Use another copy of it.</source>
        <translation>%1 wurde seit dem Schreiben verändert oder beschädigt (%2), daher wurde nichts daraus übernommen. Verwenden Sie eine andere Kopie.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2); check the file name.</source>
        <translation>%1 kann nicht gelesen werden (%2); prüfen Sie den Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Outcome Tracker file; choose an encrypted backup or export.</source>
        <translation>%1 ist keine verschlüsselte Outcome-Tracker-Datei; wählen Sie eine verschlüsselte Sicherung oder einen verschlüsselten Export.</translation>
    </message>
    <message>
        <source>its header is cut short</source>
        <translation>ihr Kopfteil ist abgeschnitten</translation>
    </message>
    <message>
        <source>%1 was encrypted by a newer version of Outcome Tracker (format %2); open it with that version or a later one.</source>
        <translation>%1 wurde von einer neueren Version von Outcome Tracker verschlüsselt (Format %2); öffnen Sie die Datei mit dieser oder einer späteren Version.</translation>
    </message>
    <message>
        <source>its header holds impossible values</source>
        <translation>ihr Kopfteil enthält unmögliche Werte</translation>
    </message>
    <message>
        <source>The passphrase does not open %1. Nothing was changed; type the passphrase exactly as it was set (capitals count) and try again.</source>
        <translation>Die Passphrase öffnet %1 nicht. Es wurde nichts verändert; geben Sie die Passphrase genau so ein, wie sie festgelegt wurde (Großbuchstaben zählen), und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>its header does not verify</source>
        <translation>ihr Kopfteil lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>it ends before its last part: it was cut short</source>
        <translation>sie endet vor ihrem letzten Teil: sie wurde abgeschnitten</translation>
    </message>
    <message>
        <source>part %1 does not verify</source>
        <translation>Teil %1 lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>there are bytes after its last part</source>
        <translation>nach ihrem letzten Teil folgen weitere Bytes</translation>
    </message>
</context>
<context>
    <name>outcome::SelfEntryView</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Questions answered so far</source>
        <translation>Bisher beantwortete Fragen</translation>
    </message>
    <message>
        <source>Clinician: hold to close</source>
        <translation>Behandler: zum Schließen halten</translation>
    </message>
    <message>
        <source>Close the questionnaires: for the clinician, press and hold for two seconds</source>
        <translation>Fragebögen schließen: für den Behandler, zwei Sekunden gedrückt halten</translation>
    </message>
    <message>
        <source>Press and hold for two seconds, or hold %1.</source>
        <translation>Zwei Sekunden gedrückt halten, oder %1 halten.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Skip this question</source>
        <translation>Diese Frage überspringen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>0-9</source>
        <translation>0-9</translation>
    </message>
    <message>
        <source>Answer by the number on the button (1 then 0 is ten)</source>
        <translation>Antworten mit der Zahl auf der Schaltfläche (1, dann 0 ist zehn)</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>Choose the answer before or after</source>
        <translation>Die vorige oder nächste Antwort wählen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Next question, or press the button that has the keyboard</source>
        <translation>Nächste Frage, oder die Schaltfläche mit dem Tastaturfokus drücken</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>Next question, answer unchanged</source>
        <translation>Nächste Frage, Antwort unverändert</translation>
    </message>
    <message>
        <source>Up, Backspace</source>
        <translation>Oben, Rücktaste</translation>
    </message>
    <message>
        <source>Back to the question before</source>
        <translation>Zurück zur vorigen Frage</translation>
    </message>
    <message>
        <source>%1, held for two seconds</source>
        <translation>%1, zwei Sekunden gehalten</translation>
    </message>
    <message>
        <source>Close the questionnaires (the clinician)</source>
        <translation>Fragebögen schließen (der Behandler)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginnen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <source>All questions seen</source>
        <translation>Alle Fragen gesehen</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Welcome, %1</source>
        <translation>Willkommen, %1</translation>
    </message>
    <message>
        <source>Please answer the following question about your back and how you are.</source>
        <translation>Bitte beantworten Sie die folgende Frage zu Ihrem Rücken und Ihrem Befinden.</translation>
    </message>
    <message>
        <source>Please answer the following %1 questions about your back and how you are; they take about %2 minutes.</source>
        <translation>Bitte beantworten Sie die folgenden %1 Fragen zu Ihrem Rücken und Ihrem Befinden; sie dauern etwa %2 Minuten.</translation>
    </message>
    <message>
        <source>There are no right or wrong answers. You can skip a question and go back at any time. Press Start when you are ready.</source>
        <translation>Es gibt keine richtigen oder falschen Antworten. Sie können eine Frage überspringen und jederzeit zurückgehen. Drücken Sie Beginnen, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>These questions are about: %1.</source>
        <translation>Diese Fragen betreffen: %1.</translation>
    </message>
    <message>
        <source>%1 · question %2 of %3</source>
        <translation>%1 · Frage %2 von %3</translation>
    </message>
    <message>
        <source>Question %1 of %2. %3</source>
        <translation>Frage %1 von %2. %3</translation>
    </message>
    <message>
        <source>Thank you, that was the last question</source>
        <translation>Danke, das war die letzte Frage</translation>
    </message>
    <message>
        <source>You answered every question. Press Finish to save your answers.</source>
        <translation>Sie haben alle Fragen beantwortet. Drücken Sie Abschließen, um Ihre Antworten zu speichern.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>You skipped one question: %1. You can go back to answer it, or leave it blank as on paper and press Finish to save your answers.</source>
        <translation>Sie haben eine Frage übersprungen: %1. Sie können zurückgehen und sie beantworten, oder sie wie auf Papier leer lassen und Abschließen drücken, um Ihre Antworten zu speichern.</translation>
    </message>
    <message>
        <source>You skipped %1 questions: %2. You can go back to answer them, or leave them blank as on paper and press Finish to save your answers.</source>
        <translation>Sie haben %1 Fragen übersprungen: %2. Sie können zurückgehen und sie beantworten, oder sie wie auf Papier leer lassen und Abschließen drücken, um Ihre Antworten zu speichern.</translation>
    </message>
    <message>
        <source>%1, question %2: %3</source>
        <translation>%1, Frage %2: %3</translation>
    </message>
    <message>
        <source>Go back to %1</source>
        <translation>Zurück zu %1</translation>
    </message>
    <message>
        <source>Your answers are saved. Thank you!</source>
        <translation>Ihre Antworten sind gespeichert. Vielen Dank!</translation>
    </message>
    <message>
        <source>Please hand the screen back to your clinician.</source>
        <translation>Bitte geben Sie den Bildschirm an Ihren Behandler zurück.</translation>
    </message>
    <message>
        <source>Entered by the patient on the clinic&apos;s screen; not yet reviewed</source>
        <translation>Vom Patienten am Bildschirm der Praxis eingegeben; noch nicht durchgesehen</translation>
    </message>
    <message>
        <source>Your answers could not be saved. Please hand the screen to your clinician. (%1)</source>
        <translation>Ihre Antworten konnten nicht gespeichert werden. Bitte geben Sie den Bildschirm an Ihren Behandler. (%1)</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Your clinician will close this screen.</source>
        <translation>Ihr Behandler wird diesen Bildschirm schließen.</translation>
    </message>
    <message>
        <source>A number between two marks, such as %1…</source>
        <translation>Eine Zahl zwischen zwei Markierungen, etwa %1…</translation>
    </message>
</context>
<context>
    <name>outcome::SeriesPoints</name>
    <message>
        <source>above the reference range (%1)</source>
        <translation>über dem Referenzbereich (%1)</translation>
    </message>
    <message>
        <source>below the reference range (%1)</source>
        <translation>unter dem Referenzbereich (%1)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
</context>
<context>
    <name>outcome::ServerBackup</name>
    <message>
        <source>There is no backup at %1.</source>
        <translation>Unter %1 gibt es keine Sicherung.</translation>
    </message>
    <message>
        <source>%1 is not a backup of a clinic server (a pg_dump file in the custom format); nothing was changed.</source>
        <translation>%1 ist keine Sicherung eines Praxisservers (eine pg_dump-Datei im Custom-Format); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Nothing was restored, because what the server holds now could not be kept first: %1</source>
        <translation>Nichts wurde wiederhergestellt, weil der jetzige Inhalt des Servers nicht zuvor aufbewahrt werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>outcome::ServerConnectionDialog</name>
    <message>
        <source>Connect to clinic server</source>
        <translation>Mit Praxisserver verbinden</translation>
    </message>
    <message>
        <source>The clinic&apos;s records on a PostgreSQL server, shared by every workstation. The password is asked for when the server needs it, or read from ~/.pgpass; it is never stored by Outcome Tracker.</source>
        <translation>Die Daten der Praxis auf einem PostgreSQL-Server, gemeinsam für alle Arbeitsplätze. Das Passwort wird erfragt, wenn der Server es verlangt, oder aus ~/.pgpass gelesen; Outcome Tracker speichert es nie.</translation>
    </message>
    <message>
        <source>for example clinic-server.local</source>
        <translation>zum Beispiel praxis-server.local</translation>
    </message>
    <message>
        <source>for example clinic</source>
        <translation>zum Beispiel praxis</translation>
    </message>
    <message>
        <source>Required, and the server&apos;s certificate checked</source>
        <translation>Erforderlich, mit Prüfung des Serverzertifikats</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>When the server offers it</source>
        <translation>Wenn der Server es anbietet</translation>
    </message>
    <message>
        <source>Off (only on the clinic&apos;s own network)</source>
        <translation>Aus (nur im eigenen Netz der Praxis)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Server: enter the server&apos;s name or address.</source>
        <translation>Server: Geben Sie den Namen oder die Adresse des Servers ein.</translation>
    </message>
    <message>
        <source>Database: enter the name of the clinic&apos;s database on the server.</source>
        <translation>Datenbank: Geben Sie den Namen der Praxisdatenbank auf dem Server ein.</translation>
    </message>
    <message>
        <source>Account: enter your account on the server.</source>
        <translation>Konto: Geben Sie Ihr Konto auf dem Server ein.</translation>
    </message>
</context>
<context>
    <name>outcome::SettingsRepository</name>
    <message>
        <source>read the database settings</source>
        <translation>Lesen der Datenbankeinstellungen</translation>
    </message>
    <message>
        <source>save the database settings</source>
        <translation>Speichern der Datenbankeinstellungen</translation>
    </message>
</context>
<context>
    <name>outcome::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Menus (Alt and the underlined letter opens a menu)</source>
        <translation>Menüs (Alt und der unterstrichene Buchstabe öffnen ein Menü)</translation>
    </message>
    <message>
        <source>(from the menu)</source>
        <translation>(über das Menü)</translation>
    </message>
    <message>
        <source>Patient register</source>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <source>Move from the search box into the list</source>
        <translation>Vom Suchfeld in die Liste wechseln</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Pfeil nach unten</translation>
    </message>
    <message>
        <source>Open the highlighted patient</source>
        <translation>Markierten Patienten öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Back to the search box from the top of the list</source>
        <translation>Vom Anfang der Liste zurück ins Suchfeld</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Pfeil nach oben</translation>
    </message>
    <message>
        <source>Typing in the list continues the search</source>
        <translation>Tippen in der Liste setzt die Suche fort</translation>
    </message>
    <message>
        <source>any letter</source>
        <translation>ein beliebiger Buchstabe</translation>
    </message>
    <message>
        <source>Entering answers</source>
        <translation>Antworten eingeben</translation>
    </message>
    <message>
        <source>Patient view</source>
        <translation>Patientenansicht</translation>
    </message>
    <message>
        <source>Tables and lists</source>
        <translation>Tabellen und Listen</translation>
    </message>
    <message>
        <source>Move between rows and cells</source>
        <translation>Zwischen Zeilen und Zellen wechseln</translation>
    </message>
    <message>
        <source>arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Leave the table or list for the next or previous control</source>
        <translation>Tabelle oder Liste zum nächsten oder vorigen Bedienelement verlassen</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Patient fills in</source>
        <translation>Patient füllt aus</translation>
    </message>
</context>
<context>
    <name>outcome::SignInDialog</name>
    <message>
        <source>Outcome Tracker is locked</source>
        <translation>Outcome Tracker ist gesperrt</translation>
    </message>
    <message>
        <source>Sign in to Outcome Tracker</source>
        <translation>Bei Outcome Tracker anmelden</translation>
    </message>
    <message>
        <source>Locked. %1 is signed in; enter the password to go on.</source>
        <translation>Gesperrt. %1 ist angemeldet; geben Sie das Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Patient details are hidden until the window is unlocked. Work not yet saved is kept as it was.</source>
        <translation>Patientendaten bleiben verborgen, bis das Fenster entsperrt ist. Noch nicht Gespeichertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>This clinic&apos;s records are kept for its accounts; every change is recorded under the account that made it.</source>
        <translation>Die Akten dieser Praxis sind ihren Konten vorbehalten; jede Änderung wird unter dem Konto festgehalten, das sie vorgenommen hat.</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Benutzer &amp;wechseln</translation>
    </message>
    <message>
        <source>Locked. Sign in as another account, or as the same one.</source>
        <translation>Gesperrt. Melden Sie sich mit einem anderen Konto an, oder mit demselben.</translation>
    </message>
    <message>
        <source>Account: type the account&apos;s name.</source>
        <translation>Konto: Geben Sie den Namen des Kontos ein.</translation>
    </message>
    <message>
        <source>Clinician&apos;s PIN</source>
        <translation>PIN des Behandlers</translation>
    </message>
    <message>
        <source>%1: your PIN, or your password if you have no PIN.</source>
        <translation>%1: Ihre PIN, oder Ihr Passwort, wenn Sie keine PIN haben.</translation>
    </message>
    <message>
        <source>The view goes back to the clinic&apos;s records.</source>
        <translation>Die Ansicht kehrt zu den Akten der Praxis zurück.</translation>
    </message>
    <message>
        <source>&amp;PIN or password:</source>
        <translation>&amp;PIN oder Passwort:</translation>
    </message>
    <message>
        <source>&amp;Close the view</source>
        <translation>Ansicht &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
</context>
<context>
    <name>outcome::SqlDialect</name>
    <message>
        <source>Database statement failed (%1): %2</source>
        <translation>Datenbankanweisung fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Could not read the database version: %1</source>
        <translation>Die Datenbankversion konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The integrity check returned nothing.</source>
        <translation>Die Integritätsprüfung hat nichts zurückgegeben.</translation>
    </message>
    <message>
        <source>Could not copy the database to %1: %2</source>
        <translation>Die Datenbank konnte nicht nach %1 kopiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is in use by another copy of Outcome Tracker (in another window or on another computer). Close it there, then try again.</source>
        <translation>%1 wird von einer anderen Instanz von Outcome Tracker verwendet (in einem anderen Fenster oder auf einem anderen Computer). Schließen Sie sie dort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot take %1 for replacing it: %2</source>
        <translation>%1 kann nicht zum Ersetzen übernommen werden: %2</translation>
    </message>
    <message>
        <source>Could not read the database&apos;s tables: %1</source>
        <translation>Die Tabellen der Datenbank konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not ask for changes: %1</source>
        <translation>Änderungen konnten nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>Could not replace the contents with %1; nothing was changed: %2</source>
        <translation>Der Inhalt konnte nicht durch %1 ersetzt werden; nichts wurde geändert: %2</translation>
    </message>
</context>
<context>
    <name>outcome::StartCourseDialog</name>
    <message>
        <source>Start a course</source>
        <translation>Behandlungsserie beginnen</translation>
    </message>
    <message>
        <source>Course template</source>
        <translation>Serienvorlage</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Course start date</source>
        <translation>Beginn der Behandlungsserie</translation>
    </message>
    <message>
        <source>Treatment label</source>
        <translation>Behandlungsbezeichnung</translation>
    </message>
    <message>
        <source>Optional, for example &quot;mind-body treatment&quot;</source>
        <translation>Optional, zum Beispiel „Mind-Body-Behandlung“</translation>
    </message>
    <message>
        <source>Planned visits</source>
        <translation>Geplante Termine</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Instruments</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <source>T&amp;reatment</source>
        <translation>&amp;Therapie</translation>
    </message>
    <message>
        <source>Start course</source>
        <translation>Behandlungsserie beginnen</translation>
    </message>
    <message>
        <source>Visits this will plan:</source>
        <translation>Diese Termine werden geplant:</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Behandelnde Person</translation>
    </message>
    <message>
        <source>Optional: who treats the patient in this course</source>
        <translation>Optional: wer den Patienten in dieser Serie behandelt</translation>
    </message>
    <message>
        <source>C&amp;linician</source>
        <translation>Behande&amp;lnde Person</translation>
    </message>
</context>
<context>
    <name>outcome::StartVsNow</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (first recorded)</source>
        <translation>%1 (erstmals erfasst)</translation>
    </message>
    <message>
        <source>no later value yet</source>
        <translation>noch kein späterer Wert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
</context>
<context>
    <name>outcome::StartVsNowModel</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Meaningful change reached</source>
        <translation>Klinisch relevante Veränderung erreicht</translation>
    </message>
</context>
<context>
    <name>outcome::StartVsNowSummary</name>
    <message>
        <source>Start versus now, all measures</source>
        <translation>Beginn und jetzt, alle Messgrößen</translation>
    </message>
    <message>
        <source>Nothing has been recorded in this course yet.</source>
        <translation>In dieser Behandlungsserie wurde noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Start is the value at the baseline visit, or the first recorded where the baseline visit has none. Open a row to see its chart.</source>
        <translation>Beginn ist der Wert der Eingangsuntersuchung oder, wo diese keinen hat, der erste erfasste Wert. Öffnen Sie eine Zeile, um ihr Diagramm zu sehen.</translation>
    </message>
</context>
<context>
    <name>outcome::StoredScores</name>
    <message>
        <source>keep the computed scores</source>
        <translation>die berechneten Werte ablegen</translation>
    </message>
</context>
<context>
    <name>outcome::SummaryText</name>
    <message>
        <source>&lt;i&gt;No file at %1.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Datei unter %1.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Saved %2, %3</source>
        <translation>%1&lt;br&gt;Gespeichert %2, %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht lesbar:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 patients&lt;/b&gt;, %2 courses, %3 assessments; last change %4</source>
        <translation>&lt;b&gt;%1 Patienten&lt;/b&gt;, %2 Behandlungsserien, %3 Erhebungen; letzte Änderung %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>&lt;b&gt;Encrypted.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Verschlüsselt.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>outcome::TickInput</name>
    <message>
        <source>Space ticks or unticks; 1 ticks and 0 leaves unticked, then moves on.</source>
        <translation>Leertaste kreuzt an oder entfernt das Kreuz; 1 kreuzt an, 0 lässt leer, dann geht es weiter.</translation>
    </message>
</context>
<context>
    <name>outcome::TodayView</name>
    <message>
        <source>Visits due</source>
        <translation>Fällige Termine</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Pat.-Nr.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1 days overdue</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Press Enter or double-click a visit to open it. Ctrl+F finds any patient.</source>
        <translation>Eingabetaste oder Doppelklick öffnet einen Termin. Strg+F findet jeden Patienten.</translation>
    </message>
    <message>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <source>Each heading shows its first %L1 visits; open patients from the register for the rest.</source>
        <translation>Jede Überschrift zeigt ihre ersten %L1 Termine; die übrigen Patienten über die Patientenliste öffnen.</translation>
    </message>
</context>
<context>
    <name>outcome::Visit</name>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erfolgt</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Nicht wahrgenommen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Eingangsuntersuchung</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Extra visit</source>
        <translation>Zusatztermin</translation>
    </message>
    <message>
        <source>B</source>
        <translation>E</translation>
    </message>
    <message>
        <source>S%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>mo</source>
        <translation>Mon.</translation>
    </message>
    <message>
        <source>wk</source>
        <translation>Wo.</translation>
    </message>
    <message>
        <source>d</source>
        <translation>T.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>Z</translation>
    </message>
    <message>
        <source>%1 month</source>
        <translation>%1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>%1 week</source>
        <translation>%1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>%1 day</source>
        <translation>%1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Answers entered by the patient on %1, reviewed</source>
        <translation>Antworten vom Patienten am %1 eingegeben, durchgesehen</translation>
    </message>
    <message>
        <source>Answers entered by the patient on %1, not yet reviewed</source>
        <translation>Antworten vom Patienten am %1 eingegeben, noch nicht durchgesehen</translation>
    </message>
</context>
<context>
    <name>outcome::VisitCompleteness</name>
    <message>
        <source>%1 has no score: %2 %3 blank</source>
        <translation>%1 hat keinen Wert: %2 %3 leer</translation>
    </message>
    <message>
        <source>%1 has no score: %2</source>
        <translation>%1 hat keinen Wert: %2</translation>
    </message>
    <message>
        <source>%1 is planned for %2, %3 days after the day it took place</source>
        <translation>%1 ist für %2 geplant, %3 Tage nach dem Tag, an dem er stattfand</translation>
    </message>
    <message>
        <source>%1 not entered</source>
        <translation>%1 nicht eingegeben</translation>
    </message>
</context>
<context>
    <name>outcome::VisitDateDialog</name>
    <message>
        <source>Reschedule %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Reason for moving the visit</source>
        <translation>Grund für die Verschiebung</translation>
    </message>
    <message>
        <source>Optional, for example &quot;patient asked&quot;</source>
        <translation>Optional, zum Beispiel „auf Wunsch des Patienten“</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Add an extra visit</source>
        <translation>Zusatztermin hinzufügen</translation>
    </message>
    <message>
        <source>Name of the extra visit</source>
        <translation>Bezeichnung des Zusatztermins</translation>
    </message>
    <message>
        <source>Extra visit</source>
        <translation>Zusatztermin</translation>
    </message>
    <message>
        <source>Instruments to take at the extra visit</source>
        <translation>Beim Zusatztermin zu erhebende Instrumente</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Instruments</source>
        <translation>&amp;Instrumente</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
</context>
<context>
    <name>outcome::VisitEntryDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Planned for %1</source>
        <translation>Geplant für %1</translation>
    </message>
    <message>
        <source>Date the visit took place</source>
        <translation>Datum, an dem der Termin stattfand</translation>
    </message>
    <message>
        <source>&amp;Took place on</source>
        <translation>&amp;Stattgefunden am</translation>
    </message>
    <message>
        <source>Instrument to add</source>
        <translation>Hinzuzufügendes Instrument</translation>
    </message>
    <message>
        <source>&amp;Add instrument</source>
        <translation>Instrument &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Clinician note for this visit</source>
        <translation>Notiz der Behandelnden zu diesem Termin</translation>
    </message>
    <message>
        <source>Clinician &amp;note</source>
        <translation>Behandlungs&amp;notiz</translation>
    </message>
    <message>
        <source>Scores at this visit</source>
        <translation>Scores bei diesem Termin</translation>
    </message>
    <message>
        <source>Save the results and mark the visit done (Ctrl+S)</source>
        <translation>Ergebnisse speichern und Termin als erfolgt markieren (Strg+S)</translation>
    </message>
    <message>
        <source>%1 not recorded</source>
        <translation>%1 nicht erhoben</translation>
    </message>
    <message>
        <source>Not saved. Correct these answers first: %1</source>
        <translation>Nicht gespeichert. Korrigieren Sie zuerst diese Antworten: %1</translation>
    </message>
    <message>
        <source>Change saved results</source>
        <translation>Gespeicherte Ergebnisse ändern</translation>
    </message>
    <message>
        <source>These results were saved before. Why are they being changed? The reason is kept in the audit trail with the old and new answers.</source>
        <translation>Diese Ergebnisse wurden bereits gespeichert. Warum werden sie geändert? Der Grund wird mit den alten und neuen Antworten im Änderungsprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Discard entries?</source>
        <translation>Eingaben verwerfen?</translation>
    </message>
    <message>
        <source>The answers and changes entered for %1 have not been saved. Discard them?</source>
        <translation>Die für %1 eingegebenen Antworten und Änderungen wurden nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>%1 of %2 was changed in another window or on another computer after you opened it, so nothing was saved yet.</source>
        <translation>%1 von %2 wurde nach dem Öffnen in einem anderen Fenster oder an einem anderen Computer geändert; deshalb wurde noch nichts gespeichert.</translation>
    </message>
    <message>
        <source>What you typed is still here. Apply it to the record as it is now? Answers saved elsewhere for instruments you left empty are kept; where you changed saved answers you are asked for a reason, as always.</source>
        <translation>Ihre Eingaben sind noch da. Sollen sie auf den aktuellen Stand übertragen werden? Anderswo gespeicherte Antworten zu Fragebögen, die Sie leer gelassen haben, bleiben erhalten; wo Sie gespeicherte Antworten ändern, werden Sie wie immer nach dem Grund gefragt.</translation>
    </message>
    <message>
        <source>Apply my answers</source>
        <translation>Meine Antworten übernehmen</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Save with gaps?</source>
        <translation>Mit Lücken speichern?</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Save %1 as done anyway, or go back to complete it?</source>
        <translation>%1 trotzdem als erledigt speichern oder zurückgehen und vervollständigen?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Trotzdem &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>%1: check them, then save to mark the visit done.</source>
        <translation>%1: prüfen Sie sie und speichern Sie dann, um den Termin als erledigt zu markieren.</translation>
    </message>
</context>
<context>
    <name>outcome::VisitRecordCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be undone or redone: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht oder wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>save of %1</source>
        <translation>Speichern von %1</translation>
    </message>
    <message>
        <source>save of %1 at %2</source>
        <translation>Speichern von %1 bei %2</translation>
    </message>
</context>
<context>
    <name>outcome::VisitTableModel</name>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (optional)</translation>
    </message>
    <message>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <source>%1, planned %2, %3</source>
        <translation>%1, geplant %2, %3</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Took place</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 · patient&apos;s answers to review</source>
        <translation>%1 · Antworten des Patienten durchzusehen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
</TS>
