<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
    <context>
        <name>App</name>
        <message>
            <source>Databasen kan ikke åbnes</source>
            <translation>Databasen kan ikke åbnes</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Velkommen til Medbetjening</source>
            <translation>Velkommen til Medbetjening</translation>
        </message>
        <message>
            <source>Første opstart</source>
            <translation>Første opstart</translation>
        </message>
        <message>
            <source>Skriv navnet på stedet (fx Borgerservice Rådhuset eller Hovedbiblioteket) og dit eget navn. Den første profil bliver teamleder og kan oprette flere.</source>
            <translation>Skriv navnet på stedet (fx Borgerservice Rådhuset eller Hovedbiblioteket) og dit eget navn. Den første profil bliver teamleder og kan oprette flere.</translation>
        </message>
        <message>
            <source>Stedets navn</source>
            <translation>Stedets navn</translation>
        </message>
        <message>
            <source>fx Borgerservice Rådhuset</source>
            <translation>fx Borgerservice Rådhuset</translation>
        </message>
        <message>
            <source>Slags sted</source>
            <translation>Slags sted</translation>
        </message>
        <message>
            <source>Dit navn</source>
            <translation>Dit navn</translation>
        </message>
        <message>
            <source>Brugernavn på pc'en</source>
            <translation>Brugernavn på pc'en</translation>
        </message>
        <message>
            <source>&amp;Sted:</source>
            <translation>&amp;Sted:</translation>
        </message>
        <message>
            <source>Sla&amp;gs sted:</source>
            <translation>Sla&amp;gs sted:</translation>
        </message>
        <message>
            <source>Dit &amp;navn:</source>
            <translation>Dit &amp;navn:</translation>
        </message>
        <message>
            <source>&amp;Brugernavn:</source>
            <translation>&amp;Brugernavn:</translation>
        </message>
        <message>
            <source>Opret</source>
            <translation>Opret</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Kan ikke oprette</source>
            <translation>Kan ikke oprette</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Brugervejledning</source>
            <translation>Brugervejledning</translation>
        </message>
        <message>
            <source>Vejledningens tekst</source>
            <translation>Vejledningens tekst</translation>
        </message>
        <message>
            <source>Piletaster og Page Down læser videre</source>
            <translation>Piletaster og Page Down læser videre</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Skranke</source>
            <translation>Skranke</translation>
        </message>
        <message>
            <source>Bibliotek</source>
            <translation>Bibliotek</translation>
        </message>
        <message>
            <source>Telefon</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Interaktion</source>
            <translation>Interaktion</translation>
        </message>
        <message>
            <source>Transaktion</source>
            <translation>Transaktion</translation>
        </message>
        <message>
            <source>Åben</source>
            <translation>Åben</translation>
        </message>
        <message>
            <source>Afsluttet</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Digital ambassadør</source>
            <translation>Digital ambassadør</translation>
        </message>
        <message>
            <source>Teamleder</source>
            <translation>Teamleder</translation>
        </message>
        <message>
            <source>Borgerservice</source>
            <translation>Borgerservice</translation>
        </message>
        <message>
            <source>Andet</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>Anonym</source>
            <translation>Anonym</translation>
        </message>
        <message>
            <source>Kode %1</source>
            <translation>Kode %1</translation>
        </message>
        <message>
            <source>Borger nr. %1</source>
            <translation>Borger nr. %1</translation>
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
            <translation>Medbetjening – hovedvindue</translation>
        </message>
        <message>
            <source>&amp;Nyt besøg</source>
            <translation>&amp;Nyt besøg</translation>
        </message>
        <message>
            <source>Start et nyt besøg</source>
            <translation>Start et nyt besøg</translation>
        </message>
        <message>
            <source>&amp;Genoptag besøg …</source>
            <translation>&amp;Genoptag besøg …</translation>
        </message>
        <message>
            <source>Genoptag et åbent besøg</source>
            <translation>Genoptag et åbent besøg</translation>
        </message>
        <message>
            <source>&amp;Dagens besøg</source>
            <translation>&amp;Dagens besøg</translation>
        </message>
        <message>
            <source>Vis dagens besøg</source>
            <translation>Vis dagens besøg</translation>
        </message>
        <message>
            <source>&amp;Opdatér</source>
            <translation>&amp;Opdatér</translation>
        </message>
        <message>
            <source>Hent listen igen</source>
            <translation>Hent listen igen</translation>
        </message>
        <message>
            <source>&amp;Afslut</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>Luk programmet</source>
            <translation>Luk programmet</translation>
        </message>
        <message>
            <source>&amp;Om Medbetjening</source>
            <translation>&amp;Om Medbetjening</translation>
        </message>
        <message>
            <source>Version og database</source>
            <translation>Version og database</translation>
        </message>
        <message>
            <source>&amp;Brugervejledning</source>
            <translation>&amp;Brugervejledning</translation>
        </message>
        <message>
            <source>Sådan går et besøg, og genveje (F1)</source>
            <translation>Sådan går et besøg, og genveje (F1)</translation>
        </message>
        <message>
            <source>&amp;Indstillinger …</source>
            <translation>&amp;Indstillinger …</translation>
        </message>
        <message>
            <source>Sprog, tekststørrelse og høj kontrast</source>
            <translation>Sprog, tekststørrelse og høj kontrast</translation>
        </message>
        <message>
            <source>&amp;Filer</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;Besøg</source>
            <translation>&amp;Besøg</translation>
        </message>
        <message>
            <source>&amp;Hjælp</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>Database i brug</source>
            <translation>Database i brug</translation>
        </message>
        <message>
            <source>Logget ind som</source>
            <translation>Logget ind som</translation>
        </message>
        <message>
            <source>Kan ikke starte besøget</source>
            <translation>Kan ikke starte besøget</translation>
        </message>
        <message>
            <source>Kan ikke åbne besøget</source>
            <translation>Kan ikke åbne besøget</translation>
        </message>
        <message>
            <source>Genoptag besøg</source>
            <translation>Genoptag besøg</translation>
        </message>
        <message>
            <source>Du har ingen åbne besøg.</source>
            <translation>Du har ingen åbne besøg.</translation>
        </message>
        <message>
            <source>Om Medbetjening</source>
            <translation>Om Medbetjening</translation>
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
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>Sprog</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>Sproget skifter, næste gang programmet starter</source>
            <translation>Sproget skifter, næste gang programmet starter</translation>
        </message>
        <message>
            <source>Som systemet</source>
            <translation>Som systemet</translation>
        </message>
        <message>
            <source>Tekststørrelse i procent</source>
            <translation>Tekststørrelse i procent</translation>
        </message>
        <message>
            <source>100 % er systemets tekststørrelse</source>
            <translation>100 % er systemets tekststørrelse</translation>
        </message>
        <message>
            <source>&amp;Høj kontrast (hvid og gul tekst på sort)</source>
            <translation>&amp;Høj kontrast (hvid og gul tekst på sort)</translation>
        </message>
        <message>
            <source>Høj kontrast</source>
            <translation>Høj kontrast</translation>
        </message>
        <message>
            <source>Tekststørrelse og kontrast skifter med det samme.</source>
            <translation>Tekststørrelse og kontrast skifter med det samme.</translation>
        </message>
        <message>
            <source>&amp;Sprog:</source>
            <translation>&amp;Sprog:</translation>
        </message>
        <message>
            <source>&amp;Tekststørrelse:</source>
            <translation>&amp;Tekststørrelse:</translation>
        </message>
        <message>
            <source>Gem</source>
            <translation>Gem</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Annullér</translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message>
            <source>Genoptag besøg</source>
            <translation>Genoptag besøg</translation>
        </message>
        <message>
            <source>Disse besøg blev ikke afsluttet sidst. Vil du fortsætte et af dem?</source>
            <translation>Disse besøg blev ikke afsluttet sidst. Vil du fortsætte et af dem?</translation>
        </message>
        <message>
            <source>Vælg det besøg, du vil fortsætte.</source>
            <translation>Vælg det besøg, du vil fortsætte.</translation>
        </message>
        <message>
            <source>Åbne besøg</source>
            <translation>Åbne besøg</translation>
        </message>
        <message>
            <source>Fortsæt besøget</source>
            <translation>Fortsæt besøget</translation>
        </message>
        <message>
            <source>Ikke nu</source>
            <translation>Ikke nu</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>Vælg profil</source>
            <translation>Vælg profil</translation>
        </message>
        <message>
            <source>Profil:</source>
            <translation>Profil:</translation>
        </message>
    </context>
    <context>
        <name>TodayModel</name>
        <message>
            <source>Tid</source>
            <translation>Tid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Kanal</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Medarbejder</translation>
        </message>
    </context>
    <context>
        <name>TodayScreen</name>
        <message>
            <source>Dagens besøg</source>
            <translation>Dagens besøg</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Dagens besøg&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Dagens besøg&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Liste over dagens besøg</source>
            <translation>Liste over dagens besøg</translation>
        </message>
        <message>
            <source>Enter åbner det valgte besøg</source>
            <translation>Enter åbner det valgte besøg</translation>
        </message>
        <message>
            <source>Ingen besøg i dag endnu. Tryk Ctrl+N for et nyt besøg.</source>
            <translation>Ingen besøg i dag endnu. Tryk Ctrl+N for et nyt besøg.</translation>
        </message>
        <message>
            <source>Ingen besøg i dag</source>
            <translation>Ingen besøg i dag</translation>
        </message>
        <message>
            <source>&amp;Nyt besøg</source>
            <translation>&amp;Nyt besøg</translation>
        </message>
        <message>
            <source>Nyt besøg</source>
            <translation>Nyt besøg</translation>
        </message>
        <message>
            <source>Start et nyt besøg (Ctrl+N)</source>
            <translation>Start et nyt besøg (Ctrl+N)</translation>
        </message>
        <message>
            <source>Å&amp;bn besøg</source>
            <translation>Å&amp;bn besøg</translation>
        </message>
        <message>
            <source>Åbn det valgte besøg</source>
            <translation>Åbn det valgte besøg</translation>
        </message>
        <message>
            <source>Åbn det valgte besøg (Enter)</source>
            <translation>Åbn det valgte besøg (Enter)</translation>
        </message>
    </context>
    <context>
        <name>VisitScreen</name>
        <message>
            <source>Besøg</source>
            <translation>Besøg</translation>
        </message>
        <message>
            <source>Besøgets oplysninger</source>
            <translation>Besøgets oplysninger</translation>
        </message>
        <message>
            <source>← &amp;Tilbage til dagens besøg</source>
            <translation>← &amp;Tilbage til dagens besøg</translation>
        </message>
        <message>
            <source>Tilbage til dagens besøg</source>
            <translation>Tilbage til dagens besøg</translation>
        </message>
        <message>
            <source>Besøget forbliver åbent (Esc)</source>
            <translation>Besøget forbliver åbent (Esc)</translation>
        </message>
        <message>
            <source>Besøgets trin</source>
            <translation>Besøgets trin</translation>
        </message>
        <message>
            <source>Besøget er oprettet og gemt.</source>
            <translation>Besøget er oprettet og gemt.</translation>
        </message>
        <message>
            <source>Besøget er oprettet</source>
            <translation>Besøget er oprettet</translation>
        </message>
        <message>
            <source>Besøg nr. %1 · startet %2 · %3 · %4 · %5</source>
            <translation>Besøg nr. %1 · startet %2 · %3 · %4 · %5</translation>
        </message>
    </context>
</TS>
