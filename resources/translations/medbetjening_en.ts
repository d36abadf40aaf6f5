<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
    <context>
        <name>AdminActions</name>
        <message>
            <source>&amp;Medarbejdere …</source>
            <translation>&amp;Staff …</translation>
        </message>
        <message>
            <source>Opret medarbejdere, skift rolle, deaktivér (teamleder)</source>
            <translation>Create staff, change roles, deactivate (team lead)</translation>
        </message>
        <message>
            <source>&amp;Steder …</source>
            <translation>&amp;Sites …</translation>
        </message>
        <message>
            <source>Tilføj, omdøb og luk steder: borgerservice, bibliotek, jobcenter, udkørende</source>
            <translation>Add, rename and close sites: citizen service, library, job centre, outreach</translation>
        </message>
        <message>
            <source>&amp;Hjælpesteder …</source>
            <translation>&amp;Help points …</translation>
        </message>
        <message>
            <source>Steder uden for kommunen, borgere kan henvises til (teamleder)</source>
            <translation>Places outside the municipality citizens can be referred to (team lead)</translation>
        </message>
        <message>
            <source>Regler for &amp;kommunen …</source>
            <translation>&amp;Municipality rules …</translation>
        </message>
        <message>
            <source>Slettefrister og delte pc'er – for alle kommunens pc'er (teamleder)</source>
            <translation>Deletion deadlines and shared PCs – for every PC of the municipality (team lead)</translation>
        </message>
        <message>
            <source>&amp;Revisionslog …</source>
            <translation>&amp;Audit log …</translation>
        </message>
        <message>
            <source>Hvem har set, eksporteret eller slettet borgerdata (teamleder)</source>
            <translation>Who has seen, exported or deleted citizen data (team lead)</translation>
        </message>
        <message>
            <source>&amp;Borgerens rettigheder …</source>
            <translation>&amp;Citizen's rights …</translation>
        </message>
        <message>
            <source>Indsigt i og sletning af en borgers data (teamleder)</source>
            <translation>Access to and erasure of a citizen's data (team lead)</translation>
        </message>
        <message>
            <source>&amp;Log af …</source>
            <translation>Sign &amp;out …</translation>
        </message>
        <message>
            <source>Log af og lad en anden logge ind (uden at lukke programmet)</source>
            <translation>Sign out and let someone else sign in (without closing the program)</translation>
        </message>
        <message>
            <source>Ad&amp;ministration</source>
            <translation>Ad&amp;ministration</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Databasen kan ikke åbnes</source>
            <translation>The database cannot be opened</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Ny aftale</source>
            <translation>New appointment</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Klokkeslæt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source> min.</source>
            <translation> min</translation>
        </message>
        <message>
            <source>ikke angivet</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>Varighed i minutter</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <source>fx Pas, MitID, Digital Post</source>
            <translation>e.g. Passport, MitID, Digital Post</translation>
        </message>
        <message>
            <source>Ærinde</source>
            <translation>Errand</translation>
        </message>
        <message>
            <source>Skriv ærindet – ikke borgerens navn eller CPR-nummer</source>
            <translation>Write the errand – not the citizen's name or CPR number</translation>
        </message>
        <message>
            <source>fx K7M-4PX (valgfri)</source>
            <translation>e.g. K7M-4PX (optional)</translation>
        </message>
        <message>
            <source>Borgerkode</source>
            <translation>Citizen code</translation>
        </message>
        <message>
            <source>Borgerkoden fra udskriften; besøget knyttes til borgeren</source>
            <translation>The citizen code from the handout; the visit is linked to the citizen</translation>
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Klokken:</source>
            <translation>&amp;Time:</translation>
        </message>
        <message>
            <source>&amp;Varighed:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>Æ&amp;rinde:</source>
            <translation>E&amp;rrand:</translation>
        </message>
        <message>
            <source>&amp;Borgerkode:</source>
            <translation>Citi&amp;zen code:</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Gem aftalen</source>
            <translation>&amp;Save appointment</translation>
        </message>
        <message>
            <source>&amp;Annullér</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>AppointmentImport</name>
        <message>
            <source>Importér aftaler</source>
            <translation>Import appointments</translation>
        </message>
        <message>
            <source>Tidsbestillinger (*.ics *.csv);;Alle filer (*)</source>
            <translation>Bookings (*.ics *.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Importerer %1 …</source>
            <translation>Importing %1 …</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Aftaler importeret</source>
            <translation>Appointments imported</translation>
        </message>
        <message>
            <source>Filen blev ikke importeret</source>
            <translation>The file was not imported</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPanel</name>
        <message>
            <source>Kompetence</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Kompetenceafklaring</source>
            <translation>Digital skills assessment</translation>
        </message>
        <message>
            <source>Advarsel om kompetenceafklaringens fil</source>
            <translation>Warning about the assessment file</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Spørg borgeren (Alt+S)</source>
            <translation>Ask the citizen (Alt+S)</translation>
        </message>
        <message>
            <source>Observér under ærindet – kan besvares senere (Alt+O)</source>
            <translation>Observe during the errand – can be answered later (Alt+O)</translation>
        </message>
        <message>
            <source>Tast svaret (tallet eller bogstavet på knappen). Tab eller Enter: videre uden svar. Tilbage-tast: slet svaret.</source>
            <translation>Type the answer (the number or letter on the button). Tab or Enter: next without answering. Backspace: delete the answer.</translation>
        </message>
        <message>
            <source>Spørgsmål</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Filen med kompetenceafklaringen har fejl; den sidste gyldige udgave bruges.</source>
            <translation>The assessment file has errors; the last valid version is used.</translation>
        </message>
        <message>
            <source>Filen med kompetenceafklaringen har fejl.</source>
            <translation>The assessment file has errors.</translation>
        </message>
        <message>
            <source>… og %1 fejl mere.</source>
            <translation>… and %1 more errors.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Revisionslog</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Fra dato</source>
            <translation>From date</translation>
        </message>
        <message>
            <source>Til dato</source>
            <translation>To date</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Alle handlinger</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>Alt om borgere</source>
            <translation>Everything about citizens</translation>
        </message>
        <message>
            <source>Alle eksporter</source>
            <translation>All exports</translation>
        </message>
        <message>
            <source>Medarbejdere og login</source>
            <translation>Staff and sign-in</translation>
        </message>
        <message>
            <source>Søg i loggen</source>
            <translation>Search the log</translation>
        </message>
        <message>
            <source>navn, handling eller detalje</source>
            <translation>name, action or detail</translation>
        </message>
        <message>
            <source>&amp;Vis</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>Vis hændelser</source>
            <translation>Show events</translation>
        </message>
        <message>
            <source>&amp;Fra:</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <source>&amp;Til:</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <source>&amp;Handling:</source>
            <translation>&amp;Action:</translation>
        </message>
        <message>
            <source>&amp;Søg:</source>
            <translation>S&amp;earch:</translation>
        </message>
        <message>
            <source>Hændelser i revisionsloggen</source>
            <translation>Events in the audit log</translation>
        </message>
        <message>
            <source>Nyeste først; flere hentes, når du ruller ned</source>
            <translation>Newest first; more are loaded as you scroll down</translation>
        </message>
        <message>
            <source>Antal hændelser</source>
            <translation>Number of events</translation>
        </message>
        <message>
            <source>Eksport i gang</source>
            <translation>Export in progress</translation>
        </message>
        <message>
            <source>Afbryd</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Afbryd eksporten</source>
            <translation>Cancel the export</translation>
        </message>
        <message>
            <source>&amp;Eksportér CSV …</source>
            <translation>E&amp;xport CSV …</translation>
        </message>
        <message>
            <source>Eksportér som CSV</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <source>Gem de viste hændelser som CSV (til Excel)</source>
            <translation>Save the events shown as CSV (for Excel)</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Luk revisionsloggen</source>
            <translation>Close the audit log</translation>
        </message>
        <message>
            <source>%1 hændelser</source>
            <translation>%1 events</translation>
        </message>
        <message>
            <source>Eksportér revisionslog</source>
            <translation>Export audit log</translation>
        </message>
        <message>
            <source>CSV-filer (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>%1 hændelser gemt i %2</source>
            <translation>%1 events saved in %2</translation>
        </message>
        <message>
            <source>Eksport mislykkedes</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Eksporten blev afbrudt.</source>
            <translation>The export was cancelled.</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Gælder</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Details</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>Journalnotat – besøg nr. %1</source>
            <translation>Case note – visit no. %1</translation>
        </message>
        <message>
            <source>Journalnotat</source>
            <translation>Case note</translation>
        </message>
        <message>
            <source>Kopiér notatet ind i kommunens sagssystem. Det gemmes ikke her ud over besøgets egne oplysninger.</source>
            <translation>Copy the note into the municipality's case system. Nothing beyond the visit's own details is stored here.</translation>
        </message>
        <message>
            <source>Journalnotatets tekst</source>
            <translation>Text of the case note</translation>
        </message>
        <message>
            <source>&amp;Kopiér</source>
            <translation>C&amp;opy</translation>
        </message>
        <message>
            <source>Kopiér journalnotatet</source>
            <translation>Copy the case note</translation>
        </message>
        <message>
            <source>Kopiér hele notatet til udklipsholderen (Ctrl+Shift+C)</source>
            <translation>Copy the whole note to the clipboard (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Gem som &amp;tekst …</source>
            <translation>Save as &amp;text …</translation>
        </message>
        <message>
            <source>Gem journalnotatet som tekstfil</source>
            <translation>Save the case note as a text file</translation>
        </message>
        <message>
            <source>Gem som .txt (UTF-8)</source>
            <translation>Save as .txt (UTF-8)</translation>
        </message>
        <message>
            <source>Gem som &amp;PDF …</source>
            <translation>Save as &amp;PDF …</translation>
        </message>
        <message>
            <source>Gem journalnotatet som PDF</source>
            <translation>Save the case note as PDF</translation>
        </message>
        <message>
            <source>Gem som PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Luk journalnotatet</source>
            <translation>Close the case note</translation>
        </message>
        <message>
            <source>Notatet er kopieret.</source>
            <translation>The note has been copied.</translation>
        </message>
        <message>
            <source>Gemt: %1</source>
            <translation>Saved: %1</translation>
        </message>
        <message>
            <source>Gem journalnotat</source>
            <translation>Save case note</translation>
        </message>
        <message>
            <source>Tekstfil (*.txt)</source>
            <translation>Text file (*.txt)</translation>
        </message>
        <message>
            <source>PDF-fil (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Skift adgangskode</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Nuværende adgangskode</source>
            <translation>Current password</translation>
        </message>
        <message>
            <source>Ny adgangskode</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Gentag ny adgangskode</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <source>&amp;Nuværende:</source>
            <translation>C&amp;urrent:</translation>
        </message>
        <message>
            <source>N&amp;y:</source>
            <translation>&amp;New:</translation>
        </message>
        <message>
            <source>Gen&amp;tag:</source>
            <translation>Repea&amp;t:</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>De to nye adgangskoder er ikke ens.</source>
            <translation>The two new passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Nøgletal for %1</source>
            <translation>Figures for %1</translation>
        </message>
        <message>
            <source>Diagram: %1</source>
            <translation>Chart: %1</translation>
        </message>
        <message>
            <source>Gem som billede …</source>
            <translation>Save as image …</translation>
        </message>
        <message>
            <source>Gem %1 som PNG-billede</source>
            <translation>Save %1 as a PNG image</translation>
        </message>
        <message>
            <source>Gem diagrammet som PNG</source>
            <translation>Save the chart as PNG</translation>
        </message>
        <message>
            <source>Eksportér tal …</source>
            <translation>Export numbers …</translation>
        </message>
        <message>
            <source>Eksportér tallene bag %1</source>
            <translation>Export the numbers behind %1</translation>
        </message>
        <message>
            <source>Gem tallene som CSV (åbner i Excel)</source>
            <translation>Save the numbers as CSV (opens in Excel)</translation>
        </message>
        <message>
            <source>Ingen data i perioden</source>
            <translation>No data in the period</translation>
        </message>
        <message>
            <source>Gem diagram</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>PNG-billede (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>Kunne ikke gemme</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>Eksportér tal</source>
            <translation>Export numbers</translation>
        </message>
        <message>
            <source>CSV-fil (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <source>Intet valgt: alle</source>
            <translation>Nothing chosen: all</translation>
        </message>
    </context>
    <context>
        <name>CitizenPanel</name>
        <message>
            <source>Bo&amp;rger</source>
            <translation>Citi&amp;zen</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Borger for besøget</source>
            <translation>Citizen for the visit</translation>
        </message>
        <message>
            <source>CPR-nummer eller borgerkode</source>
            <translation>CPR number or citizen code</translation>
        </message>
        <message>
            <source>Borgerkode, fx K7M-4PX</source>
            <translation>Citizen code, e.g. K7M-4PX</translation>
        </message>
        <message>
            <source>Skriv koden fra borgerens udskrift og tryk Enter</source>
            <translation>Type the code from the citizen's printout and press Enter</translation>
        </message>
        <message>
            <source>Borger&amp;kode:</source>
            <translation>Citizen co&amp;de:</translation>
        </message>
        <message>
            <source>DDMMÅÅ-LLLL eller fx K7M-4PX</source>
            <translation>DDMMYY-XXXX or e.g. K7M-4PX</translation>
        </message>
        <message>
            <source>Skriv CPR-nummeret eller koden fra borgerens udskrift og tryk Enter. CPR-nummeret gemmes aldrig.</source>
            <translation>Type the CPR number or the code from the citizen's printout and press Enter. The CPR number is never stored.</translation>
        </message>
        <message>
            <source>&amp;CPR-nummer eller borgerkode:</source>
            <translation>CPR number or citizen co&amp;de:</translation>
        </message>
        <message>
            <source>&amp;Søg</source>
            <translation>&amp;Search</translation>
        </message>
        <message>
            <source>Søg borgeren frem</source>
            <translation>Find the citizen</translation>
        </message>
        <message>
            <source>Find en borger, der har været her før (Enter)</source>
            <translation>Find a citizen who has been here before (Enter)</translation>
        </message>
        <message>
            <source>Om CPR-opslag</source>
            <translation>About CPR look-up</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Anonymt besøg</source>
            <translation>&amp;Anonymous visit</translation>
        </message>
        <message>
            <source>Gør besøget anonymt</source>
            <translation>Make the visit anonymous</translation>
        </message>
        <message>
            <source>Besøget knyttes ikke til nogen borger; det tæller kun i statistikken</source>
            <translation>The visit is not linked to any citizen; it only counts in the statistics</translation>
        </message>
        <message>
            <source>&amp;Ny kode</source>
            <translation>&amp;New code</translation>
        </message>
        <message>
            <source>Giv borgeren en ny kode</source>
            <translation>Give the citizen a new code</translation>
        </message>
        <message>
            <source>Har borgeren mistet udskriften? Den gamle kode holder op med at virke</source>
            <translation>Has the citizen lost the printout? The old code stops working</translation>
        </message>
        <message>
            <source>&amp;Opret ny borger</source>
            <translation>&amp;Create new citizen</translation>
        </message>
        <message>
            <source>Opret ny borger</source>
            <translation>Create new citizen</translation>
        </message>
        <message>
            <source>Opret borgeren med en borgerkode (og CPR-kobling, hvis CPR er skrevet)</source>
            <translation>Create the citizen with a citizen code (and a CPR link if a CPR number was typed)</translation>
        </message>
        <message>
            <source>Aldersgruppe</source>
            <translation>Age group</translation>
        </message>
        <message>
            <source>Kun aldersgruppen gemmes, aldrig fødselsdatoen</source>
            <translation>Only the age group is stored, never the date of birth</translation>
        </message>
        <message>
            <source>Foretrukket sprog</source>
            <translation>Preferred language</translation>
        </message>
        <message>
            <source>Sproget på borgerens udskrift</source>
            <translation>The language of the citizen's printout</translation>
        </message>
        <message>
            <source>Borgeren siger &amp;ja til at blive kontaktet for opfølgning</source>
            <translation>The citizen says &amp;yes to being contacted for follow-up</translation>
        </message>
        <message>
            <source>Samtykke til opfølgning</source>
            <translation>Consent to follow-up</translation>
        </message>
        <message>
            <source>Kun med borgerens udtrykkelige ja</source>
            <translation>Only with the citizen's explicit yes</translation>
        </message>
        <message>
            <source>Det eneste, der gemmes om borgeren</source>
            <translation>All that is stored about the citizen</translation>
        </message>
        <message>
            <source>Oplysninger om borgeren</source>
            <translation>About the citizen</translation>
        </message>
        <message>
            <source>A&amp;ldersgruppe:</source>
            <translation>A&amp;ge group:</translation>
        </message>
        <message>
            <source>S&amp;prog:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Anonymt besøg. Skriv CPR-nummer eller borgerkode for at genkende borgeren, eller opret en ny borger.</source>
            <translation>Anonymous visit. Type the CPR number or citizen code to recognise the citizen, or create a new citizen.</translation>
        </message>
        <message>
            <source>Anonymt besøg. Skriv borgerkoden fra udskriften, eller opret en ny borger.</source>
            <translation>Anonymous visit. Type the citizen code from the printout, or create a new citizen.</translation>
        </message>
        <message>
            <source>Besøget er knyttet til borgeren med kode %1.</source>
            <translation>The visit is linked to the citizen with code %1.</translation>
        </message>
        <message>
            <source>Som digital ambassadør må du ikke bruge CPR-numre. Brug borgerkoden.</source>
            <translation>As a digital ambassador you may not use CPR numbers. Use the citizen code.</translation>
        </message>
        <message>
            <source>Ingen borger med dette CPR-nummer endnu. Vælg aldersgruppe, sprog og samtykke, og tryk Opret ny borger (Alt+O).</source>
            <translation>No citizen with this CPR number yet. Choose age group, language and consent, and press Create new citizen (Alt+C).</translation>
        </message>
        <message>
            <source>Ingen borger har koden %1. Tjek udskriften, eller opret en ny borger.</source>
            <translation>No citizen has the code %1. Check the printout, or create a new citizen.</translation>
        </message>
        <message>
            <source>Genkendt: borgeren med kode %1 er knyttet til besøget.</source>
            <translation>Recognised: the citizen with code %1 is linked to the visit.</translation>
        </message>
        <message>
            <source>Ny borger oprettet med kode %1 – koden står på borgerens udskrift.</source>
            <translation>New citizen created with code %1 – the code is on the citizen's printout.</translation>
        </message>
        <message>
            <source>Ny kode: %1. Den gamle kode virker ikke længere.</source>
            <translation>New code: %1. The old code no longer works.</translation>
        </message>
        <message>
            <source>Besøget er nu anonymt.</source>
            <translation>The visit is now anonymous.</translation>
        </message>
    </context>
    <context>
        <name>CitizenRequestsDialog</name>
        <message>
            <source>Borgerens rettigheder</source>
            <translation>Citizen's rights</translation>
        </message>
        <message>
            <source>Indsigt: giv borgeren alle data, der er gemt om dem (PDF eller JSON). Sletning: slet alle data om borgeren. Begge dele logges.</source>
            <translation>Access: give the citizen all data stored about them (PDF or JSON). Erasure: delete all data about the citizen. Both are logged.</translation>
        </message>
        <message>
            <source>Borgerkode eller CPR-nummer</source>
            <translation>Citizen code or CPR number</translation>
        </message>
        <message>
            <source>koden fra udskriften, eller CPR-nummeret</source>
            <translation>the code on the handout, or the CPR number</translation>
        </message>
        <message>
            <source>Borger&amp;kode eller CPR:</source>
            <translation>Citizen &amp;code or CPR:</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>Find borgeren</source>
            <translation>Find the citizen</translation>
        </message>
        <message>
            <source>Skriv borgerens kode og tryk Enter.</source>
            <translation>Type the citizen's code and press Enter.</translation>
        </message>
        <message>
            <source>Fundet borger</source>
            <translation>Citizen found</translation>
        </message>
        <message>
            <source>Indsigt som &amp;PDF …</source>
            <translation>Access as &amp;PDF …</translation>
        </message>
        <message>
            <source>Eksportér indsigt som PDF</source>
            <translation>Export access data as PDF</translation>
        </message>
        <message>
            <source>Indsigt som &amp;JSON …</source>
            <translation>Access as &amp;JSON …</translation>
        </message>
        <message>
            <source>Eksportér indsigt som JSON</source>
            <translation>Export access data as JSON</translation>
        </message>
        <message>
            <source>&amp;Slet alle data …</source>
            <translation>&amp;Erase all data …</translation>
        </message>
        <message>
            <source>Slet alle data om borgeren</source>
            <translation>Erase all data about the citizen</translation>
        </message>
        <message>
            <source>Eksport i gang</source>
            <translation>Export in progress</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Borger nr. %1 (kode %2): %3 besøg, oprettet %4.</source>
            <translation>Citizen no. %1 (code %2): %3 visits, created %4.</translation>
        </message>
        <message>
            <source>Gem borgerens data</source>
            <translation>Save the citizen's data</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>JSON (*.json)</source>
            <translation>JSON (*.json)</translation>
        </message>
        <message>
            <source>Borgerens data er gemt i %1.</source>
            <translation>The citizen's data is saved in %1.</translation>
        </message>
        <message>
            <source>Eksport mislykkedes</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Slet alle data om borgeren?</source>
            <translation>Erase all data about the citizen?</translation>
        </message>
        <message>
            <source>Alle besøg, forløb, noter og opfølgninger om denne borger slettes og kan ikke genskabes. Anonyme optællinger til statistik bevares. Slet?</source>
            <translation>All visits, flows, notes and follow-ups about this citizen are deleted and cannot be restored. Anonymous counts for statistics are kept. Erase?</translation>
        </message>
        <message>
            <source>Sletning mislykkedes</source>
            <translation>Erasure failed</translation>
        </message>
        <message>
            <source>Borgeren er slettet: %1 besøg.</source>
            <translation>The citizen has been erased: %1 visits.</translation>
        </message>
    </context>
    <context>
        <name>CitizenScreen</name>
        <message>
            <source>Medbetjening – borgerens skærm</source>
            <translation>Medbetjening – citizen's screen</translation>
        </message>
        <message>
            <source>Borgerens skærm</source>
            <translation>Citizen's screen</translation>
        </message>
        <message>
            <source>Det du skal gøre nu</source>
            <translation>What to do now</translation>
        </message>
        <message>
            <source>Velkommen</source>
            <translation>Welcome</translation>
        </message>
    </context>
    <context>
        <name>CloseChecks</name>
        <message>
            <source>Før du lukker</source>
            <translation>Before you close</translation>
        </message>
        <message>
            <source>Observerede punkter, der ikke er vurderet</source>
            <translation>Observed items not rated</translation>
        </message>
        <message>
            <source>Udfyld fra &amp;trinene</source>
            <translation>Fill in from the &amp;steps</translation>
        </message>
        <message>
            <source>Udfyld fra trinene</source>
            <translation>Fill in from the steps</translation>
        </message>
        <message>
            <source>Vurdér punkterne ud fra, hvem der gjorde trinene (Alt+T)</source>
            <translation>Rate the items from who did the steps (Alt+S)</translation>
        </message>
        <message>
            <source>Annullér besøget</source>
            <translation>Cancel the visit</translation>
        </message>
        <message>
            <source>Besøget er startet ved en fejl: intet er registreret; tæller ikke med</source>
            <translation>The visit was started by mistake: nothing is recorded; it does not count</translation>
        </message>
        <message>
            <source>Før du lukker: vurdér gerne det, ærindet viste: %1</source>
            <translation>Before you close: please rate what the errand showed: %1</translation>
        </message>
    </context>
    <context>
        <name>CountingActions</name>
        <message>
            <source>&amp;Kort henvendelse …</source>
            <translation>&amp;Quick contact …</translation>
        </message>
        <message>
            <source>Tæl en kort henvendelse uden besøg og borger (Ctrl+T, Enter)</source>
            <translation>Count a short contact without a visit or citizen (Ctrl+T, Enter)</translation>
        </message>
        <message>
            <source>&amp;KOMHEN-tælleuge …</source>
            <translation>&amp;KOMHEN counting week …</translation>
        </message>
        <message>
            <source>Henvendelser pr. sted, kanal, opgave og type for en uge</source>
            <translation>Contacts by site, channel, task and type for a week</translation>
        </message>
        <message>
            <source>Works&amp;hop …</source>
            <translation>Works&amp;hop …</translation>
        </message>
        <message>
            <source>Registrér et kursus, en it-café eller holdundervisning (Ctrl+Shift+W)</source>
            <translation>Record a course, an IT café or a group lesson (Ctrl+Shift+W)</translation>
        </message>
    </context>
    <context>
        <name>DashboardRoutes</name>
        <message>
            <source>%1 → %2</source>
            <translation>%1 → %2</translation>
        </message>
        <message>
            <source>Ændret ved %1 af %2 vurderede besøg (%3)</source>
            <translation>Changed at %1 of %2 assessed visits (%3)</translation>
        </message>
        <message>
            <source>Foreslået → valgt</source>
            <translation>Proposed → chosen</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Skøn: ca. %1 besøg sparet næste år. Antaget: borgeren var ellers kommet hver gang ærindet opstår, højst 12 gange om året (ugentligt og månedligt 12, hvert år 1, sjældent 0,2, én gang 0). Et skøn, ikke en måling.</source>
            <translation>Estimate: about %1 visits saved next year. Assumed: the citizen would otherwise have come each time the errand arises, at most 12 times a year (weekly and monthly 12, yearly 1, rarely 0.2, once 0). An estimate, not a measurement.</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Blev selvhjulpne</source>
            <translation>Became self-sufficient</translation>
        </message>
        <message>
            <source>Sparede besøg næste år (skøn)</source>
            <translation>Visits saved next year (estimate)</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <source>Statistik – Medbetjening</source>
            <translation>Statistics – Medbetjening</translation>
        </message>
        <message>
            <source>Statistik</source>
            <translation>Statistics</translation>
        </message>
        <message>
            <source>Fra dato</source>
            <translation>From date</translation>
        </message>
        <message>
            <source>Til dato</source>
            <translation>To date</translation>
        </message>
        <message>
            <source>Steder</source>
            <translation>Places</translation>
        </message>
        <message>
            <source>Medarbejdere</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Uge</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Måned</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Tendens pr.</source>
            <translation>Trend by</translation>
        </message>
        <message>
            <source>Tendensen vises pr. uge eller pr. måned</source>
            <translation>The trend is shown by week or by month</translation>
        </message>
        <message>
            <source>&amp;Opdatér</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Opdatér statistikken</source>
            <translation>Refresh the statistics</translation>
        </message>
        <message>
            <source>Hent tallene for de valgte filtre (F5)</source>
            <translation>Fetch the numbers for the chosen filters (F5)</translation>
        </message>
        <message>
            <source>Afbryd</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Afbryd hentning</source>
            <translation>Cancel fetching</translation>
        </message>
        <message>
            <source>Stop hentningen af tal</source>
            <translation>Stop fetching the numbers</translation>
        </message>
        <message>
            <source>Henter tal</source>
            <translation>Fetching numbers</translation>
        </message>
        <message>
            <source>&amp;Periode:</source>
            <translation>&amp;Period:</translation>
        </message>
        <message>
            <source>&amp;Tendens pr.:</source>
            <translation>T&amp;rend by:</translation>
        </message>
        <message>
            <source>&amp;Steder:</source>
            <translation>Pl&amp;aces:</translation>
        </message>
        <message>
            <source>&amp;Medarbejdere:</source>
            <translation>&amp;Staff:</translation>
        </message>
        <message>
            <source>Nøgletal</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Besøg pr. kanal og henvendelsestype</source>
            <translation>Visits by channel and contact type</translation>
        </message>
        <message>
            <source>Hvem gjorde trinene</source>
            <translation>Who did the steps</translation>
        </message>
        <message>
            <source>Selvstændighed</source>
            <translation>Independence</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Forhindringer</source>
            <translation>Obstacles</translation>
        </message>
        <message>
            <source>Mest brugte forløb</source>
            <translation>Most used flows</translation>
        </message>
        <message>
            <source>Henvisninger</source>
            <translation>Referrals</translation>
        </message>
        <message>
            <source>Henvisninger pr. rute: henvist og taget op</source>
            <translation>Referrals per route: referred and taken up</translation>
        </message>
        <message>
            <source>Opfølgninger</source>
            <translation>Follow-ups</translation>
        </message>
        <message>
            <source>Borgere der blev selvhjulpne pr. opgave</source>
            <translation>Citizens who became self-sufficient, by task</translation>
        </message>
        <message>
            <source>Anbefalet vej ændret af medarbejderen</source>
            <translation>Recommended route changed by staff</translation>
        </message>
        <message>
            <source>Undgåede besøg pr. opgave (skøn)</source>
            <translation>Avoided visits per task (estimate)</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <source>Tendens</source>
            <translation>Trend</translation>
        </message>
        <message>
            <source>Diagrammer</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>Statistikken kunne ikke hentes</source>
            <translation>The statistics could not be fetched</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 besøg&lt;/b&gt; · %2 af trinene gjort af borgeren · %3 af besøgene selvstændige · %4 af opfølgningerne udført · %5 med kendt borger</source>
            <translation>&lt;b&gt;%1 visits&lt;/b&gt; · %2 of the steps done by the citizen · %3 of the visits independent · %4 of the follow-ups done · %5 with a known citizen</translation>
        </message>
        <message>
            <source>%1 workshops med %2 deltagere, %3 timer (tæller ikke som besøg)</source>
            <translation>%1 workshops with %2 participants, %3 hours (not counted as visits)</translation>
        </message>
        <message>
            <source>Kanal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Udført af</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>Borgerens andel: %1</source>
            <translation>Citizen's share: %1</translation>
        </message>
        <message>
            <source>Selvstændige: %1</source>
            <translation>Independent: %1</translation>
        </message>
        <message>
            <source>Forhindring</source>
            <translation>Obstacle</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Flow</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Gennemført</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Henvist til</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Udført: %1</source>
            <translation>Done: %1</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Borgere</source>
            <translation>Citizens</translation>
        </message>
        <message>
            <source>Slags</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>%1 deltagere</source>
            <translation>%1 participants</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Selvstændige besøg</source>
            <translation>Independent visits</translation>
        </message>
        <message>
            <source>Antal</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Taget op: %1</source>
            <translation>Taken up: %1</translation>
        </message>
        <message>
            <source>Ingen henvisninger i perioden</source>
            <translation>No referrals in the period</translation>
        </message>
        <message>
            <source>Rute</source>
            <translation>Route</translation>
        </message>
        <message>
            <source>Henvist</source>
            <translation>Referred</translation>
        </message>
        <message>
            <source>Taget op</source>
            <translation>Taken up</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBox</name>
        <message>
            <source>Erfaring med ærindet</source>
            <translation>Experience with the errand</translation>
        </message>
        <message>
            <source>Ær&amp;inde:</source>
            <translation>Err&amp;and:</translation>
        </message>
        <message>
            <source>Ærinde</source>
            <translation>Errand</translation>
        </message>
        <message>
            <source>Vælg ærindet for at se, hvordan det gik for lignende borgere (Alt+I)</source>
            <translation>Choose the errand to see how it went for similar citizens (Alt+A)</translation>
        </message>
        <message>
            <source>Vælg ærinde …</source>
            <translation>Choose errand …</translation>
        </message>
        <message>
            <source>Hvordan det gik for lignende borgere</source>
            <translation>How it went for similar citizens</translation>
        </message>
        <message>
            <source>Vælg ærindet for at se, hvordan det gik for andre.</source>
            <translation>Choose the errand to see how it went for others.</translation>
        </message>
        <message>
            <source>Vurder borgeren først: så vises erfaringen her.</source>
            <translation>Assess the citizen first: the experience is then shown here.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceLabels</name>
        <message>
            <source>ikke gemt</source>
            <translation>not kept</translation>
        </message>
        <message>
            <source>Ærindet kommer kun én gang: at lære det er sjældent umagen værd. Betjen borgeren i dag, og brug kræfterne på et ærinde, der kommer igen.</source>
            <translation>The errand comes only once: teaching it is rarely worth the effort. Serve the citizen today, and spend the effort on an errand that comes back.</translation>
        </message>
        <message>
            <source>Ærindet kommer igen og igen: at lære det betaler sig næsten altid. Lad borgeren sidde ved tastaturet.</source>
            <translation>The errand comes again and again: learning it nearly always pays off. Let the citizen use the keyboard.</translation>
        </message>
        <message>
            <source>Ærindet kommer ofte, men borgeren ønsker ikke at lære det: ønsket gælder.</source>
            <translation>The errand comes often, but the citizen does not want to learn it: the wish stands.</translation>
        </message>
        <message>
            <source>Ærindet kommer ofte, men borgeren er på niveau 0: start med det grundlæggende.</source>
            <translation>The errand comes often, but the citizen is at level 0: start with the basics.</translation>
        </message>
        <message>
            <source>Ærindet kommer kun én gang.</source>
            <translation>The errand comes only once.</translation>
        </message>
        <message>
            <source>Ærindet kommer sjældent: borgeren kan have glemt det til næste gang. Giv vejledningen med hjem.</source>
            <translation>The errand comes rarely: the citizen may have forgotten it by next time. Give the handout to take home.</translation>
        </message>
        <message>
            <source>Ærindet kommer hvert år: værd at lære, med vejledningen med hjem.</source>
            <translation>The errand comes every year: worth learning, with the handout to take home.</translation>
        </message>
        <message>
            <source>Ærindet kommer igen og igen: at lære det betaler sig.</source>
            <translation>The errand comes again and again: learning it pays off.</translation>
        </message>
        <message>
            <source>Forløbet siger ikke, hvor tit borgeren har ærindet.</source>
            <translation>The flow does not say how often the citizen has the errand.</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Papir til borgeren …</source>
            <translation>Hand&amp;out for the citizen …</translation>
        </message>
        <message>
            <source>Udskriv eller gem borgerens papir for besøget</source>
            <translation>Print or save the citizen's handout for the visit</translation>
        </message>
        <message>
            <source>&amp;Journalnotat …</source>
            <translation>Cas&amp;e note …</translation>
        </message>
        <message>
            <source>Journalnotat til kommunens sagssystem</source>
            <translation>Case note for the municipality's case system</translation>
        </message>
        <message>
            <source>&amp;Statistik …</source>
            <translation>&amp;Statistics …</translation>
        </message>
        <message>
            <source>Statistik for perioden, steder og medarbejdere</source>
            <translation>Statistics for the period, places and staff</translation>
        </message>
        <message>
            <source>&amp;Eksportér besøg …</source>
            <translation>&amp;Export visits …</translation>
        </message>
        <message>
            <source>Besøg som CSV eller Excel</source>
            <translation>Visits as CSV or Excel</translation>
        </message>
        <message>
            <source>S&amp;tatistik</source>
            <translation>S&amp;tatistics</translation>
        </message>
        <message>
            <source>Intet besøg valgt</source>
            <translation>No visit chosen</translation>
        </message>
        <message>
            <source>Vælg eller åbn et besøg først.</source>
            <translation>Choose or open a visit first.</translation>
        </message>
        <message>
            <source>Journalnotat</source>
            <translation>Case note</translation>
        </message>
    </context>
    <context>
        <name>FileExport</name>
        <message>
            <source>Gemmer …</source>
            <translation>Saving …</translation>
        </message>
        <message>
            <source>&amp;Afbryd</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <source>Gemmer filen</source>
            <translation>Saving the file</translation>
        </message>
        <message>
            <source>Kunne ikke gemme</source>
            <translation>Could not save</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Velkommen til Medbetjening</source>
            <translation>Welcome to Medbetjening</translation>
        </message>
        <message>
            <source>Første opstart</source>
            <translation>First start</translation>
        </message>
        <message>
            <source>Skriv navnet på stedet (fx Borgerservice Rådhuset eller Hovedbiblioteket) og dit eget navn. Den første profil bliver teamleder og kan oprette flere.</source>
            <translation>Enter the name of the place (e.g. Citizen Service Town Hall or Main Library) and your own name. The first profile becomes team lead and can add others.</translation>
        </message>
        <message>
            <source>Stedets navn</source>
            <translation>Name of the place</translation>
        </message>
        <message>
            <source>fx Borgerservice Rådhuset</source>
            <translation>e.g. Citizen Service Town Hall</translation>
        </message>
        <message>
            <source>Slags sted</source>
            <translation>Kind of place</translation>
        </message>
        <message>
            <source>Dit navn</source>
            <translation>Your name</translation>
        </message>
        <message>
            <source>Brugernavn på pc'en</source>
            <translation>User name on this PC</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Mindst 8 tegn; en teamleder skal altid have en</source>
            <translation>At least 8 characters; a team lead must always have one</translation>
        </message>
        <message>
            <source>Gentag adgangskode</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <source>&amp;Sted:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>Sla&amp;gs sted:</source>
            <translation>&amp;Kind of place:</translation>
        </message>
        <message>
            <source>Dit &amp;navn:</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <source>&amp;Brugernavn:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>G&amp;entag:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Opret</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kan ikke oprette</source>
            <translation>Cannot create</translation>
        </message>
        <message>
            <source>De to adgangskoder er ikke ens.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
    </context>
    <context>
        <name>FlowPicker</name>
        <message>
            <source>Find forløb</source>
            <translation>Find flow</translation>
        </message>
        <message>
            <source>Skriv fx flytte, adresse, NemID …</source>
            <translation>Type e.g. move, address, NemID …</translation>
        </message>
        <message>
            <source>Skriv for at søge; Enter starter det valgte forløb</source>
            <translation>Type to search; Enter starts the selected flow</translation>
        </message>
        <message>
            <source>Find f&amp;orløb (Ctrl+F):</source>
            <translation>Find fl&amp;ow (Ctrl+F):</translation>
        </message>
        <message>
            <source>Forløb der passer</source>
            <translation>Matching flows</translation>
        </message>
        <message>
            <source>Enter starter forløbet</source>
            <translation>Enter starts the flow</translation>
        </message>
        <message>
            <source>Forløb i dette besøg</source>
            <translation>Flows in this visit</translation>
        </message>
        <message>
            <source>Enter viser og genoptager forløbet</source>
            <translation>Enter shows and resumes the flow</translation>
        </message>
        <message>
            <source>Forløb i b&amp;esøget:</source>
            <translation>Flows in this v&amp;isit:</translation>
        </message>
    </context>
    <context>
        <name>FlowProblems</name>
        <message>
            <source>⚠ Indholdsfil med fejl er udeladt: %1</source>
            <translation>⚠ Content file with errors left out: %1</translation>
        </message>
        <message>
            <source>Kør 'medbetjening flows check' for detaljer.</source>
            <translation>Run 'medbetjening flows check' for details.</translation>
        </message>
    </context>
    <context>
        <name>FlowReviewDialog</name>
        <message>
            <source>Forløb til gennemsyn</source>
            <translation>Flows due for review</translation>
        </message>
        <message>
            <source>Læser forløbene …</source>
            <translation>Reading the flows …</translation>
        </message>
        <message>
            <source>Opsummering af gennemsynet</source>
            <translation>Review summary</translation>
        </message>
        <message>
            <source>Skal tjekkes mod den officielle side (over %1 måneder siden, eller aldrig):</source>
            <translation>To be checked against the official page (over %1 months ago, or never):</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Flow</translation>
        </message>
        <message>
            <source>Ældste tjek</source>
            <translation>Oldest check</translation>
        </message>
        <message>
            <source>Trin der skal tjekkes</source>
            <translation>Steps to check</translation>
        </message>
        <message>
            <source>Forløb der skal gennemses</source>
            <translation>Flows due for review</translation>
        </message>
        <message>
            <source>Erstattet af kommunens egen fil:</source>
            <translation>Replaced by the municipality's own file:</translation>
        </message>
        <message>
            <source>Kommunens fil</source>
            <translation>Municipality's file</translation>
        </message>
        <message>
            <source>Erstatter</source>
            <translation>Replaces</translation>
        </message>
        <message>
            <source>Forløb erstattet af kommunen</source>
            <translation>Flows replaced by the municipality</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>aldrig (et trin mangler dato)</source>
            <translation>never (a step has no date)</translation>
        </message>
        <message>
            <source>%1 af %2 forløb skal gennemses; %3 er erstattet af kommunen.</source>
            <translation>%1 of %2 flows are due for review; %3 replaced by the municipality.</translation>
        </message>
        <message>
            <source>&amp;Forløb til gennemsyn …</source>
            <translation>&amp;Flows due for review …</translation>
        </message>
        <message>
            <source>Forløb hvis trin skal tjekkes mod den officielle side (teamleder)</source>
            <translation>Flows whose steps must be checked against the official page (team lead)</translation>
        </message>
    </context>
    <context>
        <name>FlowStepView</name>
        <message>
            <source>Vælg et forløb til venstre</source>
            <translation>Choose a flow on the left</translation>
        </message>
        <message>
            <source>Forløbets titel</source>
            <translation>Flow title</translation>
        </message>
        <message>
            <source>Det skal borgeren have, og alternativer</source>
            <translation>What the citizen needs, and alternatives</translation>
        </message>
        <message>
            <source>Forløbets trin</source>
            <translation>Steps of the flow</translation>
        </message>
        <message>
            <source>Pil op/ned vælger trin · 1 selv · 2 med vejledning · 3 medarbejder · 0 sprunget over</source>
            <translation>Up/Down selects a step · 1 self · 2 with guidance · 3 staff · 0 skipped</translation>
        </message>
        <message>
            <source>● selv  ◐ med vejledning  ○ medarbejder  – sprunget over  ⚠ forhindring</source>
            <translation>● self  ◐ with guidance  ○ staff  – skipped  ⚠ obstacle</translation>
        </message>
        <message>
            <source>Tegnforklaring</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Trin nummer</source>
            <translation>Step number</translation>
        </message>
        <message>
            <source>Vejledning til medarbejderen</source>
            <translation>Guidance for the staff member</translation>
        </message>
        <message>
            <source>Det borgeren ser</source>
            <translation>What the citizen sees</translation>
        </message>
        <message>
            <source>Husk: privatliv</source>
            <translation>Remember: privacy</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Kendte forhindringer</source>
            <translation>Known obstacles</translation>
        </message>
        <message>
            <source>Officiel adresse</source>
            <translation>Official address</translation>
        </message>
        <message>
            <source>Registreret på trinnet</source>
            <translation>Recorded on the step</translation>
        </message>
        <message>
            <source>Registrér og gå videre (tast %1)</source>
            <translation>Record and go on (key %1)</translation>
        </message>
        <message>
            <source>O  Forhindring …</source>
            <translation>O  Obstacle …</translation>
        </message>
        <message>
            <source>Notér hvad der forhindrer trinnet (tast O)</source>
            <translation>Note what is blocking the step (key O)</translation>
        </message>
        <message>
            <source>P  Pause</source>
            <translation>P  Pause</translation>
        </message>
        <message>
            <source>Sæt forløbet på pause (tast P)</source>
            <translation>Pause the flow (key P)</translation>
        </message>
        <message>
            <source>Stop forløbet</source>
            <translation>End the flow</translation>
        </message>
        <message>
            <source>Stop forløbet her; du bliver spurgt først (Ctrl+E)</source>
            <translation>Stop the flow here; you are asked first (Ctrl+E)</translation>
        </message>
        <message>
            <source>Seneste handling</source>
            <translation>Latest action</translation>
        </message>
        <message>
            <source>Ret et trin: vælg det med ↑/↓ og tryk tasten igen · Ctrl+Z fortryder</source>
            <translation>Correct a step: choose it with ↑/↓ and press the key again · Ctrl+Z undoes</translation>
        </message>
        <message>
            <source>Sådan retter du et trin</source>
            <translation>How to correct a step</translation>
        </message>
        <message>
            <source>Trin %1 af %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>Borgeren ser: %1</source>
            <translation>The citizen sees: %1</translation>
        </message>
        <message>
            <source>Tip: %1</source>
            <translation>Tip: %1</translation>
        </message>
    </context>
    <context>
        <name>FlowWalker</name>
        <message>
            <source>Forløb</source>
            <translation>Flows</translation>
        </message>
        <message>
            <source>Forløb i besøget</source>
            <translation>Flows in the visit</translation>
        </message>
        <message>
            <source>Trinnet</source>
            <translation>The step</translation>
        </message>
        <message>
            <source>Intet forløb passer til søgningen.</source>
            <translation>No flow matches the search.</translation>
        </message>
        <message>
            <source>Forløbet »%1« er startet.</source>
            <translation>The flow »%1« has started.</translation>
        </message>
        <message>
            <source>Borgeren skal have:</source>
            <translation>The citizen needs:</translation>
        </message>
        <message>
            <source>Betingelser:</source>
            <translation>Conditions:</translation>
        </message>
        <message>
            <source>Hvis det ikke kan lade sig gøre:</source>
            <translation>If it cannot be done:</translation>
        </message>
        <message>
            <source>Kendte forhindringer:</source>
            <translation>Known obstacles:</translation>
        </message>
        <message>
            <source>Registreret: %1</source>
            <translation>Recorded: %1</translation>
        </message>
        <message>
            <source>Forhindring: %1</source>
            <translation>Obstacle: %1</translation>
        </message>
        <message>
            <source>Start eller vælg et forløb først (Ctrl+F).</source>
            <translation>Start or choose a flow first (Ctrl+F).</translation>
        </message>
        <message>
            <source>Forløbet er afsluttet. Start et nyt forløb (Ctrl+F).</source>
            <translation>The flow has ended. Start a new flow (Ctrl+F).</translation>
        </message>
        <message>
            <source>Gemt: trin %1 – %2</source>
            <translation>Saved: step %1 – %2</translation>
        </message>
        <message>
            <source>Forløbet er gennemført.</source>
            <translation>The flow is complete.</translation>
        </message>
        <message>
            <source>Færdig. Godt klaret!</source>
            <translation>Done. Well done!</translation>
        </message>
        <message>
            <source>Der er intet at fortryde.</source>
            <translation>There is nothing to undo.</translation>
        </message>
        <message>
            <source>Fortrudt: trin %1 er ikke registreret længere.</source>
            <translation>Undone: step %1 is no longer recorded.</translation>
        </message>
        <message>
            <source>Gemt: forhindring på trin %1 – %2</source>
            <translation>Saved: obstacle on step %1 – %2</translation>
        </message>
        <message>
            <source>Stop forløbet?</source>
            <translation>Stop the flow?</translation>
        </message>
        <message>
            <source>Stop forløbet her? Det kan genoptages under besøget.</source>
            <translation>Stop the flow here? It can be resumed during the visit.</translation>
        </message>
        <message>
            <source>Forløbet er stoppet. Alternativ: %1 – Enter starter det.</source>
            <translation>The flow is stopped. Alternative: %1 – Enter starts it.</translation>
        </message>
        <message>
            <source>Anbefalet: %1 – Enter starter det.</source>
            <translation>Recommended: %1 – Enter starts it.</translation>
        </message>
        <message>
            <source>Forløbet er sat på pause.</source>
            <translation>The flow is paused.</translation>
        </message>
        <message>
            <source>Forløbet er stoppet.</source>
            <translation>The flow has been ended.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Luk opfølgningslisten</source>
            <translation>Close the follow-up list</translation>
        </message>
        <message>
            <source>Luk listen (Esc)</source>
            <translation>Close the list (Esc)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpFilters</name>
        <message>
            <source>Forfaldne og dagens</source>
            <translation>Overdue and today's</translation>
        </message>
        <message>
            <source>Resten af ugen</source>
            <translation>Rest of the week</translation>
        </message>
        <message>
            <source>Senere</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Alle medarbejdere</source>
            <translation>All staff</translation>
        </message>
        <message>
            <source>Dette sted</source>
            <translation>This site</translation>
        </message>
        <message>
            <source>&amp;Hvornår:</source>
            <translation>&amp;When:</translation>
        </message>
        <message>
            <source>Hvilke opfølgninger</source>
            <translation>Which follow-ups</translation>
        </message>
        <message>
            <source>Forfaldne, resten af ugen eller senere</source>
            <translation>Overdue, rest of the week or later</translation>
        </message>
        <message>
            <source>&amp;Medarbejder:</source>
            <translation>&amp;Staff member:</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Hvem havde besøget</source>
            <translation>Who had the visit</translation>
        </message>
        <message>
            <source>St&amp;ed:</source>
            <translation>S&amp;ite:</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Et andet sted (teamleder)</source>
            <translation>Another site (team lead)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Forfalder</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Hvad</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Opgaver</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Overskredet</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>I dag</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Kommende</source>
            <translation>Upcoming</translation>
        </message>
    </context>
    <context>
        <name>FollowUpScreen</name>
        <message>
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Opfølgning&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Follow-up&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Vis &amp;flere</source>
            <translation>Show &amp;more</translation>
        </message>
        <message>
            <source>Vis flere opfølgninger</source>
            <translation>Show more follow-ups</translation>
        </message>
        <message>
            <source>Hent de næste %1</source>
            <translation>Fetch the next %1</translation>
        </message>
        <message>
            <source>&amp;Book tid …</source>
            <translation>&amp;Book a time …</translation>
        </message>
        <message>
            <source>Book en tid til borgeren</source>
            <translation>Book a time for the citizen</translation>
        </message>
        <message>
            <source>Ny aftale for den valgte borger på opfølgningens dag</source>
            <translation>New appointment for the selected citizen on the follow-up's day</translation>
        </message>
        <message>
            <source>Liste over opfølgninger</source>
            <translation>List of follow-ups</translation>
        </message>
        <message>
            <source>Vælg en opfølgning og registrér resultatet med knapperne nedenfor</source>
            <translation>Choose a follow-up and record the result with the buttons below</translation>
        </message>
        <message>
            <source>&amp;Forfaldne opfølgninger:</source>
            <translation>&amp;Due follow-ups:</translation>
        </message>
        <message>
            <source>Ingen opfølgninger forfalder nu.</source>
            <translation>No follow-ups are due now.</translation>
        </message>
        <message>
            <source>Ingen opfølgninger</source>
            <translation>No follow-ups</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Klarede det &amp;selv</source>
            <translation>Managed it by them&amp;self</translation>
        </message>
        <message>
            <source>Borgeren klarede det selv derhjemme (Alt+S)</source>
            <translation>The citizen managed it by themself at home (Alt+S)</translation>
        </message>
        <message>
            <source>Fik brug for &amp;hjælp</source>
            <translation>Needed &amp;help</translation>
        </message>
        <message>
            <source>Borgeren prøvede, men fik brug for hjælp (Alt+H)</source>
            <translation>The citizen tried but needed help (Alt+H)</translation>
        </message>
        <message>
            <source>Ikke &amp;truffet</source>
            <translation>No&amp;t reached</translation>
        </message>
        <message>
            <source>Borgeren blev ikke truffet (Alt+T)</source>
            <translation>The citizen was not reached (Alt+T)</translation>
        </message>
        <message>
            <source>&amp;Vis borgerens historik</source>
            <translation>Show the &amp;citizen's history</translation>
        </message>
        <message>
            <source>Vis borgerens historik</source>
            <translation>Show the citizen's history</translation>
        </message>
        <message>
            <source>Vis den valgte borgers historik (Ctrl+H)</source>
            <translation>Show the selected citizen's history (Ctrl+H)</translation>
        </message>
        <message>
            <source>Tiden er booket %1.</source>
            <translation>The time is booked: %1.</translation>
        </message>
        <message>
            <source>Opfølgning for %1 registreret: %2.</source>
            <translation>Follow-up for %1 recorded: %2.</translation>
        </message>
    </context>
    <context>
        <name>FrictionPanel</name>
        <message>
            <source>Trin med mest friktion</source>
            <translation>Steps with most friction</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Flow</translation>
        </message>
        <message>
            <source>Trin</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Nåede trinnet</source>
            <translation>Reached the step</translation>
        </message>
        <message>
            <source>Med friktion</source>
            <translation>With friction</translation>
        </message>
        <message>
            <source>Andel</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>De 10 trin med mest friktion</source>
            <translation>The 10 steps with most friction</translation>
        </message>
        <message>
            <source>Forløb, der mødte en forhindring, hvor medarbejderen gjorde trinnet, eller som stoppede her</source>
            <translation>Flows that met an obstacle, where staff did the step, or that stopped here</translation>
        </message>
        <message>
            <source>Om friktionstallene</source>
            <translation>About the friction figures</translation>
        </message>
        <message>
            <source>&amp;Friktionsrapport til ejerne …</source>
            <translation>&amp;Friction report for the owners …</translation>
        </message>
        <message>
            <source>Gem friktionsrapporten</source>
            <translation>Save the friction report</translation>
        </message>
        <message>
            <source>Anonym rapport pr. forløb og trin (CSV, Excel eller PDF); tal under 5 skjult</source>
            <translation>Anonymous report per flow and step (CSV, Excel or PDF); counts under 5 hidden</translation>
        </message>
        <message>
            <source>Gemmer friktionsrapporten</source>
            <translation>Saving the friction report</translation>
        </message>
        <message>
            <source>Friktion tælles ikke pr. medarbejder: listen gælder alle medarbejdere.</source>
            <translation>Friction is not counted per member of staff: the list covers all staff.</translation>
        </message>
        <message>
            <source>Et forløb tæller én gang pr. trin. Tallene viser hvor, ikke hvorfor.</source>
            <translation>A flow counts once per step. The figures show where, not why.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>(findes ikke længere)</source>
            <translation>(no longer exists)</translation>
        </message>
        <message>
            <source>Ingen trin med friktion i perioden.</source>
            <translation>No steps with friction in the period.</translation>
        </message>
        <message>
            <source>Gem friktionsrapport</source>
            <translation>Save friction report</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Kan ikke gemme</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <source>Friktionsrapporten er gemt: %1</source>
            <translation>The friction report is saved: %1</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Papir til borgeren – besøg nr. %1</source>
            <translation>Citizen's handout – visit no. %1</translation>
        </message>
        <message>
            <source>Papir til borgeren</source>
            <translation>Citizen's handout</translation>
        </message>
        <message>
            <source>Borgeren får dagens trin med sine egne ord, hvad der skal med næste gang, hvor der er hjælp, og hvad vi har noteret. Intet CPR-nummer og ingen interne noter.</source>
            <translation>The citizen gets today's steps in their own words, what to bring next time, where to get help, and what we noted. No CPR number and no internal notes.</translation>
        </message>
        <message>
            <source>Dansk</source>
            <translation>Danish</translation>
        </message>
        <message>
            <source>Engelsk</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Sprog på papiret</source>
            <translation>Language of the handout</translation>
        </message>
        <message>
            <source>&amp;Stor skrift</source>
            <translation>&amp;Large print</translation>
        </message>
        <message>
            <source>Stor skrift</source>
            <translation>Large print</translation>
        </message>
        <message>
            <source>Større bogstaver; kan fylde mere end én side</source>
            <translation>Larger letters; may take more than one page</translation>
        </message>
        <message>
            <source>Gem som &amp;PDF …</source>
            <translation>Save as &amp;PDF …</translation>
        </message>
        <message>
            <source>Gem papiret som PDF</source>
            <translation>Save the handout as PDF</translation>
        </message>
        <message>
            <source>Gem som PDF-fil</source>
            <translation>Save as a PDF file</translation>
        </message>
        <message>
            <source>&amp;Udskriv …</source>
            <translation>P&amp;rint …</translation>
        </message>
        <message>
            <source>Udskriv papiret</source>
            <translation>Print the handout</translation>
        </message>
        <message>
            <source>Udskriv på en printer</source>
            <translation>Print on a printer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Forhåndsvisning af papiret</source>
            <translation>Preview of the paper</translation>
        </message>
        <message>
            <source>Sådan ser papiret ud (Tab: videre)</source>
            <translation>This is how the paper looks (Tab: on)</translation>
        </message>
        <message>
            <source>Spro&amp;g:</source>
            <translation>Lan&amp;guage:</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Gemt: %1 (1 side)</source>
            <translation>Saved: %1 (1 page)</translation>
        </message>
        <message>
            <source>Gemt: %1 (%2 sider)</source>
            <translation>Saved: %1 (%2 pages)</translation>
        </message>
        <message>
            <source>Gem papiret</source>
            <translation>Save the handout</translation>
        </message>
        <message>
            <source>PDF-fil (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <source>Kunne ikke gemme</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>Kunne ikke udskrive</source>
            <translation>Could not print</translation>
        </message>
        <message>
            <source>Sendt til printeren.</source>
            <translation>Sent to the printer.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Brugervejledning</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Vejledningens tekst</source>
            <translation>Text of the guide</translation>
        </message>
        <message>
            <source>Piletaster og Page Down læser videre</source>
            <translation>Arrow keys and Page Down read on</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HelpPointsDialog</name>
        <message>
            <source>Hjælpesteder</source>
            <translation>Help points</translation>
        </message>
        <message>
            <source>&amp;Hjælpesteder:</source>
            <translation>&amp;Help points:</translation>
        </message>
        <message>
            <source>Oplysningerne er &amp;tjekket den:</source>
            <translation>Details chec&amp;ked on:</translation>
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Hjælpestedets navn</source>
            <translation>The help point's name</translation>
        </message>
        <message>
            <source>Hjælper &amp;med:</source>
            <translation>Helps &amp;with:</translation>
        </message>
        <message>
            <source>Hvad stedet hjælper med</source>
            <translation>What the place helps with</translation>
        </message>
        <message>
            <source>&amp;Adresse:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>Adresse (tom: ikke afklaret)</source>
            <translation>Address (empty: not settled)</translation>
        </message>
        <message>
            <source>Åbn&amp;ingstider:</source>
            <translation>Open&amp;ing hours:</translation>
        </message>
        <message>
            <source>Åbningstider (tom: ikke afklaret)</source>
            <translation>Opening hours (empty: not settled)</translation>
        </message>
        <message>
            <source>T&amp;elefon:</source>
            <translation>Phon&amp;e:</translation>
        </message>
        <message>
            <source>Telefon (tom: ikke afklaret)</source>
            <translation>Phone (empty: not settled)</translation>
        </message>
        <message>
            <source>&amp;Kilde:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>Hvor oplysningerne er tjekket</source>
            <translation>Where the details were checked</translation>
        </message>
        <message>
            <source>Dato for tjek af oplysningerne</source>
            <translation>Date the details were checked</translation>
        </message>
        <message>
            <source>N&amp;yt hjælpested</source>
            <translation>New hel&amp;p point</translation>
        </message>
        <message>
            <source>Nyt hjælpested</source>
            <translation>New help point</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>Sa&amp;ve</translation>
        </message>
        <message>
            <source>Gem hjælpestedet</source>
            <translation>Save the help point</translation>
        </message>
        <message>
            <source>&amp;Brug ikke mere</source>
            <translation>&amp;Retire</translation>
        </message>
        <message>
            <source>Brug ikke hjælpestedet mere</source>
            <translation>Stop using the help point</translation>
        </message>
        <message>
            <source>Tilbydes ikke mere; tidligere henvisninger bevares</source>
            <translation>No longer offered; earlier referrals are kept</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Hjælpestedet '%1' er gemt.</source>
            <translation>The help point '%1' is saved.</translation>
        </message>
        <message>
            <source>'%1' tilbydes ikke mere på afslutningen.</source>
            <translation>'%1' is no longer offered when closing a visit.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Borgerens historik</source>
            <translation>Citizen's history</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Luk historikken</source>
            <translation>Close the history</translation>
        </message>
        <message>
            <source>Luk historikken (Esc)</source>
            <translation>Close the history (Esc)</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>Borgerens historik</source>
            <translation>Citizen's history</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Udvikling</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Fejl</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>&lt;b&gt;&amp;Opgaver – hvor selvhjulpen er borgeren?&lt;/b&gt;</source>
            <translation>&lt;b&gt;&amp;Tasks – how self-sufficient is the citizen?&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Status pr. opgave</source>
            <translation>Status per task</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kompetenceniveau over tid&lt;/b&gt;</source>
            <translation>&lt;b&gt;Skill level over time&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;&amp;Besøg&lt;/b&gt;</source>
            <translation>&lt;b&gt;&amp;Visits&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Borgerens besøg</source>
            <translation>The citizen's visits</translation>
        </message>
        <message>
            <source>Som digital ambassadør ser du kun status pr. opgave.</source>
            <translation>As a digital ambassador you only see the status per task.</translation>
        </message>
        <message>
            <source>%1 · aldersgruppe %2</source>
            <translation>%1 · age group %2</translation>
        </message>
        <message>
            <source>%1 besøg · selvhjulpen i %2 af %3 opgaver · kompetenceniveau: %4</source>
            <translation>%1 visits · self-sufficient in %2 of %3 tasks · skill level: %4</translation>
        </message>
    </context>
    <context>
        <name>HistoryVisitsModel</name>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Flows</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Selvstændighed</source>
            <translation>Independence</translation>
        </message>
        <message>
            <source>Borgerens andel</source>
            <translation>Citizen's share</translation>
        </message>
        <message>
            <source>Henvisning</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>ikke afklaret (%1–%2)</source>
            <translation>not settled (%1–%2)</translation>
        </message>
        <message>
            <source> · vej valgt af medarbejder: %1</source>
            <translation> · route chosen by staff: %1</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>observeres</source>
            <translation>observed</translation>
        </message>
        <message>
            <source>Vurderes mens borgeren gør ærindet; kan besvares senere</source>
            <translation>Assessed while the citizen does the errand; can be answered later</translation>
        </message>
        <message>
            <source>Tast %1</source>
            <translation>Key %1</translation>
        </message>
        <message>
            <source>Taster – %1. Enter: videre. Tilbage-tast: slet svaret.</source>
            <translation>Keys – %1. Enter: next. Backspace: delete the answer.</translation>
        </message>
        <message>
            <source>ikke besvaret</source>
            <translation>not answered</translation>
        </message>
        <message>
            <source>Svar: %1. %2</source>
            <translation>Answer: %1. %2</translation>
        </message>
    </context>
    <context>
        <name>KeyDialog</name>
        <message>
            <source>Pseudonymiseringsnøgle</source>
            <translation>Pseudonymisation key</translation>
        </message>
        <message>
            <source>CPR-numre gemmes aldrig. Borgere genkendes ved en nøglebaseret kode af CPR-nummeret. Nøglen ligger uden for databasen og skal være den samme på alle kommunens pc'er.</source>
            <translation>CPR numbers are never stored. Citizens are recognised by a keyed code of the CPR number. The key is kept outside the database and must be the same on all the municipality's PCs.</translation>
        </message>
        <message>
            <source>Nøglens status</source>
            <translation>Key status</translation>
        </message>
        <message>
            <source>Nøglens fingeraftryk</source>
            <translation>Key fingerprint</translation>
        </message>
        <message>
            <source>Sammenlign fingeraftrykket på kommunens pc'er</source>
            <translation>Compare the fingerprint on the municipality's PCs</translation>
        </message>
        <message>
            <source>&amp;Eksportér nøglen …</source>
            <translation>&amp;Export the key …</translation>
        </message>
        <message>
            <source>Eksportér nøglen til en fil</source>
            <translation>Export the key to a file</translation>
        </message>
        <message>
            <source>Til kommunens andre pc'er (kun teamleder)</source>
            <translation>For the municipality's other PCs (team leader only)</translation>
        </message>
        <message>
            <source>&amp;Importér nøglen …</source>
            <translation>&amp;Import the key …</translation>
        </message>
        <message>
            <source>Importér kommunens nøgle fra en fil</source>
            <translation>Import the municipality's key from a file</translation>
        </message>
        <message>
            <source>Brug kommunens fælles nøgle (kun teamleder)</source>
            <translation>Use the municipality's shared key (team leader only)</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>CPR-opslag er slået til. Nøglen ligger i filen %1.</source>
            <translation>CPR look-up is on. The key is in the file %1.</translation>
        </message>
        <message>
            <source>CPR-opslag er slået til. Nøglen ligger i styresystemets nøglering.</source>
            <translation>CPR look-up is on. The key is in the operating system's keyring.</translation>
        </message>
        <message>
            <source>Fingeraftryk: %1</source>
            <translation>Fingerprint: %1</translation>
        </message>
        <message>
            <source>Ingen nøgle på denne pc.</source>
            <translation>No key on this PC.</translation>
        </message>
        <message>
            <source>Eksportér nøglen</source>
            <translation>Export the key</translation>
        </message>
        <message>
            <source>Gem nøglen</source>
            <translation>Save the key</translation>
        </message>
        <message>
            <source>Nøglefil (*.key)</source>
            <translation>Key file (*.key)</translation>
        </message>
        <message>
            <source>Nøglen blev ikke gemt</source>
            <translation>The key was not saved</translation>
        </message>
        <message>
            <source>Nøglen er gemt</source>
            <translation>The key is saved</translation>
        </message>
        <message>
            <source>Nøglen er gemt i %1. Slet kopien, når den er importeret.</source>
            <translation>The key is saved in %1. Delete the copy once it has been imported.</translation>
        </message>
        <message>
            <source>Importér nøglen</source>
            <translation>Import the key</translation>
        </message>
        <message>
            <source>Nøglefil (*.key);;Alle filer (*)</source>
            <translation>Key file (*.key);;All files (*)</translation>
        </message>
        <message>
            <source>Anden nøgle</source>
            <translation>Different key</translation>
        </message>
        <message>
            <source>Vil du importere nøglen alligevel?</source>
            <translation>Do you want to import the key anyway?</translation>
        </message>
        <message>
            <source>Nøglen blev ikke importeret</source>
            <translation>The key was not imported</translation>
        </message>
        <message>
            <source>Nøglen</source>
            <translation>The key</translation>
        </message>
    </context>
    <context>
        <name>KomhenDialog</name>
        <message>
            <source>KOMHEN-tælleuge</source>
            <translation>KOMHEN counting week</translation>
        </message>
        <message>
            <source>En dag i tælleugen</source>
            <translation>A day in the counting week</translation>
        </message>
        <message>
            <source>Vælg en dag; hele ugen (mandag–søndag) tælles</source>
            <translation>Choose a day; the whole week (Monday–Sunday) is counted</translation>
        </message>
        <message>
            <source>Alle steder</source>
            <translation>All sites</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Tæl ét sted eller alle</source>
            <translation>Count one site or all</translation>
        </message>
        <message>
            <source>Henvendelser pr. sted, kanal, opgave og type</source>
            <translation>Contacts by site, channel, task and type</translation>
        </message>
        <message>
            <source>Advarsler</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <source>Gem som &amp;CSV …</source>
            <translation>Save as &amp;CSV …</translation>
        </message>
        <message>
            <source>Gem som &amp;Excel …</source>
            <translation>Save as &amp;Excel …</translation>
        </message>
        <message>
            <source>Gem KOMHEN-optællingen som CSV (semikolon)</source>
            <translation>Save the KOMHEN count as CSV (semicolon)</translation>
        </message>
        <message>
            <source>Gem KOMHEN-optællingen som Excel-fil</source>
            <translation>Save the KOMHEN count as an Excel file</translation>
        </message>
        <message>
            <source>&amp;Uge:</source>
            <translation>&amp;Week:</translation>
        </message>
        <message>
            <source>&amp;Sted:</source>
            <translation>&amp;Site:</translation>
        </message>
        <message>
            <source>Uge %1</source>
            <translation>Week %1</translation>
        </message>
        <message>
            <source>Gem KOMHEN-optælling</source>
            <translation>Save KOMHEN count</translation>
        </message>
    </context>
    <context>
        <name>KomhenModel</name>
        <message>
            <source>Sted</source>
            <translation>Site</translation>
        </message>
        <message>
            <source>Kanal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>Total</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Skranke</source>
            <translation>Counter</translation>
        </message>
        <message>
            <source>Bibliotek</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video call</translation>
        </message>
        <message>
            <source>Udgående</source>
            <translation>Outreach</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information only</translation>
        </message>
        <message>
            <source>Interaktion</source>
            <translation>Interaction</translation>
        </message>
        <message>
            <source>Transaktion</source>
            <translation>Transaction</translation>
        </message>
        <message>
            <source>Åben</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Afsluttet</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Annulleret</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Jobcenter</source>
            <translation>Job centre</translation>
        </message>
        <message>
            <source>Udkørende</source>
            <translation>Outreach</translation>
        </message>
        <message>
            <source>Borgers historik åbnet</source>
            <translation>Citizen's history opened</translation>
        </message>
        <message>
            <source>Borgers status pr. opgave vist</source>
            <translation>Citizen's status by task shown</translation>
        </message>
        <message>
            <source>Borger fundet med CPR-nummer</source>
            <translation>Citizen found by CPR number</translation>
        </message>
        <message>
            <source>Borger fundet med borgerkode</source>
            <translation>Citizen found by citizen code</translation>
        </message>
        <message>
            <source>Besøg åbnet</source>
            <translation>Visit opened</translation>
        </message>
        <message>
            <source>Regel for kommunen ændret</source>
            <translation>Municipality rule changed</translation>
        </message>
        <message>
            <source>Sted oprettet</source>
            <translation>Site created</translation>
        </message>
        <message>
            <source>Sted omdøbt</source>
            <translation>Site renamed</translation>
        </message>
        <message>
            <source>Sted lukket</source>
            <translation>Site closed</translation>
        </message>
        <message>
            <source>Hjælpested oprettet</source>
            <translation>Help point added</translation>
        </message>
        <message>
            <source>Hjælpested rettet</source>
            <translation>Help point changed</translation>
        </message>
        <message>
            <source>Hjælpested bruges ikke mere</source>
            <translation>Help point retired</translation>
        </message>
        <message>
            <source>Udfald af henvisning registreret</source>
            <translation>Outcome of a referral recorded</translation>
        </message>
        <message>
            <source>Borger oprettet</source>
            <translation>Citizen created</translation>
        </message>
        <message>
            <source>Ny borgerkode</source>
            <translation>New citizen code</translation>
        </message>
        <message>
            <source>Borger knyttet til besøg</source>
            <translation>Citizen linked to visit</translation>
        </message>
        <message>
            <source>Borger fjernet fra besøg</source>
            <translation>Citizen removed from visit</translation>
        </message>
        <message>
            <source>Kompetenceniveau ændret</source>
            <translation>Skill level changed</translation>
        </message>
        <message>
            <source>Ændret niveau fjernet</source>
            <translation>Changed level removed</translation>
        </message>
        <message>
            <source>Anbefalet vej ændret</source>
            <translation>Recommended route changed</translation>
        </message>
        <message>
            <source>Ændret vej fjernet</source>
            <translation>Changed route removed</translation>
        </message>
        <message>
            <source>MitID-trin uden grundlag afvist</source>
            <translation>MitID step without a basis refused</translation>
        </message>
        <message>
            <source>Besøg annulleret</source>
            <translation>Visit cancelled</translation>
        </message>
        <message>
            <source>Tidligere vurdering vist</source>
            <translation>Earlier assessment shown</translation>
        </message>
        <message>
            <source>Aftaler importeret</source>
            <translation>Appointments imported</translation>
        </message>
        <message>
            <source>Pseudonymiseringsnøgle oprettet</source>
            <translation>Pseudonymisation key created</translation>
        </message>
        <message>
            <source>Pseudonymiseringsnøgle eksporteret</source>
            <translation>Pseudonymisation key exported</translation>
        </message>
        <message>
            <source>Pseudonymiseringsnøgle importeret</source>
            <translation>Pseudonymisation key imported</translation>
        </message>
        <message>
            <source>KOMHEN-optælling eksporteret</source>
            <translation>KOMHEN count exported</translation>
        </message>
        <message>
            <source>Friktionsrapport til ejerne eksporteret</source>
            <translation>Friction report for the owners exported</translation>
        </message>
        <message>
            <source>Statistik genberegnet</source>
            <translation>Statistics recalculated</translation>
        </message>
        <message>
            <source>Indsigt udleveret</source>
            <translation>Access data handed out</translation>
        </message>
        <message>
            <source>Borger slettet</source>
            <translation>Citizen erased</translation>
        </message>
        <message>
            <source>Udskrift til borgeren</source>
            <translation>Handout for the citizen</translation>
        </message>
        <message>
            <source>Journalnotat</source>
            <translation>Case note</translation>
        </message>
        <message>
            <source>Besøg eksporteret</source>
            <translation>Visits exported</translation>
        </message>
        <message>
            <source>Revisionslog eksporteret</source>
            <translation>Audit log exported</translation>
        </message>
        <message>
            <source>Sletning efter slettefrist</source>
            <translation>Deletion after the retention period</translation>
        </message>
        <message>
            <source>Logget ind</source>
            <translation>Signed in</translation>
        </message>
        <message>
            <source>Forkert adgangskode</source>
            <translation>Wrong password</translation>
        </message>
        <message>
            <source>Medarbejder oprettet</source>
            <translation>Staff member created</translation>
        </message>
        <message>
            <source>Rolle ændret</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>Medarbejder deaktiveret</source>
            <translation>Staff member deactivated</translation>
        </message>
        <message>
            <source>Medarbejder genaktiveret</source>
            <translation>Staff member reactivated</translation>
        </message>
        <message>
            <source>Adgangskode sat</source>
            <translation>Password set</translation>
        </message>
        <message>
            <source>Workshop registreret</source>
            <translation>Workshop recorded</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Digital ambassadør</source>
            <translation>Digital ambassador</translation>
        </message>
        <message>
            <source>Teamleder</source>
            <translation>Team lead</translation>
        </message>
        <message>
            <source>Borgerservice</source>
            <translation>Citizen service</translation>
        </message>
        <message>
            <source>Borgeren selv</source>
            <translation>Citizen by themself</translation>
        </message>
        <message>
            <source>Borgeren med vejledning</source>
            <translation>Citizen with guidance</translation>
        </message>
        <message>
            <source>Medarbejderen gjorde det</source>
            <translation>Staff member did it</translation>
        </message>
        <message>
            <source>Sprunget over (ikke nødvendigt)</source>
            <translation>Skipped (not needed)</translation>
        </message>
        <message>
            <source>Ambassadøren gjorde det</source>
            <translation>The ambassador did it</translation>
        </message>
        <message>
            <source>Har ikke MitID / kan ikke bruge det</source>
            <translation>Has no MitID / cannot use it</translation>
        </message>
        <message>
            <source>Mangler et dokument</source>
            <translation>A document is missing</translation>
        </message>
        <message>
            <source>Systemet virker ikke</source>
            <translation>The system does not work</translation>
        </message>
        <message>
            <source>Andet</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>I gang</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>På pause</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Gennemført</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Stoppet</source>
            <translation>Ended</translation>
        </message>
        <message>
            <source>Anonym</source>
            <translation>Anonymous</translation>
        </message>
        <message>
            <source>Kode %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>Borger nr. %1</source>
            <translation>Citizen no. %1</translation>
        </message>
        <message>
            <source>Ikke oplyst</source>
            <translation>Not stated</translation>
        </message>
        <message>
            <source>Under 18 år</source>
            <translation>Under 18</translation>
        </message>
        <message>
            <source>18–29 år</source>
            <translation>18–29</translation>
        </message>
        <message>
            <source>30–49 år</source>
            <translation>30–49</translation>
        </message>
        <message>
            <source>50–66 år</source>
            <translation>50–66</translation>
        </message>
        <message>
            <source>67–79 år</source>
            <translation>67–79</translation>
        </message>
        <message>
            <source>80 år og derover</source>
            <translation>80 and over</translation>
        </message>
        <message>
            <source>Dansk</source>
            <translation>Danish</translation>
        </message>
        <message>
            <source>Engelsk</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Tysk</source>
            <translation>German</translation>
        </message>
        <message>
            <source>Polsk</source>
            <translation>Polish</translation>
        </message>
        <message>
            <source>Ukrainsk</source>
            <translation>Ukrainian</translation>
        </message>
        <message>
            <source>Arabisk</source>
            <translation>Arabic</translation>
        </message>
        <message>
            <source>Tyrkisk</source>
            <translation>Turkish</translation>
        </message>
        <message>
            <source>Somali</source>
            <translation>Somali</translation>
        </message>
        <message>
            <source>Urdu</source>
            <translation>Urdu</translation>
        </message>
        <message>
            <source>Persisk</source>
            <translation>Persian</translation>
        </message>
        <message>
            <source>Andet sprog</source>
            <translation>Other language</translation>
        </message>
        <message>
            <source>Delvist gennemført</source>
            <translation>Partly completed</translation>
        </message>
        <message>
            <source>Ikke gennemført</source>
            <translation>Not completed</translation>
        </message>
        <message>
            <source>Ingen MitID</source>
            <translation>No MitID</translation>
        </message>
        <message>
            <source>Manglende papirer</source>
            <translation>Missing papers</translation>
        </message>
        <message>
            <source>Systemet var nede</source>
            <translation>The system was down</translation>
        </message>
        <message>
            <source>Tiden slap op</source>
            <translation>Ran out of time</translation>
        </message>
        <message>
            <source>Kræver en anden myndighed</source>
            <translation>Needs another authority</translation>
        </message>
        <message>
            <source>Borgeren ønskede det ikke</source>
            <translation>The citizen did not want it</translation>
        </message>
        <message>
            <source>Med vejledning</source>
            <translation>With guidance</translation>
        </message>
        <message>
            <source>Selv, med hjælp ved behov</source>
            <translation>Self, with help when needed</translation>
        </message>
        <message>
            <source>Helt selv</source>
            <translation>Entirely by themself</translation>
        </message>
        <message>
            <source>Kursus på biblioteket</source>
            <translation>Course at the library</translation>
        </message>
        <message>
            <source>Den Digitale Hotline</source>
            <translation>The Digital Hotline</translation>
        </message>
        <message>
            <source>Pårørende (læseadgang/fuldmagt)</source>
            <translation>Relative (read access/power of attorney)</translation>
        </message>
        <message>
            <source>Fritagelse for Digital Post</source>
            <translation>Exemption from Digital Post</translation>
        </message>
        <message>
            <source>Et andet kontor</source>
            <translation>Another office</translation>
        </message>
        <message>
            <source>Ring til borgeren</source>
            <translation>Phone the citizen</translation>
        </message>
        <message>
            <source>Ny aftale</source>
            <translation>New appointment</translation>
        </message>
        <message>
            <source>Tjek om borgeren klarede det selv</source>
            <translation>Check whether the citizen managed it alone</translation>
        </message>
        <message>
            <source>Klarede det selv derhjemme</source>
            <translation>Managed it alone at home</translation>
        </message>
        <message>
            <source>Fik brug for hjælp</source>
            <translation>Needed help</translation>
        </message>
        <message>
            <source>Ikke truffet</source>
            <translation>Not reached</translation>
        </message>
        <message>
            <source>Ikke startet</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>Lærer det</source>
            <translation>Learning it</translation>
        </message>
        <message>
            <source>Kan med hjælp</source>
            <translation>Can with help</translation>
        </message>
        <message>
            <source>Selvhjulpen</source>
            <translation>Self-sufficient</translation>
        </message>
        <message>
            <source>Anden vej valgt</source>
            <translation>Another route chosen</translation>
        </message>
        <message>
            <source>stigende</source>
            <translation>rising</translation>
        </message>
        <message>
            <source>uændret</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>faldende</source>
            <translation>falling</translation>
        </message>
        <message>
            <source>for få vurderinger</source>
            <translation>too few assessments</translation>
        </message>
        <message>
            <source>0 Afhængig</source>
            <translation>0 Dependent</translation>
        </message>
        <message>
            <source>1 Med hjælp</source>
            <translation>1 With help</translation>
        </message>
        <message>
            <source>2 Selvhjulpen</source>
            <translation>2 Self-sufficient</translation>
        </message>
        <message>
            <source>3 Kan hjælpe andre</source>
            <translation>3 Can help others</translation>
        </message>
        <message>
            <source>Aftalt</source>
            <translation>Agreed</translation>
        </message>
        <message>
            <source>Udført</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Aflyst</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Generel information og vejvisning</source>
            <translation>General information and directions</translation>
        </message>
        <message>
            <source>Tidsbestilling</source>
            <translation>Booking a time</translation>
        </message>
        <message>
            <source>Hjælp til selvbetjening</source>
            <translation>Help with self-service</translation>
        </message>
        <message>
            <source>ugentligt</source>
            <translation>weekly</translation>
        </message>
        <message>
            <source>månedligt</source>
            <translation>monthly</translation>
        </message>
        <message>
            <source>hvert år</source>
            <translation>every year</translation>
        </message>
        <message>
            <source>sjældent (med års mellemrum)</source>
            <translation>rarely (years apart)</translation>
        </message>
        <message>
            <source>én gang i livet</source>
            <translation>once in a lifetime</translation>
        </message>
        <message>
            <source>Kursus</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>It-café</source>
            <translation>IT café</translation>
        </message>
        <message>
            <source>Holdundervisning</source>
            <translation>Group lesson</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Sikkerhed på nettet</source>
            <translation>Safety online</translation>
        </message>
        <message>
            <source>MitID</source>
            <translation>MitID</translation>
        </message>
        <message>
            <source>Digital Post</source>
            <translation>Digital Post</translation>
        </message>
        <message>
            <source>Telefonen</source>
            <translation>The phone</translation>
        </message>
    </context>
    <context>
        <name>LevelChart</name>
        <message>
            <source>Kompetenceniveau over tid</source>
            <translation>Skill level over time</translation>
        </message>
        <message>
            <source>Ingen vurderinger endnu</source>
            <translation>No assessments yet</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Medbetjening</source>
            <translation>Medbetjening</translation>
        </message>
        <message>
            <source>Medbetjening – hovedvindue</source>
            <translation>Medbetjening – main window</translation>
        </message>
        <message>
            <source>&amp;Nyt besøg</source>
            <translation>&amp;New visit</translation>
        </message>
        <message>
            <source>Start et nyt besøg</source>
            <translation>Start a new visit</translation>
        </message>
        <message>
            <source>&amp;Genoptag besøg …</source>
            <translation>&amp;Resume visit …</translation>
        </message>
        <message>
            <source>Genoptag et åbent besøg</source>
            <translation>Resume an open visit</translation>
        </message>
        <message>
            <source>&amp;Dagens besøg</source>
            <translation>&amp;Today's visits</translation>
        </message>
        <message>
            <source>Vis dagens besøg</source>
            <translation>Show today's visits</translation>
        </message>
        <message>
            <source>Opda&amp;tér</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Hent listen igen</source>
            <translation>Reload the list</translation>
        </message>
        <message>
            <source>Ny &amp;aftale …</source>
            <translation>New &amp;appointment …</translation>
        </message>
        <message>
            <source>Skriv en booket tid ind i hånden</source>
            <translation>Enter a booked time by hand</translation>
        </message>
        <message>
            <source>&amp;Importér aftaler …</source>
            <translation>&amp;Import appointments …</translation>
        </message>
        <message>
            <source>Hent bookede tider fra booking-systemets .ics- eller .csv-fil</source>
            <translation>Load booked times from the booking system's .ics or .csv file</translation>
        </message>
        <message>
            <source>&amp;Pseudonymiseringsnøgle …</source>
            <translation>Pseudonymisation &amp;key …</translation>
        </message>
        <message>
            <source>Nøglen til CPR-opslag: status, eksport og import</source>
            <translation>The key for CPR look-up: status, export and import</translation>
        </message>
        <message>
            <source>&amp;Afslut</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Luk programmet</source>
            <translation>Close the program</translation>
        </message>
        <message>
            <source>Borgerens &amp;historik …</source>
            <translation>Citizen's &amp;history …</translation>
        </message>
        <message>
            <source>Vis historikken for borgeren i det valgte besøg</source>
            <translation>Show the history of the citizen in the selected visit</translation>
        </message>
        <message>
            <source>&amp;Opfølgning …</source>
            <translation>Follo&amp;w-up …</translation>
        </message>
        <message>
            <source>Vis forfaldne opfølgninger for dette sted</source>
            <translation>Show due follow-ups for this place</translation>
        </message>
        <message>
            <source>&amp;Borgerens skærm</source>
            <translation>&amp;Citizen's screen</translation>
        </message>
        <message>
            <source>Vis eller skjul borgerens skærm med det aktuelle trin (F9)</source>
            <translation>Show or hide the citizen's screen with the current step (F9)</translation>
        </message>
        <message>
            <source>&amp;Om Medbetjening</source>
            <translation>&amp;About Medbetjening</translation>
        </message>
        <message>
            <source>Version og database</source>
            <translation>Version and database</translation>
        </message>
        <message>
            <source>&amp;Brugervejledning</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>Sådan går et besøg, og genveje (F1)</source>
            <translation>How a visit goes, and shortcuts (F1)</translation>
        </message>
        <message>
            <source>&amp;Indstillinger …</source>
            <translation>&amp;Settings …</translation>
        </message>
        <message>
            <source>Sprog, tekststørrelse og høj kontrast</source>
            <translation>Language, text size and high contrast</translation>
        </message>
        <message>
            <source>Skift adgangs&amp;kode …</source>
            <translation>Change &amp;password …</translation>
        </message>
        <message>
            <source>Skift din egen adgangskode</source>
            <translation>Change your own password</translation>
        </message>
        <message>
            <source>&amp;Filer</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Besøg</source>
            <translation>&amp;Visit</translation>
        </message>
        <message>
            <source>&amp;Hjælp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Logget ind som</source>
            <translation>Signed in as</translation>
        </message>
        <message>
            <source>Kan ikke starte besøget</source>
            <translation>Cannot start the visit</translation>
        </message>
        <message>
            <source>Kan ikke åbne besøget</source>
            <translation>Cannot open the visit</translation>
        </message>
        <message>
            <source>Genoptag besøg</source>
            <translation>Resume visit</translation>
        </message>
        <message>
            <source>Du har ingen åbne besøg.</source>
            <translation>You have no open visits.</translation>
        </message>
        <message>
            <source>Besøget er ikke knyttet til en borger, så der er ingen historik.</source>
            <translation>The visit is not linked to a citizen, so there is no history.</translation>
        </message>
        <message>
            <source>Om Medbetjening</source>
            <translation>About Medbetjening</translation>
        </message>
        <message>
            <source>Medbetjening %1
Database: %2</source>
            <translation>Medbetjening %1
Database: %2</translation>
        </message>
    </context>
    <context>
        <name>NewStaffDialog</name>
        <message>
            <source>Ny medarbejder</source>
            <translation>New staff member</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Brugernavn på pc'en</source>
            <translation>User name on the PC</translation>
        </message>
        <message>
            <source>Bruges til at vælge profilen af sig selv ved login</source>
            <translation>Used to choose the profile by itself at sign-in</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Skal udfyldes for en teamleder. For andre valgfri: uden adgangskode vælger medarbejderen selv én ved første login, hvis pc'en er delt.</source>
            <translation>Required for a team lead. Optional for others: without a password, the staff member chooses one at the first sign-in if the PC is shared.</translation>
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Sted:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>&amp;Brugernavn:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>Opret</source>
            <translation>Create</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>ObservedItemsWidget</name>
        <message>
            <source>Observerede punkter</source>
            <translation>Observed items</translation>
        </message>
        <message>
            <source>Observér undervejs</source>
            <translation>Observe along the way</translation>
        </message>
        <message>
            <source>Foreløbigt resultat</source>
            <translation>Provisional result</translation>
        </message>
        <message>
            <source>Niveau: ikke vurderet endnu</source>
            <translation>Level: not assessed yet</translation>
        </message>
        <message>
            <source>Niveau: ikke afklaret (%1–%2)</source>
            <translation>Level: not settled (%1–%2)</translation>
        </message>
        <message>
            <source>Niveau %1</source>
            <translation>Level %1</translation>
        </message>
    </context>
    <context>
        <name>ObstacleDialog</name>
        <message>
            <source>Forhindring på trinnet</source>
            <translation>Obstacle on the step</translation>
        </message>
        <message>
            <source>Hvad forhindrer trinnet »%1«?</source>
            <translation>What is blocking the step »%1«?</translation>
        </message>
        <message>
            <source>Forhindringer</source>
            <translation>Obstacles</translation>
        </message>
        <message>
            <source>Vælg med piletasterne eller tast 1–4</source>
            <translation>Choose with the arrow keys or type 1–4</translation>
        </message>
        <message>
            <source>&amp;Forhindring:</source>
            <translation>&amp;Obstacle:</translation>
        </message>
        <message>
            <source>Kort note</source>
            <translation>Short note</translation>
        </message>
        <message>
            <source>Kort note (valgfri) – aldrig CPR-nummer</source>
            <translation>Short note (optional) – never a CPR number</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Hvad nu</source>
            <translation>What next</translation>
        </message>
        <message>
            <source>Fortsæt forløbet</source>
            <translation>Continue the flow</translation>
        </message>
        <message>
            <source>Sæt forløbet på pause</source>
            <translation>Pause the flow</translation>
        </message>
        <message>
            <source>Stop forløbet her</source>
            <translation>End the flow here</translation>
        </message>
        <message>
            <source>&amp;Derefter:</source>
            <translation>&amp;Then:</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Fortryd</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>OutcomePanel</name>
        <message>
            <source>Afslut</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Afslut besøget</source>
            <translation>Finish the visit</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Afslut besøget&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Finish the visit&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Ingen årsag valgt</source>
            <translation>No reason chosen</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Ingen henvisning</source>
            <translation>No referral</translation>
        </message>
        <message>
            <source>Kort note uden CPR-nummer (valgfri)</source>
            <translation>Short note without a CPR number (optional)</translation>
        </message>
        <message>
            <source>Ingen opfølgning</source>
            <translation>No follow-up</translation>
        </message>
        <message>
            <source>&amp;Luk besøget (Ctrl+Enter)</source>
            <translation>&amp;Close the visit (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Blev ærindet gennemført?</source>
            <translation>Was the errand completed?</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Hvad stoppede ærindet?</source>
            <translation>What stopped the errand?</translation>
        </message>
        <message>
            <source>Selvstændighed</source>
            <translation>Independence</translation>
        </message>
        <message>
            <source>Hvor selv klarede borgeren det? Forslaget kommer fra trinene.</source>
            <translation>How much did the citizen manage alone? The suggestion comes from the steps.</translation>
        </message>
        <message>
            <source>Henvendelsestype</source>
            <translation>Contact type</translation>
        </message>
        <message>
            <source>Tælles i statistik og KOMHEN; forslaget kommer fra forløbene</source>
            <translation>Counted in statistics and KOMHEN; the suggestion comes from the flows</translation>
        </message>
        <message>
            <source>Varighed</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Minutter fra start til nu; kan rettes</source>
            <translation>Minutes from start until now; can be corrected</translation>
        </message>
        <message>
            <source>Henvisning</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Hvor kan borgeren få mere hjælp?</source>
            <translation>Where can the citizen get more help?</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Kort note; CPR-numre bliver skjult</source>
            <translation>Short note; CPR numbers are hidden</translation>
        </message>
        <message>
            <source>Opfølgning</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Hvad skal der ske bagefter?</source>
            <translation>What should happen afterwards?</translation>
        </message>
        <message>
            <source>Opfølgningsdato</source>
            <translation>Follow-up date</translation>
        </message>
        <message>
            <source>Hvornår</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Luk besøget</source>
            <translation>Close the visit</translation>
        </message>
        <message>
            <source>Gem resultatet og luk besøget</source>
            <translation>Save the result and close the visit</translation>
        </message>
        <message>
            <source>Forslag til selvstændighed</source>
            <translation>Suggested independence</translation>
        </message>
        <message>
            <source>Advarsel om CPR-nummer</source>
            <translation>Warning about a CPR number</translation>
        </message>
        <message>
            <source>Fejl</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Besøget er afsluttet</source>
            <translation>The visit is closed</translation>
        </message>
        <message>
            <source>Res&amp;ultat:</source>
            <translation>&amp;Result:</translation>
        </message>
        <message>
            <source>H&amp;vorfor:</source>
            <translation>&amp;Why:</translation>
        </message>
        <message>
            <source>Vari&amp;ghed:</source>
            <translation>&amp;Duration:</translation>
        </message>
        <message>
            <source>&amp;Selvstændighed:</source>
            <translation>&amp;Independence:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>H&amp;envisning:</source>
            <translation>R&amp;eferral:</translation>
        </message>
        <message>
            <source>Henv&amp;is til:</source>
            <translation>Referral p&amp;lace:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Opfølgning:</source>
            <translation>F&amp;ollow-up:</translation>
        </message>
        <message>
            <source>Knyt borgeren til besøget for at planlægge en opfølgning</source>
            <translation>Link the citizen to the visit to plan a follow-up</translation>
        </message>
        <message>
            <source>Ingen trin markeret – vælg selv.</source>
            <translation>No steps marked – choose yourself.</translation>
        </message>
        <message>
            <source>Forslag ud fra de markerede trin: %1 (borgeren gjorde %2 af dem)</source>
            <translation>Suggestion from the marked steps: %1 (the citizen did %2 of them)</translation>
        </message>
        <message>
            <source>Noten ser ud til at indeholde et CPR-nummer. Det bliver skjult (%1), når du gemmer.</source>
            <translation>The note seems to contain a CPR number. It will be hidden (%1) when you save.</translation>
        </message>
        <message>
            <source>Noten er for lang: højst %1 tegn.</source>
            <translation>The note is too long: at most %1 characters.</translation>
        </message>
        <message>
            <source>%1 CPR-lignende nummer blev skjult i noten.</source>
            <translation>%1 CPR-like number was hidden in the note.</translation>
        </message>
        <message>
            <source>Besøget er annulleret.</source>
            <translation>The visit is cancelled.</translation>
        </message>
        <message>
            <source>Besøget er afsluttet.</source>
            <translation>The visit is closed.</translation>
        </message>
        <message>
            <source>Besøget er afsluttet: %1, %2.</source>
            <translation>The visit is closed: %1, %2.</translation>
        </message>
    </context>
    <context>
        <name>OverdueReferralsPanel</name>
        <message>
            <source>Henvisninger, der ikke er taget op</source>
            <translation>Referrals not taken up</translation>
        </message>
        <message>
            <source>&lt;b&gt;Henvisninger, der ikke er taget op&lt;/b&gt;</source>
            <translation>&lt;b&gt;Referrals not taken up&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Henvist til</source>
            <translation>Referred to</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Borgeren &amp;kom derhen</source>
            <translation>The citizen &amp;went there</translation>
        </message>
        <message>
            <source>Borgeren kom hen til hjælpestedet</source>
            <translation>The citizen went to the help point</translation>
        </message>
        <message>
            <source>Kun for hjælpesteder: et af kommunens steder registrerer selv besøget</source>
            <translation>Help points only: a site of the municipality records the visit itself</translation>
        </message>
        <message>
            <source>Borgeren kom &amp;ikke</source>
            <translation>The citizen did &amp;not go</translation>
        </message>
        <message>
            <source>Borgeren kom ikke derhen</source>
            <translation>The citizen did not go there</translation>
        </message>
        <message>
            <source>Henvisningen blev ikke taget op</source>
            <translation>The referral was not taken up</translation>
        </message>
        <message>
            <source>Besked om henvisninger</source>
            <translation>Message about referrals</translation>
        </message>
        <message>
            <source>ikke angivet</source>
            <translation>not given</translation>
        </message>
        <message>
            <source>Registreret: %1 kom derhen.</source>
            <translation>Recorded: %1 went there.</translation>
        </message>
        <message>
            <source>Registreret: %1 kom ikke.</source>
            <translation>Recorded: %1 did not go.</translation>
        </message>
    </context>
    <context>
        <name>PoliciesDialog</name>
        <message>
            <source>Regler for hele kommunen</source>
            <translation>Rules for the whole municipality</translation>
        </message>
        <message>
            <source>Reglerne gælder på alle kommunens pc'er. Kun en teamleder kan ændre dem, og hver ændring skrives i revisionsloggen.</source>
            <translation>The rules apply on every PC of the municipality. Only a team lead can change them, and every change is written to the audit log.</translation>
        </message>
        <message>
            <source>Slet &amp;besøg knyttet til en borger efter (måneder):</source>
            <translation>Delete &amp;visits linked to a citizen after (months):</translation>
        </message>
        <message>
            <source>Slet &amp;noter efter (måneder):</source>
            <translation>Delete &amp;notes after (months):</translation>
        </message>
        <message>
            <source>Slet &amp;revisionsloggen efter (måneder):</source>
            <translation>Delete the &amp;audit log after (months):</translation>
        </message>
        <message>
            <source>Frist for at tage en henvisning op (dage)</source>
            <translation>Time to take up a referral (days)</translation>
        </message>
        <message>
            <source>&amp;Frist for at tage en henvisning op (dage):</source>
            <translation>Time to take up a &amp;referral (days):</translation>
        </message>
        <message>
            <source>&amp;Delte pc'er: alle profiler skal have adgangskode</source>
            <translation>&amp;Shared PCs: every profile must have a password</translation>
        </message>
        <message>
            <source>Delte pc'er</source>
            <translation>Shared PCs</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Kan ikke gemme</source>
            <translation>Cannot save</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Indstillinger</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Sprog</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Sproget skifter med det samme i alle åbne vinduer</source>
            <translation>The language changes at once in every open window</translation>
        </message>
        <message>
            <source>Som systemet</source>
            <translation>As the system</translation>
        </message>
        <message>
            <source>Tekststørrelse i procent</source>
            <translation>Text size in percent</translation>
        </message>
        <message>
            <source>100 % er systemets tekststørrelse</source>
            <translation>100 % is the system's text size</translation>
        </message>
        <message>
            <source>&amp;Høj kontrast (hvid og gul tekst på sort)</source>
            <translation>&amp;High contrast (white and yellow text on black)</translation>
        </message>
        <message>
            <source>Høj kontrast</source>
            <translation>High contrast</translation>
        </message>
        <message>
            <source>Sprog, tekststørrelse og kontrast skifter med det samme.</source>
            <translation>Language, text size and contrast change at once.</translation>
        </message>
        <message>
            <source>&amp;Sprog:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>&amp;Tekststørrelse:</source>
            <translation>&amp;Text size:</translation>
        </message>
        <message>
            <source>Gem</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>QuickTallyDialog</name>
        <message>
            <source>Kort henvendelse</source>
            <translation>Quick contact</translation>
        </message>
        <message>
            <source>Registrér en kort henvendelse</source>
            <translation>Register a short contact</translation>
        </message>
        <message>
            <source>Registrerede henvendelser</source>
            <translation>Registered contacts</translation>
        </message>
        <message>
            <source>Kanal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Hvor henvendelsen kom ind</source>
            <translation>Where the contact came in</translation>
        </message>
        <message>
            <source>Henvendelsestype</source>
            <translation>Contact type</translation>
        </message>
        <message>
            <source>Information, interaktion eller transaktion</source>
            <translation>Information, interaction or transaction</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>KOMHEN-opgaven eller forløbet det drejede sig om</source>
            <translation>The KOMHEN task or flow it was about</translation>
        </message>
        <message>
            <source>&amp;Kanal:</source>
            <translation>&amp;Channel:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Opgave:</source>
            <translation>T&amp;ask:</translation>
        </message>
        <message>
            <source>&amp;Registrér (Enter)</source>
            <translation>&amp;Register (Enter)</translation>
        </message>
        <message>
            <source>Registrér henvendelsen</source>
            <translation>Register the contact</translation>
        </message>
        <message>
            <source>Gem og ryd til den næste (Enter)</source>
            <translation>Save and clear for the next one (Enter)</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Luk (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Registreret: %1, %2, %3. I dag: %4.</source>
            <translation>Registered: %1, %2, %3. Today: %4.</translation>
        </message>
    </context>
    <context>
        <name>ReferralFields</name>
        <message>
            <source>Ingen henvisning til et sted</source>
            <translation>No referral to a place</translation>
        </message>
        <message>
            <source>Opgave ikke angivet</source>
            <translation>Task not given</translation>
        </message>
        <message>
            <source>%1 (hjælpested)</source>
            <translation>%1 (help point)</translation>
        </message>
        <message>
            <source>Henvis til</source>
            <translation>Refer to</translation>
        </message>
        <message>
            <source>Et andet af kommunens steder eller et hjælpested; stedet ser ikke noten</source>
            <translation>Another site of the municipality or a help point; the place does not see the note</translation>
        </message>
        <message>
            <source>Opgave for henvisningen</source>
            <translation>Task of the referral</translation>
        </message>
        <message>
            <source>Hvad borgeren skal have hjælp til dér</source>
            <translation>What the citizen needs help with there</translation>
        </message>
    </context>
    <context>
        <name>ReferredHerePanel</name>
        <message>
            <source>Henvist hertil</source>
            <translation>Referred here</translation>
        </message>
        <message>
            <source>&lt;b&gt;Henvist hertil&lt;/b&gt;</source>
            <translation>&lt;b&gt;Referred here&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Henvist fra</source>
            <translation>Referred from</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Borgere henvist hertil fra andre steder</source>
            <translation>Citizens referred here from other sites</translation>
        </message>
        <message>
            <source>borger kendt ved CPR (spørg en medarbejder)</source>
            <translation>citizen known by CPR (ask a staff member)</translation>
        </message>
        <message>
            <source>ikke angivet</source>
            <translation>not given</translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <source>Resultat</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Om niveauet</source>
            <translation>About the level</translation>
        </message>
        <message>
            <source>Digitalt udfordret</source>
            <translation>Digitally challenged</translation>
        </message>
        <message>
            <source>Barrierer</source>
            <translation>Barriers</translation>
        </message>
        <message>
            <source>Anbefaling</source>
            <translation>Recommendation</translation>
        </message>
        <message>
            <source>Sammenligning med sidste besøg</source>
            <translation>Comparison with the last visit</translation>
        </message>
        <message>
            <source>Dit skøn</source>
            <translation>Your judgement</translation>
        </message>
        <message>
            <source>Ændr ni&amp;veau:</source>
            <translation>Change &amp;level:</translation>
        </message>
        <message>
            <source>Ændr niveau</source>
            <translation>Change level</translation>
        </message>
        <message>
            <source>Sæt niveauet efter dit skøn (Alt+V)</source>
            <translation>Set the level by your own judgement (Alt+L)</translation>
        </message>
        <message>
            <source>Brug det beregnede niveau</source>
            <translation>Use the calculated level</translation>
        </message>
        <message>
            <source>Begr&amp;undelse:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Begrundelse for niveauet</source>
            <translation>Reason for the level</translation>
        </message>
        <message>
            <source>Hvorfor? (kræves, intet CPR-nummer)</source>
            <translation>Why? (required, no CPR number)</translation>
        </message>
        <message>
            <source>Begrundelsen gemmes sammen med niveauet (Alt+U)</source>
            <translation>The reason is saved with the level (Alt+R)</translation>
        </message>
        <message>
            <source>&amp;Gem niveau</source>
            <translation>Save lev&amp;el</translation>
        </message>
        <message>
            <source>Gem niveau</source>
            <translation>Save level</translation>
        </message>
        <message>
            <source>Gem dit niveau og begrundelsen (Alt+G, eller Enter i feltet)</source>
            <translation>Save your level and the reason (Alt+E, or Enter in the field)</translation>
        </message>
        <message>
            <source>Dit niveau</source>
            <translation>Your level</translation>
        </message>
        <message>
            <source>Din vej</source>
            <translation>Your route</translation>
        </message>
        <message>
            <source>Vælg en anden ve&amp;j:</source>
            <translation>Choose another ro&amp;ute:</translation>
        </message>
        <message>
            <source>Vælg en anden vej</source>
            <translation>Choose another route</translation>
        </message>
        <message>
            <source>Vælg vejen efter dit skøn (Alt+J)</source>
            <translation>Choose the route by your judgment (Alt+U)</translation>
        </message>
        <message>
            <source>Brug den anbefalede vej</source>
            <translation>Use the recommended route</translation>
        </message>
        <message>
            <source>Begrundelse for vejen</source>
            <translation>Reason for the route</translation>
        </message>
        <message>
            <source>Begrundelsen gemmes og logges sammen med vejen</source>
            <translation>The reason is saved and logged with the route</translation>
        </message>
        <message>
            <source>Gem vej</source>
            <translation>Save route</translation>
        </message>
        <message>
            <source>Gem vejen og begrundelsen (Enter i feltet)</source>
            <translation>Save the route and the reason (Enter in the field)</translation>
        </message>
        <message>
            <source>Niveau: ikke vurderet endnu</source>
            <translation>Level: not assessed yet</translation>
        </message>
        <message>
            <source>Tast svarene til venstre; resultatet vises her.</source>
            <translation>Type the answers on the left; the result is shown here.</translation>
        </message>
        <message>
            <source>Niveau: ikke afklaret (%1–%2)</source>
            <translation>Level: not settled (%1–%2)</translation>
        </message>
        <message>
            <source>Mindst %1, højst %2. Besvar resten, fx de observerede punkter under ærindet.</source>
            <translation>At least %1, at most %2. Answer the rest, e.g. the observed items during the errand.</translation>
        </message>
        <message>
            <source>Niveau %1</source>
            <translation>Level %1</translation>
        </message>
        <message>
            <source>Sat af dig (beregnet: %1).</source>
            <translation>Set by you (calculated: %1).</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>nej</source>
            <translation>no</translation>
        </message>
        <message>
            <source>ikke afklaret endnu</source>
            <translation>not settled yet</translation>
        </message>
        <message>
            <source>&lt;b&gt;Digitalt udfordret&lt;/b&gt; (Danmarks Statistiks definition): %1</source>
            <translation>&lt;b&gt;Digitally challenged&lt;/b&gt; (Statistics Denmark's definition): %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Barrierer:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Barriers:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>ingen fundet indtil nu</source>
            <translation>none found so far</translation>
        </message>
        <message>
            <source>&lt;b&gt;Anbefaling:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Recommendation:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>(foreløbig)</source>
            <translation>(provisional)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vej valgt af dig:&lt;/b&gt; %1 – %2</source>
            <translation>&lt;b&gt;Route chosen by you:&lt;/b&gt; %1 – %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tilbyd også:&lt;/b&gt; %1 – %2</source>
            <translation>&lt;b&gt;Also offer:&lt;/b&gt; %1 – %2</translation>
        </message>
        <message>
            <source>&lt;i&gt;Ikke relevant:&lt;/i&gt; %1 – %2</source>
            <translation>&lt;i&gt;Not relevant:&lt;/i&gt; %1 – %2</translation>
        </message>
        <message>
            <source>Ingen tidligere kompetenceafklaring af borgeren.</source>
            <translation>No earlier skills assessment of the citizen.</translation>
        </message>
        <message>
            <source>ikke afklaret (%1–%2)</source>
            <translation>not settled (%1–%2)</translation>
        </message>
        <message>
            <source>ikke vurderet endnu</source>
            <translation>not assessed yet</translation>
        </message>
        <message>
            <source>bedre end sidst</source>
            <translation>better than last time</translation>
        </message>
        <message>
            <source>svagere end sidst</source>
            <translation>weaker than last time</translation>
        </message>
        <message>
            <source>som sidst</source>
            <translation>as last time</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sidst&lt;/b&gt; (%1): %2&lt;br&gt;&lt;b&gt;Nu:&lt;/b&gt; %3&lt;br&gt;%4</source>
            <translation>&lt;b&gt;Last time&lt;/b&gt; (%1): %2&lt;br&gt;&lt;b&gt;Now:&lt;/b&gt; %3&lt;br&gt;%4</translation>
        </message>
        <message>
            <source>Dit niveau gælder. Begrundelse: %1</source>
            <translation>Your level applies. Reason: %1</translation>
        </message>
        <message>
            <source>Det beregnede niveau gælder.</source>
            <translation>The calculated level applies.</translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message>
            <source>Genoptag besøg</source>
            <translation>Resume visit</translation>
        </message>
        <message>
            <source>Disse besøg blev ikke afsluttet sidst. Vil du fortsætte et af dem?</source>
            <translation>These visits were not closed last time. Do you want to continue one of them?</translation>
        </message>
        <message>
            <source>Vælg det besøg, du vil fortsætte.</source>
            <translation>Choose the visit you want to continue.</translation>
        </message>
        <message>
            <source>Åbne besøg</source>
            <translation>Open visits</translation>
        </message>
        <message>
            <source>Fortsæt besøget</source>
            <translation>Continue the visit</translation>
        </message>
        <message>
            <source>Ikke nu</source>
            <translation>Not now</translation>
        </message>
    </context>
    <context>
        <name>RouteEvidence</name>
        <message>
            <source>borgere med niveau ikke afklaret</source>
            <translation>citizens with the level not settled</translation>
        </message>
        <message>
            <source>borgere på niveau %1</source>
            <translation>citizens at level %1</translation>
        </message>
        <message>
            <source>»%1«: for få tilfælde (%2 %3 med kendt næste gang; mindst %4)</source>
            <translation>“%1”: too few cases (%2 %3 with a known next time; at least %4)</translation>
        </message>
        <message>
            <source>Af %1 %2 med vejen »%3« til %4 klarede %5 den selv næste gang (inden for 12 måneder) – sandsynligvis mellem %6 og %7.</source>
            <translation>Of %1 %2 with the route “%3” for %4, %5 managed it alone the next time (within 12 months) – probably between %6 and %7.</translation>
        </message>
        <message>
            <source>De, der nåede dertil, brugte i snit %1 besøg med ærindet.</source>
            <translation>Those who got there needed %1 visits with the errand on average.</translation>
        </message>
        <message>
            <source>ikke angivet</source>
            <translation>not stated</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; – borgeren har ærindet: %2.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; – the citizen has this errand: %2.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vej for dette ærinde:&lt;/b&gt; %1.</source>
            <translation>&lt;b&gt;Route for this errand:&lt;/b&gt; %1.</translation>
        </message>
        <message>
            <source>Kun borgere med de samme barrierer.</source>
            <translation>Only citizens with the same barriers.</translation>
        </message>
        <message>
            <source>%1 uden nyt inden for 12 måneder er ikke talt med.</source>
            <translation>%1 with no news within 12 months are not counted.</translation>
        </message>
        <message>
            <source>aldrig</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Tallene viser, hvad der skete for andre – ikke at vejen var årsagen. Statistikken er opdateret %1.</source>
            <translation>The figures show what happened to others – not that the route was the cause. The statistics are updated to %1.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Log ind – Medbetjening</source>
            <translation>Sign in – Medbetjening</translation>
        </message>
        <message>
            <source>Log ind</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <source>Vælg din profil. Har profilen en adgangskode, skal du skrive den.</source>
            <translation>Choose your profile. If the profile has a password, type it.</translation>
        </message>
        <message>
            <source>Brugernavn på pc'en: %1</source>
            <translation>User name on the PC: %1</translation>
        </message>
        <message>
            <source>Brugernavn på pc'en</source>
            <translation>User name on the PC</translation>
        </message>
        <message>
            <source>Profil</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Din medarbejderprofil</source>
            <translation>Your staff profile</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Ny adgangskode</source>
            <translation>New password</translation>
        </message>
        <message>
            <source>Mindst 8 tegn; en sætning er let at huske</source>
            <translation>At least 8 characters; a sentence is easy to remember</translation>
        </message>
        <message>
            <source>Gentag ny adgangskode</source>
            <translation>Repeat new password</translation>
        </message>
        <message>
            <source>&amp;Profil:</source>
            <translation>&amp;Profile:</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Ny adgangskode:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>&amp;Gentag:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>&amp;Log ind</source>
            <translation>&amp;Sign in</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>De to adgangskoder er ikke ens.</source>
            <translation>The two passwords are not the same.</translation>
        </message>
        <message>
            <source>Profilen har ingen adgangskode endnu. Vælg en adgangskode på mindst 8 tegn, og skriv den to gange.</source>
            <translation>The profile has no password yet. Choose a password of at least 8 characters, and type it twice.</translation>
        </message>
    </context>
    <context>
        <name>SiteAdminDialog</name>
        <message>
            <source>Steder</source>
            <translation>Sites</translation>
        </message>
        <message>
            <source>Kommunens steder</source>
            <translation>The municipality's sites</translation>
        </message>
        <message>
            <source>Stedets navn</source>
            <translation>Name of the site</translation>
        </message>
        <message>
            <source>fx Bibliotek Nord</source>
            <translation>e.g. North Library</translation>
        </message>
        <message>
            <source>Slags sted</source>
            <translation>Kind of site</translation>
        </message>
        <message>
            <source>&amp;Tilføj sted</source>
            <translation>&amp;Add site</translation>
        </message>
        <message>
            <source>&amp;Gem navn og slags</source>
            <translation>&amp;Save name and kind</translation>
        </message>
        <message>
            <source>L&amp;uk stedet</source>
            <translation>&amp;Close the site</translation>
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Sl&amp;ags:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>C&amp;lose</translation>
        </message>
        <message>
            <source>&amp;Steder (nummeret bruges på kommandolinjen):</source>
            <translation>S&amp;ites (the number is used on the command line):</translation>
        </message>
    </context>
    <context>
        <name>SitesModel</name>
        <message>
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Slags</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Aktive medarbejdere</source>
            <translation>Active staff</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Lukket %1</source>
            <translation>Closed %1</translation>
        </message>
        <message>
            <source>Åbent</source>
            <translation>Open</translation>
        </message>
    </context>
    <context>
        <name>StaffAccountsModel</name>
        <message>
            <source>Nr.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Brugernavn</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sidst logget ind</source>
            <translation>Last signed in</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>Nej</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Aktiv</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Deaktiveret</source>
            <translation>Deactivated</translation>
        </message>
    </context>
    <context>
        <name>StaffAdminDialog</name>
        <message>
            <source>Medarbejdere</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Medarbejderprofiler</source>
            <translation>Staff profiles</translation>
        </message>
        <message>
            <source>&amp;Profiler:</source>
            <translation>&amp;Profiles:</translation>
        </message>
        <message>
            <source>&amp;Ny medarbejder …</source>
            <translation>&amp;New staff member …</translation>
        </message>
        <message>
            <source>Ny medarbejder</source>
            <translation>New staff member</translation>
        </message>
        <message>
            <source>Rolle for den valgte</source>
            <translation>Role of the selected</translation>
        </message>
        <message>
            <source>&amp;Gem rolle</source>
            <translation>Save r&amp;ole</translation>
        </message>
        <message>
            <source>Gem rolle</source>
            <translation>Save role</translation>
        </message>
        <message>
            <source>&amp;Deaktivér</source>
            <translation>&amp;Deactivate</translation>
        </message>
        <message>
            <source>Deaktivér eller genaktivér</source>
            <translation>Deactivate or reactivate</translation>
        </message>
        <message>
            <source>Ny adgangskode for den valgte</source>
            <translation>New password for the selected</translation>
        </message>
        <message>
            <source>tom: vælges ved næste login</source>
            <translation>empty: chosen at the next sign-in</translation>
        </message>
        <message>
            <source>&amp;Sæt adgangskode</source>
            <translation>Se&amp;t password</translation>
        </message>
        <message>
            <source>Sæt adgangskode</source>
            <translation>Set password</translation>
        </message>
        <message>
            <source>Valgt medarbejder</source>
            <translation>Selected staff member</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>Pass&amp;word:</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Valgt: %1</source>
            <translation>Selected: %1</translation>
        </message>
        <message>
            <source>Gen&amp;aktivér</source>
            <translation>Re&amp;activate</translation>
        </message>
    </context>
    <context>
        <name>StaffBasisDialog</name>
        <message>
            <source>Grundlag for MitID-trin</source>
            <translation>Basis for a MitID step</translation>
        </message>
        <message>
            <source>Dette er et MitID- eller betalingstrin. Medarbejderen må kun gøre det med et grundlag. Hvilket?</source>
            <translation>This is a MitID or payment step. Staff may only do it with a basis. Which one?</translation>
        </message>
        <message>
            <source>Grundlag</source>
            <translation>Basis</translation>
        </message>
        <message>
            <source>Vælg grundlaget med piletasterne; Enter gemmer</source>
            <translation>Choose the basis with the arrow keys; Enter saves</translation>
        </message>
        <message>
            <source>Digital fuldmagt til medarbejderen</source>
            <translation>Digital power of attorney for the staff member</translation>
        </message>
        <message>
            <source>Værge</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <source>Borgeren tastede selv, mens jeg kiggede væk</source>
            <translation>The citizen typed while I looked away</translation>
        </message>
        <message>
            <source>Afklaringen siger, at borgeren ikke har MitID, så borgeren kan ikke have tastet sit MitID selv. Har borgeren alligevel MitID, så ret afklaringen.</source>
            <translation>The assessment says the citizen has no MitID, so the citizen cannot have typed their MitID. If the citizen does have MitID, correct the assessment.</translation>
        </message>
        <message>
            <source>Hvorfor borgeren ikke kan taste selv</source>
            <translation>Why the citizen cannot have typed</translation>
        </message>
    </context>
    <context>
        <name>TaskStatusModel</name>
        <message>
            <source>1 gang</source>
            <translation>once</translation>
        </message>
        <message>
            <source>%1 gange</source>
            <translation>%1 times</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Siden</source>
            <translation>Since</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Øvet i gruppe</source>
            <translation>Practised in a group</translation>
        </message>
        <message>
            <source>Senest</source>
            <translation>Latest</translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message>
            <source>Tid</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Citizen</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Flows</translation>
        </message>
        <message>
            <source>Kanal</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>%1 (booket %2)</source>
            <translation>%1 (booked %2)</translation>
        </message>
        <message>
            <source>Booket</source>
            <translation>Booked</translation>
        </message>
        <message>
            <source>Booket tid. Enter starter besøget for aftalen.</source>
            <translation>Booked time. Enter starts the visit for the appointment.</translation>
        </message>
    </context>
    <context>
        <name>TodayScreen</name>
        <message>
            <source>Dagens besøg</source>
            <translation>Today's visits</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Dagens besøg&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Today's visits&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Liste over dagens besøg</source>
            <translation>List of today's visits</translation>
        </message>
        <message>
            <source>Enter åbner det valgte besøg eller starter besøget for en booket tid</source>
            <translation>Enter opens the selected visit or starts the visit for a booked time</translation>
        </message>
        <message>
            <source>Ingen besøg i dag endnu. Tryk Ctrl+N for et nyt besøg.</source>
            <translation>No visits today yet. Press Ctrl+N for a new visit.</translation>
        </message>
        <message>
            <source>Ingen besøg i dag</source>
            <translation>No visits today</translation>
        </message>
        <message>
            <source>&amp;Nyt besøg</source>
            <translation>&amp;New visit</translation>
        </message>
        <message>
            <source>Nyt besøg</source>
            <translation>New visit</translation>
        </message>
        <message>
            <source>Start et nyt besøg (Ctrl+N)</source>
            <translation>Start a new visit (Ctrl+N)</translation>
        </message>
        <message>
            <source>Stedets kanal</source>
            <translation>The site's channel</translation>
        </message>
        <message>
            <source>Kanal for det nye besøg</source>
            <translation>Channel of the new visit</translation>
        </message>
        <message>
            <source>Skranke, bibliotek, telefon, video eller udgående; tælles i statistikken</source>
            <translation>Counter, library, phone, video or outreach; counted in the statistics</translation>
        </message>
        <message>
            <source>&amp;Kanal:</source>
            <translation>&amp;Channel:</translation>
        </message>
        <message>
            <source>Å&amp;bn besøg</source>
            <translation>&amp;Open visit</translation>
        </message>
        <message>
            <source>Åbn det valgte besøg</source>
            <translation>Open the selected visit</translation>
        </message>
        <message>
            <source>Åbn det valgte besøg (Enter)</source>
            <translation>Open the selected visit (Enter)</translation>
        </message>
        <message>
            <source>Ny &amp;aftale …</source>
            <translation>New &amp;appointment …</translation>
        </message>
        <message>
            <source>Tilføj en booket tid</source>
            <translation>Add a booked time</translation>
        </message>
        <message>
            <source>Skriv en booket tid ind i hånden</source>
            <translation>Enter a booked time by hand</translation>
        </message>
        <message>
            <source>&amp;Importér aftaler …</source>
            <translation>&amp;Import appointments …</translation>
        </message>
        <message>
            <source>Importér aftaler fra booking-systemet</source>
            <translation>Import appointments from the booking system</translation>
        </message>
        <message>
            <source>Hent bookede tider fra en iCalendar- (.ics) eller CSV-fil</source>
            <translation>Load booked times from an iCalendar (.ics) or CSV file</translation>
        </message>
    </context>
    <context>
        <name>VisitExportDialog</name>
        <message>
            <source>Eksportér besøg</source>
            <translation>Export visits</translation>
        </message>
        <message>
            <source>CSV til dansk Excel (semikolon)</source>
            <translation>CSV for Danish Excel (semicolon)</translation>
        </message>
        <message>
            <source>CSV (komma)</source>
            <translation>CSV (comma)</translation>
        </message>
        <message>
            <source>Excel-projektmappe (XLSX)</source>
            <translation>Excel workbook (XLSX)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Filformat</source>
            <translation>File format</translation>
        </message>
        <message>
            <source>Kun &amp;perioden</source>
            <translation>Only the &amp;period</translation>
        </message>
        <message>
            <source>Begræns til en periode</source>
            <translation>Limit to a period</translation>
        </message>
        <message>
            <source>Uden afkrydsning: alle besøg</source>
            <translation>Unticked: all visits</translation>
        </message>
        <message>
            <source>Fra dato</source>
            <translation>From date</translation>
        </message>
        <message>
            <source>Til dato</source>
            <translation>To date</translation>
        </message>
        <message>
            <source>Alle steder</source>
            <translation>All places</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>&amp;Anonymiseret (uden borgere, medarbejdere og noter)</source>
            <translation>&amp;Anonymised (no citizens, staff or notes)</translation>
        </message>
        <message>
            <source>Anonymiseret</source>
            <translation>Anonymised</translation>
        </message>
        <message>
            <source>Grupper med færre end 5 besøg vises ikke</source>
            <translation>Groups of fewer than 5 visits are not shown</translation>
        </message>
        <message>
            <source>&amp;Maskinkoder (til scripts)</source>
            <translation>Machine &amp;codes (for scripts)</translation>
        </message>
        <message>
            <source>Maskinkoder i stedet for ord</source>
            <translation>Machine codes instead of words</translation>
        </message>
        <message>
            <source>Maskinkoder og forløbenes id i stedet for danske ord (til scripts)</source>
            <translation>Machine codes and the flows' ids instead of Danish words (for scripts)</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Hvor filen gemmes</source>
            <translation>Where the file is saved</translation>
        </message>
        <message>
            <source>&amp;Vælg …</source>
            <translation>&amp;Choose …</translation>
        </message>
        <message>
            <source>Vælg fil</source>
            <translation>Choose file</translation>
        </message>
        <message>
            <source>Vælg hvor filen gemmes</source>
            <translation>Choose where the file is saved</translation>
        </message>
        <message>
            <source>Fremskridt</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Eksportér</source>
            <translation>&amp;Export</translation>
        </message>
        <message>
            <source>Start eksporten</source>
            <translation>Start the export</translation>
        </message>
        <message>
            <source>&amp;Afbryd</source>
            <translation>Ca&amp;ncel</translation>
        </message>
        <message>
            <source>Afbryd eksporten</source>
            <translation>Cancel the export</translation>
        </message>
        <message>
            <source>Stop eksporten; der gemmes ingen halv fil</source>
            <translation>Stop the export; no half file is saved</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Periode:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>&amp;Sted:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <source>F&amp;il:</source>
            <translation>F&amp;ile:</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Eksporterer …</source>
            <translation>Exporting …</translation>
        </message>
        <message>
            <source>%1 besøg gemt i %2</source>
            <translation>%1 visits saved in %2</translation>
        </message>
        <message>
            <source>Eksporten mislykkedes: %1</source>
            <translation>The export failed: %1</translation>
        </message>
        <message>
            <source>Eksporten er afbrudt; der er ikke gemt nogen fil.</source>
            <translation>The export was cancelled; no file was saved.</translation>
        </message>
        <message>
            <source>CSV-fil (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <source>Excel-fil (*.xlsx)</source>
            <translation>Excel file (*.xlsx)</translation>
        </message>
        <message>
            <source>Gem besøg</source>
            <translation>Save visits</translation>
        </message>
    </context>
    <context>
        <name>VisitScreen</name>
        <message>
            <source>Besøg</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Besøgets oplysninger</source>
            <translation>About the visit</translation>
        </message>
        <message>
            <source>← Tilbage til &amp;dagens besøg</source>
            <translation>← &amp;Back to today's visits</translation>
        </message>
        <message>
            <source>Tilbage til dagens besøg</source>
            <translation>Back to today's visits</translation>
        </message>
        <message>
            <source>Besøget forbliver åbent (Esc)</source>
            <translation>The visit stays open (Esc)</translation>
        </message>
        <message>
            <source>Besøgets trin</source>
            <translation>Parts of the visit</translation>
        </message>
        <message>
            <source>Besøget er oprettet og gemt.</source>
            <translation>The visit has been created and saved.</translation>
        </message>
        <message>
            <source>Besøget er oprettet</source>
            <translation>The visit has been created</translation>
        </message>
        <message>
            <source>Besøg nr. %1 · startet %2 · %3 · %4 · %5</source>
            <translation>Visit no. %1 · started %2 · %3 · %4 · %5</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Registrér en workshop</source>
            <translation>Record a workshop</translation>
        </message>
        <message>
            <source> min.</source>
            <translation> min.</translation>
        </message>
        <message>
            <source>Emner</source>
            <translation>Topics</translation>
        </message>
        <message>
            <source>Det, der blev øvet: et emne eller et forløb</source>
            <translation>What was practised: a topic or a flow</translation>
        </message>
        <message>
            <source>Undervisere</source>
            <translation>Instructors</translation>
        </message>
        <message>
            <source>Medarbejdere og frivillige, der underviste</source>
            <translation>Staff and volunteers who taught</translation>
        </message>
        <message>
            <source>Deltagere uden borgerkode (antal pr. aldersgruppe)</source>
            <translation>Participants without a citizen code (number per age group)</translation>
        </message>
        <message>
            <source>Deltagere: %1</source>
            <translation>Participants: %1</translation>
        </message>
        <message>
            <source>Antal deltagere uden borgerkode: %1</source>
            <translation>Number of participants without a citizen code: %1</translation>
        </message>
        <message>
            <source>fx K7M-4PX, ABC-DEF</source>
            <translation>e.g. K7M-4PX, ABC-DEF</translation>
        </message>
        <message>
            <source>Besked om workshoppen</source>
            <translation>Message about the workshop</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Dagen, workshoppen blev holdt</source>
            <translation>The day the workshop was held</translation>
        </message>
        <message>
            <source>Varighed</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Varighed i minutter</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <source>Slags</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Kursus, it-café eller holdundervisning</source>
            <translation>Course, IT café or group lesson</translation>
        </message>
        <message>
            <source>Deltagere med borgerkode</source>
            <translation>Participants with a citizen code</translation>
        </message>
        <message>
            <source>Borgerkoderne fra udskriften, adskilt af komma eller linjeskift</source>
            <translation>The citizen codes from the handout, separated by commas or line breaks</translation>
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <source>&amp;Varighed:</source>
            <translation>D&amp;uration:</translation>
        </message>
        <message>
            <source>&amp;Slags:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>&amp;Emner:</source>
            <translation>&amp;Topics:</translation>
        </message>
        <message>
            <source>&amp;Undervisere:</source>
            <translation>&amp;Instructors:</translation>
        </message>
        <message>
            <source>&amp;Borgerkoder:</source>
            <translation>Citi&amp;zen codes:</translation>
        </message>
        <message>
            <source>&amp;Gem workshop</source>
            <translation>&amp;Save workshop</translation>
        </message>
        <message>
            <source>Gem workshoppen</source>
            <translation>Save the workshop</translation>
        </message>
        <message>
            <source>Gem og ryd til den næste</source>
            <translation>Save and clear for the next one</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Luk (Esc)</source>
            <translation>Close (Esc)</translation>
        </message>
        <message>
            <source>Workshoppens oplysninger</source>
            <translation>The workshop's details</translation>
        </message>
        <message>
            <source>Workshop nr. %1 gemt: %2 deltagere, heraf %3 med borgerkode.</source>
            <translation>Workshop no. %1 saved: %2 participants, %3 of them with a citizen code.</translation>
        </message>
    </context>
</TS>
