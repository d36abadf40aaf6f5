<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
    <context>
        <name>App</name>
        <message>
            <source>Databasen kan ikke åbnes</source>
            <translation>The database cannot be opened</translation>
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
            <source>Medarbejder</source>
            <translation>Staff member</translation>
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
            <source>Andet</source>
            <translation>Other</translation>
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
            <source>&amp;Opdatér</source>
            <translation>Re&amp;fresh</translation>
        </message>
        <message>
            <source>Hent listen igen</source>
            <translation>Reload the list</translation>
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
            <source>Database i brug</source>
            <translation>Database in use</translation>
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
            <source>Sproget skifter, næste gang programmet starter</source>
            <translation>The language changes the next time the program starts</translation>
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
            <source>Tekststørrelse og kontrast skifter med det samme.</source>
            <translation>Text size and contrast change at once.</translation>
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
        <name>SignIn</name>
        <message>
            <source>Vælg profil</source>
            <translation>Choose profile</translation>
        </message>
        <message>
            <source>Profil:</source>
            <translation>Profile:</translation>
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
            <source>Enter åbner det valgte besøg</source>
            <translation>Enter opens the selected visit</translation>
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
            <source>← &amp;Tilbage til dagens besøg</source>
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
</TS>
