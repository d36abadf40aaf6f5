<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="da_DK">
    <context>
        <name>AdminActions</name>
        <message>
            <source>&amp;Medarbejdere …</source>
            <translation>&amp;Medarbejdere …</translation>
        </message>
        <message>
            <source>Opret medarbejdere, skift rolle, deaktivér (teamleder)</source>
            <translation>Opret medarbejdere, skift rolle, deaktivér (teamleder)</translation>
        </message>
        <message>
            <source>&amp;Steder …</source>
            <translation>&amp;Steder …</translation>
        </message>
        <message>
            <source>Tilføj, omdøb og luk steder: borgerservice, bibliotek, jobcenter, udkørende</source>
            <translation>Tilføj, omdøb og luk steder: borgerservice, bibliotek, jobcenter, udkørende</translation>
        </message>
        <message>
            <source>&amp;Hjælpesteder …</source>
            <translation>&amp;Hjælpesteder …</translation>
        </message>
        <message>
            <source>Steder uden for kommunen, borgere kan henvises til (teamleder)</source>
            <translation>Steder uden for kommunen, borgere kan henvises til (teamleder)</translation>
        </message>
        <message>
            <source>Regler for &amp;kommunen …</source>
            <translation>Regler for &amp;kommunen …</translation>
        </message>
        <message>
            <source>Slettefrister og delte pc'er – for alle kommunens pc'er (teamleder)</source>
            <translation>Slettefrister og delte pc'er – for alle kommunens pc'er (teamleder)</translation>
        </message>
        <message>
            <source>&amp;Revisionslog …</source>
            <translation>&amp;Revisionslog …</translation>
        </message>
        <message>
            <source>Hvem har set, eksporteret eller slettet borgerdata (teamleder)</source>
            <translation>Hvem har set, eksporteret eller slettet borgerdata (teamleder)</translation>
        </message>
        <message>
            <source>&amp;Borgerens rettigheder …</source>
            <translation>&amp;Borgerens rettigheder …</translation>
        </message>
        <message>
            <source>Indsigt i og sletning af en borgers data (teamleder)</source>
            <translation>Indsigt i og sletning af en borgers data (teamleder)</translation>
        </message>
        <message>
            <source>&amp;Log af …</source>
            <translation>&amp;Log af …</translation>
        </message>
        <message>
            <source>Log af og lad en anden logge ind (uden at lukke programmet)</source>
            <translation>Log af og lad en anden logge ind (uden at lukke programmet)</translation>
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
            <translation>Databasen kan ikke åbnes</translation>
        </message>
    </context>
    <context>
        <name>AppointmentDialog</name>
        <message>
            <source>Ny aftale</source>
            <translation>Ny aftale</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Klokkeslæt</source>
            <translation>Klokkeslæt</translation>
        </message>
        <message>
            <source> min.</source>
            <translation> min.</translation>
        </message>
        <message>
            <source>ikke angivet</source>
            <translation>ikke angivet</translation>
        </message>
        <message>
            <source>Varighed i minutter</source>
            <translation>Varighed i minutter</translation>
        </message>
        <message>
            <source>fx Pas, MitID, Digital Post</source>
            <translation>fx Pas, MitID, Digital Post</translation>
        </message>
        <message>
            <source>Ærinde</source>
            <translation>Ærinde</translation>
        </message>
        <message>
            <source>Skriv ærindet – ikke borgerens navn eller CPR-nummer</source>
            <translation>Skriv ærindet – ikke borgerens navn eller CPR-nummer</translation>
        </message>
        <message>
            <source>fx K7M-4PX (valgfri)</source>
            <translation>fx K7M-4PX (valgfri)</translation>
        </message>
        <message>
            <source>Borgerkode</source>
            <translation>Borgerkode</translation>
        </message>
        <message>
            <source>Borgerkoden fra udskriften; besøget knyttes til borgeren</source>
            <translation>Borgerkoden fra udskriften; besøget knyttes til borgeren</translation>
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <source>&amp;Klokken:</source>
            <translation>&amp;Klokken:</translation>
        </message>
        <message>
            <source>&amp;Varighed:</source>
            <translation>&amp;Varighed:</translation>
        </message>
        <message>
            <source>Æ&amp;rinde:</source>
            <translation>Æ&amp;rinde:</translation>
        </message>
        <message>
            <source>&amp;Borgerkode:</source>
            <translation>&amp;Borgerkode:</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Besked</translation>
        </message>
        <message>
            <source>&amp;Gem aftalen</source>
            <translation>&amp;Gem aftalen</translation>
        </message>
        <message>
            <source>&amp;Annullér</source>
            <translation>&amp;Annullér</translation>
        </message>
    </context>
    <context>
        <name>AppointmentImport</name>
        <message>
            <source>Importér aftaler</source>
            <translation>Importér aftaler</translation>
        </message>
        <message>
            <source>Tidsbestillinger (*.ics *.csv);;Alle filer (*)</source>
            <translation>Tidsbestillinger (*.ics *.csv);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Importerer %1 …</source>
            <translation>Importerer %1 …</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Aftaler importeret</source>
            <translation>Aftaler importeret</translation>
        </message>
        <message>
            <source>Filen blev ikke importeret</source>
            <translation>Filen blev ikke importeret</translation>
        </message>
    </context>
    <context>
        <name>AssessmentPanel</name>
        <message>
            <source>Kompetence</source>
            <translation>Kompetence</translation>
        </message>
        <message>
            <source>Kompetenceafklaring</source>
            <translation>Kompetenceafklaring</translation>
        </message>
        <message>
            <source>Advarsel om kompetenceafklaringens fil</source>
            <translation>Advarsel om kompetenceafklaringens fil</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Besked</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Spørg borgeren (Alt+S)</source>
            <translation>Spørg borgeren (Alt+S)</translation>
        </message>
        <message>
            <source>Observér under ærindet – kan besvares senere (Alt+O)</source>
            <translation>Observér under ærindet – kan besvares senere (Alt+O)</translation>
        </message>
        <message>
            <source>Tast svaret (tallet eller bogstavet på knappen). Tab eller Enter: videre uden svar. Tilbage-tast: slet svaret.</source>
            <translation>Tast svaret (tallet eller bogstavet på knappen). Tab eller Enter: videre uden svar. Tilbage-tast: slet svaret.</translation>
        </message>
        <message>
            <source>Spørgsmål</source>
            <translation>Spørgsmål</translation>
        </message>
        <message>
            <source>Filen med kompetenceafklaringen har fejl; den sidste gyldige udgave bruges.</source>
            <translation>Filen med kompetenceafklaringen har fejl; den sidste gyldige udgave bruges.</translation>
        </message>
        <message>
            <source>Filen med kompetenceafklaringen har fejl.</source>
            <translation>Filen med kompetenceafklaringen har fejl.</translation>
        </message>
        <message>
            <source>… og %1 fejl mere.</source>
            <translation>… og %1 fejl mere.</translation>
        </message>
    </context>
    <context>
        <name>AuditDialog</name>
        <message>
            <source>Revisionslog</source>
            <translation>Revisionslog</translation>
        </message>
        <message>
            <source>Fra dato</source>
            <translation>Fra dato</translation>
        </message>
        <message>
            <source>Til dato</source>
            <translation>Til dato</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Alle handlinger</source>
            <translation>Alle handlinger</translation>
        </message>
        <message>
            <source>Alt om borgere</source>
            <translation>Alt om borgere</translation>
        </message>
        <message>
            <source>Alle eksporter</source>
            <translation>Alle eksporter</translation>
        </message>
        <message>
            <source>Medarbejdere og login</source>
            <translation>Medarbejdere og login</translation>
        </message>
        <message>
            <source>Søg i loggen</source>
            <translation>Søg i loggen</translation>
        </message>
        <message>
            <source>navn, handling eller detalje</source>
            <translation>navn, handling eller detalje</translation>
        </message>
        <message>
            <source>&amp;Vis</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>Vis hændelser</source>
            <translation>Vis hændelser</translation>
        </message>
        <message>
            <source>&amp;Fra:</source>
            <translation>&amp;Fra:</translation>
        </message>
        <message>
            <source>&amp;Til:</source>
            <translation>&amp;Til:</translation>
        </message>
        <message>
            <source>&amp;Handling:</source>
            <translation>&amp;Handling:</translation>
        </message>
        <message>
            <source>&amp;Søg:</source>
            <translation>&amp;Søg:</translation>
        </message>
        <message>
            <source>Hændelser i revisionsloggen</source>
            <translation>Hændelser i revisionsloggen</translation>
        </message>
        <message>
            <source>Nyeste først; flere hentes, når du ruller ned</source>
            <translation>Nyeste først; flere hentes, når du ruller ned</translation>
        </message>
        <message>
            <source>Antal hændelser</source>
            <translation>Antal hændelser</translation>
        </message>
        <message>
            <source>Eksport i gang</source>
            <translation>Eksport i gang</translation>
        </message>
        <message>
            <source>Afbryd</source>
            <translation>Afbryd</translation>
        </message>
        <message>
            <source>Afbryd eksporten</source>
            <translation>Afbryd eksporten</translation>
        </message>
        <message>
            <source>&amp;Eksportér CSV …</source>
            <translation>&amp;Eksportér CSV …</translation>
        </message>
        <message>
            <source>Eksportér som CSV</source>
            <translation>Eksportér som CSV</translation>
        </message>
        <message>
            <source>Gem de viste hændelser som CSV (til Excel)</source>
            <translation>Gem de viste hændelser som CSV (til Excel)</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Luk revisionsloggen</source>
            <translation>Luk revisionsloggen</translation>
        </message>
        <message>
            <source>%1 hændelser</source>
            <translation>%1 hændelser</translation>
        </message>
        <message>
            <source>Eksportér revisionslog</source>
            <translation>Eksportér revisionslog</translation>
        </message>
        <message>
            <source>CSV-filer (*.csv)</source>
            <translation>CSV-filer (*.csv)</translation>
        </message>
        <message>
            <source>%1 hændelser gemt i %2</source>
            <translation>%1 hændelser gemt i %2</translation>
        </message>
        <message>
            <source>Eksport mislykkedes</source>
            <translation>Eksport mislykkedes</translation>
        </message>
        <message>
            <source>Eksporten blev afbrudt.</source>
            <translation>Eksporten blev afbrudt.</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Tidspunkt</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Handling</source>
            <translation>Handling</translation>
        </message>
        <message>
            <source>Gælder</source>
            <translation>Gælder</translation>
        </message>
        <message>
            <source>Detaljer</source>
            <translation>Detaljer</translation>
        </message>
    </context>
    <context>
        <name>CaseNoteDialog</name>
        <message>
            <source>Journalnotat – besøg nr. %1</source>
            <translation>Journalnotat – besøg nr. %1</translation>
        </message>
        <message>
            <source>Journalnotat</source>
            <translation>Journalnotat</translation>
        </message>
        <message>
            <source>Kopiér notatet ind i kommunens sagssystem. Det gemmes ikke her ud over besøgets egne oplysninger.</source>
            <translation>Kopiér notatet ind i kommunens sagssystem. Det gemmes ikke her ud over besøgets egne oplysninger.</translation>
        </message>
        <message>
            <source>Journalnotatets tekst</source>
            <translation>Journalnotatets tekst</translation>
        </message>
        <message>
            <source>&amp;Kopiér</source>
            <translation>&amp;Kopiér</translation>
        </message>
        <message>
            <source>Kopiér journalnotatet</source>
            <translation>Kopiér journalnotatet</translation>
        </message>
        <message>
            <source>Kopiér hele notatet til udklipsholderen (Ctrl+Shift+C)</source>
            <translation>Kopiér hele notatet til udklipsholderen (Ctrl+Shift+C)</translation>
        </message>
        <message>
            <source>Gem som &amp;tekst …</source>
            <translation>Gem som &amp;tekst …</translation>
        </message>
        <message>
            <source>Gem journalnotatet som tekstfil</source>
            <translation>Gem journalnotatet som tekstfil</translation>
        </message>
        <message>
            <source>Gem som .txt (UTF-8)</source>
            <translation>Gem som .txt (UTF-8)</translation>
        </message>
        <message>
            <source>Gem som &amp;PDF …</source>
            <translation>Gem som &amp;PDF …</translation>
        </message>
        <message>
            <source>Gem journalnotatet som PDF</source>
            <translation>Gem journalnotatet som PDF</translation>
        </message>
        <message>
            <source>Gem som PDF</source>
            <translation>Gem som PDF</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Luk journalnotatet</source>
            <translation>Luk journalnotatet</translation>
        </message>
        <message>
            <source>Notatet er kopieret.</source>
            <translation>Notatet er kopieret.</translation>
        </message>
        <message>
            <source>Gemt: %1</source>
            <translation>Gemt: %1</translation>
        </message>
        <message>
            <source>Gem journalnotat</source>
            <translation>Gem journalnotat</translation>
        </message>
        <message>
            <source>Tekstfil (*.txt)</source>
            <translation>Tekstfil (*.txt)</translation>
        </message>
        <message>
            <source>PDF-fil (*.pdf)</source>
            <translation>PDF-fil (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Skift adgangskode</source>
            <translation>Skift adgangskode</translation>
        </message>
        <message>
            <source>Nuværende adgangskode</source>
            <translation>Nuværende adgangskode</translation>
        </message>
        <message>
            <source>Ny adgangskode</source>
            <translation>Ny adgangskode</translation>
        </message>
        <message>
            <source>Gentag ny adgangskode</source>
            <translation>Gentag ny adgangskode</translation>
        </message>
        <message>
            <source>&amp;Nuværende:</source>
            <translation>&amp;Nuværende:</translation>
        </message>
        <message>
            <source>N&amp;y:</source>
            <translation>N&amp;y:</translation>
        </message>
        <message>
            <source>Gen&amp;tag:</source>
            <translation>Gen&amp;tag:</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Besked</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>De to nye adgangskoder er ikke ens.</source>
            <translation>De to nye adgangskoder er ikke ens.</translation>
        </message>
    </context>
    <context>
        <name>ChartCard</name>
        <message>
            <source>Nøgletal for %1</source>
            <translation>Nøgletal for %1</translation>
        </message>
        <message>
            <source>Diagram: %1</source>
            <translation>Diagram: %1</translation>
        </message>
        <message>
            <source>Gem som billede …</source>
            <translation>Gem som billede …</translation>
        </message>
        <message>
            <source>Gem %1 som PNG-billede</source>
            <translation>Gem %1 som PNG-billede</translation>
        </message>
        <message>
            <source>Gem diagrammet som PNG</source>
            <translation>Gem diagrammet som PNG</translation>
        </message>
        <message>
            <source>Eksportér tal …</source>
            <translation>Eksportér tal …</translation>
        </message>
        <message>
            <source>Eksportér tallene bag %1</source>
            <translation>Eksportér tallene bag %1</translation>
        </message>
        <message>
            <source>Gem tallene som CSV (åbner i Excel)</source>
            <translation>Gem tallene som CSV (åbner i Excel)</translation>
        </message>
        <message>
            <source>Ingen data i perioden</source>
            <translation>Ingen data i perioden</translation>
        </message>
        <message>
            <source>Gem diagram</source>
            <translation>Gem diagram</translation>
        </message>
        <message>
            <source>PNG-billede (*.png)</source>
            <translation>PNG-billede (*.png)</translation>
        </message>
        <message>
            <source>Kunne ikke gemme</source>
            <translation>Kunne ikke gemme</translation>
        </message>
        <message>
            <source>Eksportér tal</source>
            <translation>Eksportér tal</translation>
        </message>
        <message>
            <source>CSV-fil (*.csv)</source>
            <translation>CSV-fil (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>CheckList</name>
        <message>
            <source>Intet valgt: alle</source>
            <translation>Intet valgt: alle</translation>
        </message>
    </context>
    <context>
        <name>CitizenPanel</name>
        <message>
            <source>Bo&amp;rger</source>
            <translation>Bo&amp;rger</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Borger for besøget</source>
            <translation>Borger for besøget</translation>
        </message>
        <message>
            <source>CPR-nummer eller borgerkode</source>
            <translation>CPR-nummer eller borgerkode</translation>
        </message>
        <message>
            <source>Borgerkode, fx K7M-4PX</source>
            <translation>Borgerkode, fx K7M-4PX</translation>
        </message>
        <message>
            <source>Skriv koden fra borgerens udskrift og tryk Enter</source>
            <translation>Skriv koden fra borgerens udskrift og tryk Enter</translation>
        </message>
        <message>
            <source>Borger&amp;kode:</source>
            <translation>Borger&amp;kode:</translation>
        </message>
        <message>
            <source>DDMMÅÅ-LLLL eller fx K7M-4PX</source>
            <translation>DDMMÅÅ-LLLL eller fx K7M-4PX</translation>
        </message>
        <message>
            <source>Skriv CPR-nummeret eller koden fra borgerens udskrift og tryk Enter. CPR-nummeret gemmes aldrig.</source>
            <translation>Skriv CPR-nummeret eller koden fra borgerens udskrift og tryk Enter. CPR-nummeret gemmes aldrig.</translation>
        </message>
        <message>
            <source>&amp;CPR-nummer eller borgerkode:</source>
            <translation>&amp;CPR-nummer eller borgerkode:</translation>
        </message>
        <message>
            <source>&amp;Søg</source>
            <translation>&amp;Søg</translation>
        </message>
        <message>
            <source>Søg borgeren frem</source>
            <translation>Søg borgeren frem</translation>
        </message>
        <message>
            <source>Find en borger, der har været her før (Enter)</source>
            <translation>Find en borger, der har været her før (Enter)</translation>
        </message>
        <message>
            <source>Om CPR-opslag</source>
            <translation>Om CPR-opslag</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Besked</translation>
        </message>
        <message>
            <source>&amp;Anonymt besøg</source>
            <translation>&amp;Anonymt besøg</translation>
        </message>
        <message>
            <source>Gør besøget anonymt</source>
            <translation>Gør besøget anonymt</translation>
        </message>
        <message>
            <source>Besøget knyttes ikke til nogen borger; det tæller kun i statistikken</source>
            <translation>Besøget knyttes ikke til nogen borger; det tæller kun i statistikken</translation>
        </message>
        <message>
            <source>&amp;Ny kode</source>
            <translation>&amp;Ny kode</translation>
        </message>
        <message>
            <source>Giv borgeren en ny kode</source>
            <translation>Giv borgeren en ny kode</translation>
        </message>
        <message>
            <source>Har borgeren mistet udskriften? Den gamle kode holder op med at virke</source>
            <translation>Har borgeren mistet udskriften? Den gamle kode holder op med at virke</translation>
        </message>
        <message>
            <source>&amp;Opret ny borger</source>
            <translation>&amp;Opret ny borger</translation>
        </message>
        <message>
            <source>Opret ny borger</source>
            <translation>Opret ny borger</translation>
        </message>
        <message>
            <source>Opret borgeren med en borgerkode (og CPR-kobling, hvis CPR er skrevet)</source>
            <translation>Opret borgeren med en borgerkode (og CPR-kobling, hvis CPR er skrevet)</translation>
        </message>
        <message>
            <source>Aldersgruppe</source>
            <translation>Aldersgruppe</translation>
        </message>
        <message>
            <source>Kun aldersgruppen gemmes, aldrig fødselsdatoen</source>
            <translation>Kun aldersgruppen gemmes, aldrig fødselsdatoen</translation>
        </message>
        <message>
            <source>Foretrukket sprog</source>
            <translation>Foretrukket sprog</translation>
        </message>
        <message>
            <source>Sproget på borgerens udskrift</source>
            <translation>Sproget på borgerens udskrift</translation>
        </message>
        <message>
            <source>Borgeren siger &amp;ja til at blive kontaktet for opfølgning</source>
            <translation>Borgeren siger &amp;ja til at blive kontaktet for opfølgning</translation>
        </message>
        <message>
            <source>Samtykke til opfølgning</source>
            <translation>Samtykke til opfølgning</translation>
        </message>
        <message>
            <source>Kun med borgerens udtrykkelige ja</source>
            <translation>Kun med borgerens udtrykkelige ja</translation>
        </message>
        <message>
            <source>Det eneste, der gemmes om borgeren</source>
            <translation>Det eneste, der gemmes om borgeren</translation>
        </message>
        <message>
            <source>Oplysninger om borgeren</source>
            <translation>Oplysninger om borgeren</translation>
        </message>
        <message>
            <source>A&amp;ldersgruppe:</source>
            <translation>A&amp;ldersgruppe:</translation>
        </message>
        <message>
            <source>S&amp;prog:</source>
            <translation>S&amp;prog:</translation>
        </message>
        <message>
            <source>Anonymt besøg. Skriv CPR-nummer eller borgerkode for at genkende borgeren, eller opret en ny borger.</source>
            <translation>Anonymt besøg. Skriv CPR-nummer eller borgerkode for at genkende borgeren, eller opret en ny borger.</translation>
        </message>
        <message>
            <source>Anonymt besøg. Skriv borgerkoden fra udskriften, eller opret en ny borger.</source>
            <translation>Anonymt besøg. Skriv borgerkoden fra udskriften, eller opret en ny borger.</translation>
        </message>
        <message>
            <source>Besøget er knyttet til borgeren med kode %1.</source>
            <translation>Besøget er knyttet til borgeren med kode %1.</translation>
        </message>
        <message>
            <source>Som digital ambassadør må du ikke bruge CPR-numre. Brug borgerkoden.</source>
            <translation>Som digital ambassadør må du ikke bruge CPR-numre. Brug borgerkoden.</translation>
        </message>
        <message>
            <source>Ingen borger med dette CPR-nummer endnu. Vælg aldersgruppe, sprog og samtykke, og tryk Opret ny borger (Alt+O).</source>
            <translation>Ingen borger med dette CPR-nummer endnu. Vælg aldersgruppe, sprog og samtykke, og tryk Opret ny borger (Alt+O).</translation>
        </message>
        <message>
            <source>Ingen borger har koden %1. Tjek udskriften, eller opret en ny borger.</source>
            <translation>Ingen borger har koden %1. Tjek udskriften, eller opret en ny borger.</translation>
        </message>
        <message>
            <source>Genkendt: borgeren med kode %1 er knyttet til besøget.</source>
            <translation>Genkendt: borgeren med kode %1 er knyttet til besøget.</translation>
        </message>
        <message>
            <source>Ny borger oprettet med kode %1 – koden står på borgerens udskrift.</source>
            <translation>Ny borger oprettet med kode %1 – koden står på borgerens udskrift.</translation>
        </message>
        <message>
            <source>Ny kode: %1. Den gamle kode virker ikke længere.</source>
            <translation>Ny kode: %1. Den gamle kode virker ikke længere.</translation>
        </message>
        <message>
            <source>Besøget er nu anonymt.</source>
            <translation>Besøget er nu anonymt.</translation>
        </message>
    </context>
    <context>
        <name>CitizenRequestsDialog</name>
        <message>
            <source>Borgerens rettigheder</source>
            <translation>Borgerens rettigheder</translation>
        </message>
        <message>
            <source>Indsigt: giv borgeren alle data, der er gemt om dem (PDF eller JSON). Sletning: slet alle data om borgeren. Begge dele logges.</source>
            <translation>Indsigt: giv borgeren alle data, der er gemt om dem (PDF eller JSON). Sletning: slet alle data om borgeren. Begge dele logges.</translation>
        </message>
        <message>
            <source>Borgerkode eller CPR-nummer</source>
            <translation>Borgerkode eller CPR-nummer</translation>
        </message>
        <message>
            <source>koden fra udskriften, eller CPR-nummeret</source>
            <translation>koden fra udskriften, eller CPR-nummeret</translation>
        </message>
        <message>
            <source>Borger&amp;kode eller CPR:</source>
            <translation>Borger&amp;kode eller CPR:</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>Find borgeren</source>
            <translation>Find borgeren</translation>
        </message>
        <message>
            <source>Skriv borgerens kode og tryk Enter.</source>
            <translation>Skriv borgerens kode og tryk Enter.</translation>
        </message>
        <message>
            <source>Fundet borger</source>
            <translation>Fundet borger</translation>
        </message>
        <message>
            <source>Indsigt som &amp;PDF …</source>
            <translation>Indsigt som &amp;PDF …</translation>
        </message>
        <message>
            <source>Eksportér indsigt som PDF</source>
            <translation>Eksportér indsigt som PDF</translation>
        </message>
        <message>
            <source>Indsigt som &amp;JSON …</source>
            <translation>Indsigt som &amp;JSON …</translation>
        </message>
        <message>
            <source>Eksportér indsigt som JSON</source>
            <translation>Eksportér indsigt som JSON</translation>
        </message>
        <message>
            <source>&amp;Slet alle data …</source>
            <translation>&amp;Slet alle data …</translation>
        </message>
        <message>
            <source>Slet alle data om borgeren</source>
            <translation>Slet alle data om borgeren</translation>
        </message>
        <message>
            <source>Eksport i gang</source>
            <translation>Eksport i gang</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Borger nr. %1 (kode %2): %3 besøg, oprettet %4.</source>
            <translation>Borger nr. %1 (kode %2): %3 besøg, oprettet %4.</translation>
        </message>
        <message>
            <source>Gem borgerens data</source>
            <translation>Gem borgerens data</translation>
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
            <translation>Borgerens data er gemt i %1.</translation>
        </message>
        <message>
            <source>Eksport mislykkedes</source>
            <translation>Eksport mislykkedes</translation>
        </message>
        <message>
            <source>Slet alle data om borgeren?</source>
            <translation>Slet alle data om borgeren?</translation>
        </message>
        <message>
            <source>Alle besøg, forløb, noter og opfølgninger om denne borger slettes og kan ikke genskabes. Anonyme optællinger til statistik bevares. Slet?</source>
            <translation>Alle besøg, forløb, noter og opfølgninger om denne borger slettes og kan ikke genskabes. Anonyme optællinger til statistik bevares. Slet?</translation>
        </message>
        <message>
            <source>Sletning mislykkedes</source>
            <translation>Sletning mislykkedes</translation>
        </message>
        <message>
            <source>Borgeren er slettet: %1 besøg.</source>
            <translation>Borgeren er slettet: %1 besøg.</translation>
        </message>
    </context>
    <context>
        <name>CitizenScreen</name>
        <message>
            <source>Medbetjening – borgerens skærm</source>
            <translation>Medbetjening – borgerens skærm</translation>
        </message>
        <message>
            <source>Borgerens skærm</source>
            <translation>Borgerens skærm</translation>
        </message>
        <message>
            <source>Det du skal gøre nu</source>
            <translation>Det du skal gøre nu</translation>
        </message>
        <message>
            <source>Velkommen</source>
            <translation>Velkommen</translation>
        </message>
    </context>
    <context>
        <name>CloseChecks</name>
        <message>
            <source>Før du lukker</source>
            <translation>Før du lukker</translation>
        </message>
        <message>
            <source>Observerede punkter, der ikke er vurderet</source>
            <translation>Observerede punkter, der ikke er vurderet</translation>
        </message>
        <message>
            <source>Udfyld fra &amp;trinene</source>
            <translation>Udfyld fra &amp;trinene</translation>
        </message>
        <message>
            <source>Udfyld fra trinene</source>
            <translation>Udfyld fra trinene</translation>
        </message>
        <message>
            <source>Vurdér punkterne ud fra, hvem der gjorde trinene (Alt+T)</source>
            <translation>Vurdér punkterne ud fra, hvem der gjorde trinene (Alt+T)</translation>
        </message>
        <message>
            <source>Annullér besøget</source>
            <translation>Annullér besøget</translation>
        </message>
        <message>
            <source>Besøget er startet ved en fejl: intet er registreret; tæller ikke med</source>
            <translation>Besøget er startet ved en fejl: intet er registreret; tæller ikke med</translation>
        </message>
        <message>
            <source>Før du lukker: vurdér gerne det, ærindet viste: %1</source>
            <translation>Før du lukker: vurdér gerne det, ærindet viste: %1</translation>
        </message>
    </context>
    <context>
        <name>CountingActions</name>
        <message>
            <source>&amp;Kort henvendelse …</source>
            <translation>&amp;Kort henvendelse …</translation>
        </message>
        <message>
            <source>Tæl en kort henvendelse uden besøg og borger (Ctrl+T, Enter)</source>
            <translation>Tæl en kort henvendelse uden besøg og borger (Ctrl+T, Enter)</translation>
        </message>
        <message>
            <source>&amp;KOMHEN-tælleuge …</source>
            <translation>&amp;KOMHEN-tælleuge …</translation>
        </message>
        <message>
            <source>Henvendelser pr. sted, kanal, opgave og type for en uge</source>
            <translation>Henvendelser pr. sted, kanal, opgave og type for en uge</translation>
        </message>
        <message>
            <source>Works&amp;hop …</source>
            <translation>Works&amp;hop …</translation>
        </message>
        <message>
            <source>Registrér et kursus, en it-café eller holdundervisning (Ctrl+Shift+W)</source>
            <translation>Registrér et kursus, en it-café eller holdundervisning (Ctrl+Shift+W)</translation>
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
            <translation>Ændret ved %1 af %2 vurderede besøg (%3)</translation>
        </message>
        <message>
            <source>Foreslået → valgt</source>
            <translation>Foreslået → valgt</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Besøg</translation>
        </message>
        <message>
            <source>Skøn: ca. %1 besøg sparet næste år. Antaget: borgeren var ellers kommet hver gang ærindet opstår, højst 12 gange om året (ugentligt og månedligt 12, hvert år 1, sjældent 0,2, én gang 0). Et skøn, ikke en måling.</source>
            <translation>Skøn: ca. %1 besøg sparet næste år. Antaget: borgeren var ellers kommet hver gang ærindet opstår, højst 12 gange om året (ugentligt og månedligt 12, hvert år 1, sjældent 0,2, én gang 0). Et skøn, ikke en måling.</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>Blev selvhjulpne</source>
            <translation>Blev selvhjulpne</translation>
        </message>
        <message>
            <source>Sparede besøg næste år (skøn)</source>
            <translation>Sparede besøg næste år (skøn)</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <source>Statistik – Medbetjening</source>
            <translation>Statistik – Medbetjening</translation>
        </message>
        <message>
            <source>Statistik</source>
            <translation>Statistik</translation>
        </message>
        <message>
            <source>Fra dato</source>
            <translation>Fra dato</translation>
        </message>
        <message>
            <source>Til dato</source>
            <translation>Til dato</translation>
        </message>
        <message>
            <source>Steder</source>
            <translation>Steder</translation>
        </message>
        <message>
            <source>Medarbejdere</source>
            <translation>Medarbejdere</translation>
        </message>
        <message>
            <source>Uge</source>
            <translation>Uge</translation>
        </message>
        <message>
            <source>Måned</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Tendens pr.</source>
            <translation>Tendens pr.</translation>
        </message>
        <message>
            <source>Tendensen vises pr. uge eller pr. måned</source>
            <translation>Tendensen vises pr. uge eller pr. måned</translation>
        </message>
        <message>
            <source>&amp;Opdatér</source>
            <translation>&amp;Opdatér</translation>
        </message>
        <message>
            <source>Opdatér statistikken</source>
            <translation>Opdatér statistikken</translation>
        </message>
        <message>
            <source>Hent tallene for de valgte filtre (F5)</source>
            <translation>Hent tallene for de valgte filtre (F5)</translation>
        </message>
        <message>
            <source>Afbryd</source>
            <translation>Afbryd</translation>
        </message>
        <message>
            <source>Afbryd hentning</source>
            <translation>Afbryd hentning</translation>
        </message>
        <message>
            <source>Stop hentningen af tal</source>
            <translation>Stop hentningen af tal</translation>
        </message>
        <message>
            <source>Henter tal</source>
            <translation>Henter tal</translation>
        </message>
        <message>
            <source>&amp;Periode:</source>
            <translation>&amp;Periode:</translation>
        </message>
        <message>
            <source>&amp;Tendens pr.:</source>
            <translation>&amp;Tendens pr.:</translation>
        </message>
        <message>
            <source>&amp;Steder:</source>
            <translation>&amp;Steder:</translation>
        </message>
        <message>
            <source>&amp;Medarbejdere:</source>
            <translation>&amp;Medarbejdere:</translation>
        </message>
        <message>
            <source>Nøgletal</source>
            <translation>Nøgletal</translation>
        </message>
        <message>
            <source>Besøg pr. kanal og henvendelsestype</source>
            <translation>Besøg pr. kanal og henvendelsestype</translation>
        </message>
        <message>
            <source>Hvem gjorde trinene</source>
            <translation>Hvem gjorde trinene</translation>
        </message>
        <message>
            <source>Selvstændighed</source>
            <translation>Selvstændighed</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Forhindringer</source>
            <translation>Forhindringer</translation>
        </message>
        <message>
            <source>Mest brugte forløb</source>
            <translation>Mest brugte forløb</translation>
        </message>
        <message>
            <source>Henvisninger</source>
            <translation>Henvisninger</translation>
        </message>
        <message>
            <source>Henvisninger pr. rute: henvist og taget op</source>
            <translation>Henvisninger pr. rute: henvist og taget op</translation>
        </message>
        <message>
            <source>Opfølgninger</source>
            <translation>Opfølgninger</translation>
        </message>
        <message>
            <source>Borgere der blev selvhjulpne pr. opgave</source>
            <translation>Borgere der blev selvhjulpne pr. opgave</translation>
        </message>
        <message>
            <source>Anbefalet vej ændret af medarbejderen</source>
            <translation>Anbefalet vej ændret af medarbejderen</translation>
        </message>
        <message>
            <source>Undgåede besøg pr. opgave (skøn)</source>
            <translation>Undgåede besøg pr. opgave (skøn)</translation>
        </message>
        <message>
            <source>Workshops</source>
            <translation>Workshops</translation>
        </message>
        <message>
            <source>Tendens</source>
            <translation>Tendens</translation>
        </message>
        <message>
            <source>Diagrammer</source>
            <translation>Diagrammer</translation>
        </message>
        <message>
            <source>Statistikken kunne ikke hentes</source>
            <translation>Statistikken kunne ikke hentes</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1 besøg&lt;/b&gt; · %2 af trinene gjort af borgeren · %3 af besøgene selvstændige · %4 af opfølgningerne udført · %5 med kendt borger</source>
            <translation>&lt;b&gt;%1 besøg&lt;/b&gt; · %2 af trinene gjort af borgeren · %3 af besøgene selvstændige · %4 af opfølgningerne udført · %5 med kendt borger</translation>
        </message>
        <message>
            <source>%1 workshops med %2 deltagere, %3 timer (tæller ikke som besøg)</source>
            <translation>%1 workshops med %2 deltagere, %3 timer (tæller ikke som besøg)</translation>
        </message>
        <message>
            <source>Kanal</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Udført af</source>
            <translation>Udført af</translation>
        </message>
        <message>
            <source>Borgerens andel: %1</source>
            <translation>Borgerens andel: %1</translation>
        </message>
        <message>
            <source>Selvstændige: %1</source>
            <translation>Selvstændige: %1</translation>
        </message>
        <message>
            <source>Forhindring</source>
            <translation>Forhindring</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Besøg</translation>
        </message>
        <message>
            <source>Gennemført</source>
            <translation>Gennemført</translation>
        </message>
        <message>
            <source>Henvist til</source>
            <translation>Henvist til</translation>
        </message>
        <message>
            <source>Opfølgning</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Udført: %1</source>
            <translation>Udført: %1</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>Borgere</source>
            <translation>Borgere</translation>
        </message>
        <message>
            <source>Slags</source>
            <translation>Slags</translation>
        </message>
        <message>
            <source>%1 deltagere</source>
            <translation>%1 deltagere</translation>
        </message>
        <message>
            <source>Periode</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>Selvstændige besøg</source>
            <translation>Selvstændige besøg</translation>
        </message>
        <message>
            <source>Antal</source>
            <translation>Antal</translation>
        </message>
        <message>
            <source>Taget op: %1</source>
            <translation>Taget op: %1</translation>
        </message>
        <message>
            <source>Ingen henvisninger i perioden</source>
            <translation>Ingen henvisninger i perioden</translation>
        </message>
        <message>
            <source>Rute</source>
            <translation>Rute</translation>
        </message>
        <message>
            <source>Henvist</source>
            <translation>Henvist</translation>
        </message>
        <message>
            <source>Taget op</source>
            <translation>Taget op</translation>
        </message>
    </context>
    <context>
        <name>EvidenceBox</name>
        <message>
            <source>Erfaring med ærindet</source>
            <translation>Erfaring med ærindet</translation>
        </message>
        <message>
            <source>Ær&amp;inde:</source>
            <translation>Ær&amp;inde:</translation>
        </message>
        <message>
            <source>Ærinde</source>
            <translation>Ærinde</translation>
        </message>
        <message>
            <source>Vælg ærindet for at se, hvordan det gik for lignende borgere (Alt+I)</source>
            <translation>Vælg ærindet for at se, hvordan det gik for lignende borgere (Alt+I)</translation>
        </message>
        <message>
            <source>Vælg ærinde …</source>
            <translation>Vælg ærinde …</translation>
        </message>
        <message>
            <source>Hvordan det gik for lignende borgere</source>
            <translation>Hvordan det gik for lignende borgere</translation>
        </message>
        <message>
            <source>Vælg ærindet for at se, hvordan det gik for andre.</source>
            <translation>Vælg ærindet for at se, hvordan det gik for andre.</translation>
        </message>
        <message>
            <source>Vurder borgeren først: så vises erfaringen her.</source>
            <translation>Vurder borgeren først: så vises erfaringen her.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceLabels</name>
        <message>
            <source>ikke gemt</source>
            <translation>ikke gemt</translation>
        </message>
        <message>
            <source>Ærindet kommer kun én gang: at lære det er sjældent umagen værd. Betjen borgeren i dag, og brug kræfterne på et ærinde, der kommer igen.</source>
            <translation>Ærindet kommer kun én gang: at lære det er sjældent umagen værd. Betjen borgeren i dag, og brug kræfterne på et ærinde, der kommer igen.</translation>
        </message>
        <message>
            <source>Ærindet kommer igen og igen: at lære det betaler sig næsten altid. Lad borgeren sidde ved tastaturet.</source>
            <translation>Ærindet kommer igen og igen: at lære det betaler sig næsten altid. Lad borgeren sidde ved tastaturet.</translation>
        </message>
        <message>
            <source>Ærindet kommer ofte, men borgeren ønsker ikke at lære det: ønsket gælder.</source>
            <translation>Ærindet kommer ofte, men borgeren ønsker ikke at lære det: ønsket gælder.</translation>
        </message>
        <message>
            <source>Ærindet kommer ofte, men borgeren er på niveau 0: start med det grundlæggende.</source>
            <translation>Ærindet kommer ofte, men borgeren er på niveau 0: start med det grundlæggende.</translation>
        </message>
        <message>
            <source>Ærindet kommer kun én gang.</source>
            <translation>Ærindet kommer kun én gang.</translation>
        </message>
        <message>
            <source>Ærindet kommer sjældent: borgeren kan have glemt det til næste gang. Giv vejledningen med hjem.</source>
            <translation>Ærindet kommer sjældent: borgeren kan have glemt det til næste gang. Giv vejledningen med hjem.</translation>
        </message>
        <message>
            <source>Ærindet kommer hvert år: værd at lære, med vejledningen med hjem.</source>
            <translation>Ærindet kommer hvert år: værd at lære, med vejledningen med hjem.</translation>
        </message>
        <message>
            <source>Ærindet kommer igen og igen: at lære det betaler sig.</source>
            <translation>Ærindet kommer igen og igen: at lære det betaler sig.</translation>
        </message>
        <message>
            <source>Forløbet siger ikke, hvor tit borgeren har ærindet.</source>
            <translation>Forløbet siger ikke, hvor tit borgeren har ærindet.</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>&amp;Papir til borgeren …</source>
            <translation>&amp;Papir til borgeren …</translation>
        </message>
        <message>
            <source>Udskriv eller gem borgerens papir for besøget</source>
            <translation>Udskriv eller gem borgerens papir for besøget</translation>
        </message>
        <message>
            <source>&amp;Journalnotat …</source>
            <translation>&amp;Journalnotat …</translation>
        </message>
        <message>
            <source>Journalnotat til kommunens sagssystem</source>
            <translation>Journalnotat til kommunens sagssystem</translation>
        </message>
        <message>
            <source>&amp;Statistik …</source>
            <translation>&amp;Statistik …</translation>
        </message>
        <message>
            <source>Statistik for perioden, steder og medarbejdere</source>
            <translation>Statistik for perioden, steder og medarbejdere</translation>
        </message>
        <message>
            <source>&amp;Eksportér besøg …</source>
            <translation>&amp;Eksportér besøg …</translation>
        </message>
        <message>
            <source>Besøg som CSV eller Excel</source>
            <translation>Besøg som CSV eller Excel</translation>
        </message>
        <message>
            <source>S&amp;tatistik</source>
            <translation>S&amp;tatistik</translation>
        </message>
        <message>
            <source>Intet besøg valgt</source>
            <translation>Intet besøg valgt</translation>
        </message>
        <message>
            <source>Vælg eller åbn et besøg først.</source>
            <translation>Vælg eller åbn et besøg først.</translation>
        </message>
        <message>
            <source>Journalnotat</source>
            <translation>Journalnotat</translation>
        </message>
    </context>
    <context>
        <name>FileExport</name>
        <message>
            <source>Gemmer …</source>
            <translation>Gemmer …</translation>
        </message>
        <message>
            <source>&amp;Afbryd</source>
            <translation>&amp;Afbryd</translation>
        </message>
        <message>
            <source>Gemmer filen</source>
            <translation>Gemmer filen</translation>
        </message>
        <message>
            <source>Kunne ikke gemme</source>
            <translation>Kunne ikke gemme</translation>
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
            <source>Adgangskode</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>Mindst 8 tegn; en teamleder skal altid have en</source>
            <translation>Mindst 8 tegn; en teamleder skal altid have en</translation>
        </message>
        <message>
            <source>Gentag adgangskode</source>
            <translation>Gentag adgangskode</translation>
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
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <source>G&amp;entag:</source>
            <translation>G&amp;entag:</translation>
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
        <message>
            <source>De to adgangskoder er ikke ens.</source>
            <translation>De to adgangskoder er ikke ens.</translation>
        </message>
    </context>
    <context>
        <name>FlowPicker</name>
        <message>
            <source>Find forløb</source>
            <translation>Find forløb</translation>
        </message>
        <message>
            <source>Skriv fx flytte, adresse, NemID …</source>
            <translation>Skriv fx flytte, adresse, NemID …</translation>
        </message>
        <message>
            <source>Skriv for at søge; Enter starter det valgte forløb</source>
            <translation>Skriv for at søge; Enter starter det valgte forløb</translation>
        </message>
        <message>
            <source>Find f&amp;orløb (Ctrl+F):</source>
            <translation>Find f&amp;orløb (Ctrl+F):</translation>
        </message>
        <message>
            <source>Forløb der passer</source>
            <translation>Forløb der passer</translation>
        </message>
        <message>
            <source>Enter starter forløbet</source>
            <translation>Enter starter forløbet</translation>
        </message>
        <message>
            <source>Forløb i dette besøg</source>
            <translation>Forløb i dette besøg</translation>
        </message>
        <message>
            <source>Enter viser og genoptager forløbet</source>
            <translation>Enter viser og genoptager forløbet</translation>
        </message>
        <message>
            <source>Forløb i b&amp;esøget:</source>
            <translation>Forløb i b&amp;esøget:</translation>
        </message>
    </context>
    <context>
        <name>FlowProblems</name>
        <message>
            <source>⚠ Indholdsfil med fejl er udeladt: %1</source>
            <translation>⚠ Indholdsfil med fejl er udeladt: %1</translation>
        </message>
        <message>
            <source>Kør 'medbetjening flows check' for detaljer.</source>
            <translation>Kør 'medbetjening flows check' for detaljer.</translation>
        </message>
    </context>
    <context>
        <name>FlowReviewDialog</name>
        <message>
            <source>Forløb til gennemsyn</source>
            <translation>Forløb til gennemsyn</translation>
        </message>
        <message>
            <source>Læser forløbene …</source>
            <translation>Læser forløbene …</translation>
        </message>
        <message>
            <source>Opsummering af gennemsynet</source>
            <translation>Opsummering af gennemsynet</translation>
        </message>
        <message>
            <source>Skal tjekkes mod den officielle side (over %1 måneder siden, eller aldrig):</source>
            <translation>Skal tjekkes mod den officielle side (over %1 måneder siden, eller aldrig):</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Ældste tjek</source>
            <translation>Ældste tjek</translation>
        </message>
        <message>
            <source>Trin der skal tjekkes</source>
            <translation>Trin der skal tjekkes</translation>
        </message>
        <message>
            <source>Forløb der skal gennemses</source>
            <translation>Forløb der skal gennemses</translation>
        </message>
        <message>
            <source>Erstattet af kommunens egen fil:</source>
            <translation>Erstattet af kommunens egen fil:</translation>
        </message>
        <message>
            <source>Kommunens fil</source>
            <translation>Kommunens fil</translation>
        </message>
        <message>
            <source>Erstatter</source>
            <translation>Erstatter</translation>
        </message>
        <message>
            <source>Forløb erstattet af kommunen</source>
            <translation>Forløb erstattet af kommunen</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>aldrig (et trin mangler dato)</source>
            <translation>aldrig (et trin mangler dato)</translation>
        </message>
        <message>
            <source>%1 af %2 forløb skal gennemses; %3 er erstattet af kommunen.</source>
            <translation>%1 af %2 forløb skal gennemses; %3 er erstattet af kommunen.</translation>
        </message>
        <message>
            <source>&amp;Forløb til gennemsyn …</source>
            <translation>&amp;Forløb til gennemsyn …</translation>
        </message>
        <message>
            <source>Forløb hvis trin skal tjekkes mod den officielle side (teamleder)</source>
            <translation>Forløb hvis trin skal tjekkes mod den officielle side (teamleder)</translation>
        </message>
    </context>
    <context>
        <name>FlowStepView</name>
        <message>
            <source>Vælg et forløb til venstre</source>
            <translation>Vælg et forløb til venstre</translation>
        </message>
        <message>
            <source>Forløbets titel</source>
            <translation>Forløbets titel</translation>
        </message>
        <message>
            <source>Det skal borgeren have, og alternativer</source>
            <translation>Det skal borgeren have, og alternativer</translation>
        </message>
        <message>
            <source>Forløbets trin</source>
            <translation>Forløbets trin</translation>
        </message>
        <message>
            <source>Pil op/ned vælger trin · 1 selv · 2 med vejledning · 3 medarbejder · 0 sprunget over</source>
            <translation>Pil op/ned vælger trin · 1 selv · 2 med vejledning · 3 medarbejder · 0 sprunget over</translation>
        </message>
        <message>
            <source>● selv  ◐ med vejledning  ○ medarbejder  – sprunget over  ⚠ forhindring</source>
            <translation>● selv  ◐ med vejledning  ○ medarbejder  – sprunget over  ⚠ forhindring</translation>
        </message>
        <message>
            <source>Tegnforklaring</source>
            <translation>Tegnforklaring</translation>
        </message>
        <message>
            <source>Trin nummer</source>
            <translation>Trin nummer</translation>
        </message>
        <message>
            <source>Vejledning til medarbejderen</source>
            <translation>Vejledning til medarbejderen</translation>
        </message>
        <message>
            <source>Det borgeren ser</source>
            <translation>Det borgeren ser</translation>
        </message>
        <message>
            <source>Husk: privatliv</source>
            <translation>Husk: privatliv</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>Kendte forhindringer</source>
            <translation>Kendte forhindringer</translation>
        </message>
        <message>
            <source>Officiel adresse</source>
            <translation>Officiel adresse</translation>
        </message>
        <message>
            <source>Registreret på trinnet</source>
            <translation>Registreret på trinnet</translation>
        </message>
        <message>
            <source>Registrér og gå videre (tast %1)</source>
            <translation>Registrér og gå videre (tast %1)</translation>
        </message>
        <message>
            <source>O  Forhindring …</source>
            <translation>O  Forhindring …</translation>
        </message>
        <message>
            <source>Notér hvad der forhindrer trinnet (tast O)</source>
            <translation>Notér hvad der forhindrer trinnet (tast O)</translation>
        </message>
        <message>
            <source>P  Pause</source>
            <translation>P  Pause</translation>
        </message>
        <message>
            <source>Sæt forløbet på pause (tast P)</source>
            <translation>Sæt forløbet på pause (tast P)</translation>
        </message>
        <message>
            <source>Stop forløbet</source>
            <translation>Stop forløbet</translation>
        </message>
        <message>
            <source>Stop forløbet her; du bliver spurgt først (Ctrl+E)</source>
            <translation>Stop forløbet her; du bliver spurgt først (Ctrl+E)</translation>
        </message>
        <message>
            <source>Seneste handling</source>
            <translation>Seneste handling</translation>
        </message>
        <message>
            <source>Ret et trin: vælg det med ↑/↓ og tryk tasten igen · Ctrl+Z fortryder</source>
            <translation>Ret et trin: vælg det med ↑/↓ og tryk tasten igen · Ctrl+Z fortryder</translation>
        </message>
        <message>
            <source>Sådan retter du et trin</source>
            <translation>Sådan retter du et trin</translation>
        </message>
        <message>
            <source>Trin %1 af %2</source>
            <translation>Trin %1 af %2</translation>
        </message>
        <message>
            <source>Borgeren ser: %1</source>
            <translation>Borgeren ser: %1</translation>
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
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Forløb i besøget</source>
            <translation>Forløb i besøget</translation>
        </message>
        <message>
            <source>Trinnet</source>
            <translation>Trinnet</translation>
        </message>
        <message>
            <source>Intet forløb passer til søgningen.</source>
            <translation>Intet forløb passer til søgningen.</translation>
        </message>
        <message>
            <source>Forløbet »%1« er startet.</source>
            <translation>Forløbet »%1« er startet.</translation>
        </message>
        <message>
            <source>Borgeren skal have:</source>
            <translation>Borgeren skal have:</translation>
        </message>
        <message>
            <source>Betingelser:</source>
            <translation>Betingelser:</translation>
        </message>
        <message>
            <source>Hvis det ikke kan lade sig gøre:</source>
            <translation>Hvis det ikke kan lade sig gøre:</translation>
        </message>
        <message>
            <source>Kendte forhindringer:</source>
            <translation>Kendte forhindringer:</translation>
        </message>
        <message>
            <source>Registreret: %1</source>
            <translation>Registreret: %1</translation>
        </message>
        <message>
            <source>Forhindring: %1</source>
            <translation>Forhindring: %1</translation>
        </message>
        <message>
            <source>Start eller vælg et forløb først (Ctrl+F).</source>
            <translation>Start eller vælg et forløb først (Ctrl+F).</translation>
        </message>
        <message>
            <source>Forløbet er afsluttet. Start et nyt forløb (Ctrl+F).</source>
            <translation>Forløbet er afsluttet. Start et nyt forløb (Ctrl+F).</translation>
        </message>
        <message>
            <source>Gemt: trin %1 – %2</source>
            <translation>Gemt: trin %1 – %2</translation>
        </message>
        <message>
            <source>Forløbet er gennemført.</source>
            <translation>Forløbet er gennemført.</translation>
        </message>
        <message>
            <source>Færdig. Godt klaret!</source>
            <translation>Færdig. Godt klaret!</translation>
        </message>
        <message>
            <source>Der er intet at fortryde.</source>
            <translation>Der er intet at fortryde.</translation>
        </message>
        <message>
            <source>Fortrudt: trin %1 er ikke registreret længere.</source>
            <translation>Fortrudt: trin %1 er ikke registreret længere.</translation>
        </message>
        <message>
            <source>Gemt: forhindring på trin %1 – %2</source>
            <translation>Gemt: forhindring på trin %1 – %2</translation>
        </message>
        <message>
            <source>Stop forløbet?</source>
            <translation>Stop forløbet?</translation>
        </message>
        <message>
            <source>Stop forløbet her? Det kan genoptages under besøget.</source>
            <translation>Stop forløbet her? Det kan genoptages under besøget.</translation>
        </message>
        <message>
            <source>Forløbet er stoppet. Alternativ: %1 – Enter starter det.</source>
            <translation>Forløbet er stoppet. Alternativ: %1 – Enter starter det.</translation>
        </message>
        <message>
            <source>Anbefalet: %1 – Enter starter det.</source>
            <translation>Anbefalet: %1 – Enter starter det.</translation>
        </message>
        <message>
            <source>Forløbet er sat på pause.</source>
            <translation>Forløbet er sat på pause.</translation>
        </message>
        <message>
            <source>Forløbet er stoppet.</source>
            <translation>Forløbet er stoppet.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDialog</name>
        <message>
            <source>Opfølgning</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Luk opfølgningslisten</source>
            <translation>Luk opfølgningslisten</translation>
        </message>
        <message>
            <source>Luk listen (Esc)</source>
            <translation>Luk listen (Esc)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpFilters</name>
        <message>
            <source>Forfaldne og dagens</source>
            <translation>Forfaldne og dagens</translation>
        </message>
        <message>
            <source>Resten af ugen</source>
            <translation>Resten af ugen</translation>
        </message>
        <message>
            <source>Senere</source>
            <translation>Senere</translation>
        </message>
        <message>
            <source>Alle medarbejdere</source>
            <translation>Alle medarbejdere</translation>
        </message>
        <message>
            <source>Dette sted</source>
            <translation>Dette sted</translation>
        </message>
        <message>
            <source>&amp;Hvornår:</source>
            <translation>&amp;Hvornår:</translation>
        </message>
        <message>
            <source>Hvilke opfølgninger</source>
            <translation>Hvilke opfølgninger</translation>
        </message>
        <message>
            <source>Forfaldne, resten af ugen eller senere</source>
            <translation>Forfaldne, resten af ugen eller senere</translation>
        </message>
        <message>
            <source>&amp;Medarbejder:</source>
            <translation>&amp;Medarbejder:</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Hvem havde besøget</source>
            <translation>Hvem havde besøget</translation>
        </message>
        <message>
            <source>St&amp;ed:</source>
            <translation>St&amp;ed:</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Et andet sted (teamleder)</source>
            <translation>Et andet sted (teamleder)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Forfalder</source>
            <translation>Forfalder</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Hvad</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Besøg</translation>
        </message>
        <message>
            <source>Opgaver</source>
            <translation>Opgaver</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Overskredet</source>
            <translation>Overskredet</translation>
        </message>
        <message>
            <source>I dag</source>
            <translation>I dag</translation>
        </message>
        <message>
            <source>Kommende</source>
            <translation>Kommende</translation>
        </message>
    </context>
    <context>
        <name>FollowUpScreen</name>
        <message>
            <source>Opfølgning</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Opfølgning&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Opfølgning&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Vis &amp;flere</source>
            <translation>Vis &amp;flere</translation>
        </message>
        <message>
            <source>Vis flere opfølgninger</source>
            <translation>Vis flere opfølgninger</translation>
        </message>
        <message>
            <source>Hent de næste %1</source>
            <translation>Hent de næste %1</translation>
        </message>
        <message>
            <source>&amp;Book tid …</source>
            <translation>&amp;Book tid …</translation>
        </message>
        <message>
            <source>Book en tid til borgeren</source>
            <translation>Book en tid til borgeren</translation>
        </message>
        <message>
            <source>Ny aftale for den valgte borger på opfølgningens dag</source>
            <translation>Ny aftale for den valgte borger på opfølgningens dag</translation>
        </message>
        <message>
            <source>Liste over opfølgninger</source>
            <translation>Liste over opfølgninger</translation>
        </message>
        <message>
            <source>Vælg en opfølgning og registrér resultatet med knapperne nedenfor</source>
            <translation>Vælg en opfølgning og registrér resultatet med knapperne nedenfor</translation>
        </message>
        <message>
            <source>&amp;Forfaldne opfølgninger:</source>
            <translation>&amp;Forfaldne opfølgninger:</translation>
        </message>
        <message>
            <source>Ingen opfølgninger forfalder nu.</source>
            <translation>Ingen opfølgninger forfalder nu.</translation>
        </message>
        <message>
            <source>Ingen opfølgninger</source>
            <translation>Ingen opfølgninger</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Besked</translation>
        </message>
        <message>
            <source>Klarede det &amp;selv</source>
            <translation>Klarede det &amp;selv</translation>
        </message>
        <message>
            <source>Borgeren klarede det selv derhjemme (Alt+S)</source>
            <translation>Borgeren klarede det selv derhjemme (Alt+S)</translation>
        </message>
        <message>
            <source>Fik brug for &amp;hjælp</source>
            <translation>Fik brug for &amp;hjælp</translation>
        </message>
        <message>
            <source>Borgeren prøvede, men fik brug for hjælp (Alt+H)</source>
            <translation>Borgeren prøvede, men fik brug for hjælp (Alt+H)</translation>
        </message>
        <message>
            <source>Ikke &amp;truffet</source>
            <translation>Ikke &amp;truffet</translation>
        </message>
        <message>
            <source>Borgeren blev ikke truffet (Alt+T)</source>
            <translation>Borgeren blev ikke truffet (Alt+T)</translation>
        </message>
        <message>
            <source>&amp;Vis borgerens historik</source>
            <translation>&amp;Vis borgerens historik</translation>
        </message>
        <message>
            <source>Vis borgerens historik</source>
            <translation>Vis borgerens historik</translation>
        </message>
        <message>
            <source>Vis den valgte borgers historik (Ctrl+H)</source>
            <translation>Vis den valgte borgers historik (Ctrl+H)</translation>
        </message>
        <message>
            <source>Tiden er booket %1.</source>
            <translation>Tiden er booket %1.</translation>
        </message>
        <message>
            <source>Opfølgning for %1 registreret: %2.</source>
            <translation>Opfølgning for %1 registreret: %2.</translation>
        </message>
    </context>
    <context>
        <name>FrictionPanel</name>
        <message>
            <source>Trin med mest friktion</source>
            <translation>Trin med mest friktion</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Trin</source>
            <translation>Trin</translation>
        </message>
        <message>
            <source>Nåede trinnet</source>
            <translation>Nåede trinnet</translation>
        </message>
        <message>
            <source>Med friktion</source>
            <translation>Med friktion</translation>
        </message>
        <message>
            <source>Andel</source>
            <translation>Andel</translation>
        </message>
        <message>
            <source>De 10 trin med mest friktion</source>
            <translation>De 10 trin med mest friktion</translation>
        </message>
        <message>
            <source>Forløb, der mødte en forhindring, hvor medarbejderen gjorde trinnet, eller som stoppede her</source>
            <translation>Forløb, der mødte en forhindring, hvor medarbejderen gjorde trinnet, eller som stoppede her</translation>
        </message>
        <message>
            <source>Om friktionstallene</source>
            <translation>Om friktionstallene</translation>
        </message>
        <message>
            <source>&amp;Friktionsrapport til ejerne …</source>
            <translation>&amp;Friktionsrapport til ejerne …</translation>
        </message>
        <message>
            <source>Gem friktionsrapporten</source>
            <translation>Gem friktionsrapporten</translation>
        </message>
        <message>
            <source>Anonym rapport pr. forløb og trin (CSV, Excel eller PDF); tal under 5 skjult</source>
            <translation>Anonym rapport pr. forløb og trin (CSV, Excel eller PDF); tal under 5 skjult</translation>
        </message>
        <message>
            <source>Gemmer friktionsrapporten</source>
            <translation>Gemmer friktionsrapporten</translation>
        </message>
        <message>
            <source>Friktion tælles ikke pr. medarbejder: listen gælder alle medarbejdere.</source>
            <translation>Friktion tælles ikke pr. medarbejder: listen gælder alle medarbejdere.</translation>
        </message>
        <message>
            <source>Et forløb tæller én gang pr. trin. Tallene viser hvor, ikke hvorfor.</source>
            <translation>Et forløb tæller én gang pr. trin. Tallene viser hvor, ikke hvorfor.</translation>
        </message>
        <message>
            <source>%1. %2</source>
            <translation>%1. %2</translation>
        </message>
        <message>
            <source>(findes ikke længere)</source>
            <translation>(findes ikke længere)</translation>
        </message>
        <message>
            <source>Ingen trin med friktion i perioden.</source>
            <translation>Ingen trin med friktion i perioden.</translation>
        </message>
        <message>
            <source>Gem friktionsrapport</source>
            <translation>Gem friktionsrapport</translation>
        </message>
        <message>
            <source>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
            <translation>Excel (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Kan ikke gemme</source>
            <translation>Kan ikke gemme</translation>
        </message>
        <message>
            <source>Friktionsrapporten er gemt: %1</source>
            <translation>Friktionsrapporten er gemt: %1</translation>
        </message>
    </context>
    <context>
        <name>HandoutDialog</name>
        <message>
            <source>Papir til borgeren – besøg nr. %1</source>
            <translation>Papir til borgeren – besøg nr. %1</translation>
        </message>
        <message>
            <source>Papir til borgeren</source>
            <translation>Papir til borgeren</translation>
        </message>
        <message>
            <source>Borgeren får dagens trin med sine egne ord, hvad der skal med næste gang, hvor der er hjælp, og hvad vi har noteret. Intet CPR-nummer og ingen interne noter.</source>
            <translation>Borgeren får dagens trin med sine egne ord, hvad der skal med næste gang, hvor der er hjælp, og hvad vi har noteret. Intet CPR-nummer og ingen interne noter.</translation>
        </message>
        <message>
            <source>Dansk</source>
            <translation>Dansk</translation>
        </message>
        <message>
            <source>Engelsk</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>Sprog på papiret</source>
            <translation>Sprog på papiret</translation>
        </message>
        <message>
            <source>&amp;Stor skrift</source>
            <translation>&amp;Stor skrift</translation>
        </message>
        <message>
            <source>Stor skrift</source>
            <translation>Stor skrift</translation>
        </message>
        <message>
            <source>Større bogstaver; kan fylde mere end én side</source>
            <translation>Større bogstaver; kan fylde mere end én side</translation>
        </message>
        <message>
            <source>Gem som &amp;PDF …</source>
            <translation>Gem som &amp;PDF …</translation>
        </message>
        <message>
            <source>Gem papiret som PDF</source>
            <translation>Gem papiret som PDF</translation>
        </message>
        <message>
            <source>Gem som PDF-fil</source>
            <translation>Gem som PDF-fil</translation>
        </message>
        <message>
            <source>&amp;Udskriv …</source>
            <translation>&amp;Udskriv …</translation>
        </message>
        <message>
            <source>Udskriv papiret</source>
            <translation>Udskriv papiret</translation>
        </message>
        <message>
            <source>Udskriv på en printer</source>
            <translation>Udskriv på en printer</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Forhåndsvisning af papiret</source>
            <translation>Forhåndsvisning af papiret</translation>
        </message>
        <message>
            <source>Sådan ser papiret ud (Tab: videre)</source>
            <translation>Sådan ser papiret ud (Tab: videre)</translation>
        </message>
        <message>
            <source>Spro&amp;g:</source>
            <translation>Spro&amp;g:</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Gemt: %1 (1 side)</source>
            <translation>Gemt: %1 (1 side)</translation>
        </message>
        <message>
            <source>Gemt: %1 (%2 sider)</source>
            <translation>Gemt: %1 (%2 sider)</translation>
        </message>
        <message>
            <source>Gem papiret</source>
            <translation>Gem papiret</translation>
        </message>
        <message>
            <source>PDF-fil (*.pdf)</source>
            <translation>PDF-fil (*.pdf)</translation>
        </message>
        <message>
            <source>Kunne ikke gemme</source>
            <translation>Kunne ikke gemme</translation>
        </message>
        <message>
            <source>Kunne ikke udskrive</source>
            <translation>Kunne ikke udskrive</translation>
        </message>
        <message>
            <source>Sendt til printeren.</source>
            <translation>Sendt til printeren.</translation>
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
        <name>HelpPointsDialog</name>
        <message>
            <source>Hjælpesteder</source>
            <translation>Hjælpesteder</translation>
        </message>
        <message>
            <source>&amp;Hjælpesteder:</source>
            <translation>&amp;Hjælpesteder:</translation>
        </message>
        <message>
            <source>Oplysningerne er &amp;tjekket den:</source>
            <translation>Oplysningerne er &amp;tjekket den:</translation>
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>Hjælpestedets navn</source>
            <translation>Hjælpestedets navn</translation>
        </message>
        <message>
            <source>Hjælper &amp;med:</source>
            <translation>Hjælper &amp;med:</translation>
        </message>
        <message>
            <source>Hvad stedet hjælper med</source>
            <translation>Hvad stedet hjælper med</translation>
        </message>
        <message>
            <source>&amp;Adresse:</source>
            <translation>&amp;Adresse:</translation>
        </message>
        <message>
            <source>Adresse (tom: ikke afklaret)</source>
            <translation>Adresse (tom: ikke afklaret)</translation>
        </message>
        <message>
            <source>Åbn&amp;ingstider:</source>
            <translation>Åbn&amp;ingstider:</translation>
        </message>
        <message>
            <source>Åbningstider (tom: ikke afklaret)</source>
            <translation>Åbningstider (tom: ikke afklaret)</translation>
        </message>
        <message>
            <source>T&amp;elefon:</source>
            <translation>T&amp;elefon:</translation>
        </message>
        <message>
            <source>Telefon (tom: ikke afklaret)</source>
            <translation>Telefon (tom: ikke afklaret)</translation>
        </message>
        <message>
            <source>&amp;Kilde:</source>
            <translation>&amp;Kilde:</translation>
        </message>
        <message>
            <source>Hvor oplysningerne er tjekket</source>
            <translation>Hvor oplysningerne er tjekket</translation>
        </message>
        <message>
            <source>Dato for tjek af oplysningerne</source>
            <translation>Dato for tjek af oplysningerne</translation>
        </message>
        <message>
            <source>N&amp;yt hjælpested</source>
            <translation>N&amp;yt hjælpested</translation>
        </message>
        <message>
            <source>Nyt hjælpested</source>
            <translation>Nyt hjælpested</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>Gem hjælpestedet</source>
            <translation>Gem hjælpestedet</translation>
        </message>
        <message>
            <source>&amp;Brug ikke mere</source>
            <translation>&amp;Brug ikke mere</translation>
        </message>
        <message>
            <source>Brug ikke hjælpestedet mere</source>
            <translation>Brug ikke hjælpestedet mere</translation>
        </message>
        <message>
            <source>Tilbydes ikke mere; tidligere henvisninger bevares</source>
            <translation>Tilbydes ikke mere; tidligere henvisninger bevares</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Besked</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Hjælpestedet '%1' er gemt.</source>
            <translation>Hjælpestedet '%1' er gemt.</translation>
        </message>
        <message>
            <source>'%1' tilbydes ikke mere på afslutningen.</source>
            <translation>'%1' tilbydes ikke mere på afslutningen.</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>Borgerens historik</source>
            <translation>Borgerens historik</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Luk historikken</source>
            <translation>Luk historikken</translation>
        </message>
        <message>
            <source>Luk historikken (Esc)</source>
            <translation>Luk historikken (Esc)</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>Borgerens historik</source>
            <translation>Borgerens historik</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Udvikling</source>
            <translation>Udvikling</translation>
        </message>
        <message>
            <source>Fejl</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>&lt;b&gt;&amp;Opgaver – hvor selvhjulpen er borgeren?&lt;/b&gt;</source>
            <translation>&lt;b&gt;&amp;Opgaver – hvor selvhjulpen er borgeren?&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Status pr. opgave</source>
            <translation>Status pr. opgave</translation>
        </message>
        <message>
            <source>&lt;b&gt;Kompetenceniveau over tid&lt;/b&gt;</source>
            <translation>&lt;b&gt;Kompetenceniveau over tid&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;&amp;Besøg&lt;/b&gt;</source>
            <translation>&lt;b&gt;&amp;Besøg&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Borgerens besøg</source>
            <translation>Borgerens besøg</translation>
        </message>
        <message>
            <source>Som digital ambassadør ser du kun status pr. opgave.</source>
            <translation>Som digital ambassadør ser du kun status pr. opgave.</translation>
        </message>
        <message>
            <source>%1 · aldersgruppe %2</source>
            <translation>%1 · aldersgruppe %2</translation>
        </message>
        <message>
            <source>%1 besøg · selvhjulpen i %2 af %3 opgaver · kompetenceniveau: %4</source>
            <translation>%1 besøg · selvhjulpen i %2 af %3 opgaver · kompetenceniveau: %4</translation>
        </message>
    </context>
    <context>
        <name>HistoryVisitsModel</name>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Forløb</source>
            <translation>Forløb</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Selvstændighed</source>
            <translation>Selvstændighed</translation>
        </message>
        <message>
            <source>Borgerens andel</source>
            <translation>Borgerens andel</translation>
        </message>
        <message>
            <source>Henvisning</source>
            <translation>Henvisning</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>ikke afklaret (%1–%2)</source>
            <translation>ikke afklaret (%1–%2)</translation>
        </message>
        <message>
            <source> · vej valgt af medarbejder: %1</source>
            <translation> · vej valgt af medarbejder: %1</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>observeres</source>
            <translation>observeres</translation>
        </message>
        <message>
            <source>Vurderes mens borgeren gør ærindet; kan besvares senere</source>
            <translation>Vurderes mens borgeren gør ærindet; kan besvares senere</translation>
        </message>
        <message>
            <source>Tast %1</source>
            <translation>Tast %1</translation>
        </message>
        <message>
            <source>Taster – %1. Enter: videre. Tilbage-tast: slet svaret.</source>
            <translation>Taster – %1. Enter: videre. Tilbage-tast: slet svaret.</translation>
        </message>
        <message>
            <source>ikke besvaret</source>
            <translation>ikke besvaret</translation>
        </message>
        <message>
            <source>Svar: %1. %2</source>
            <translation>Svar: %1. %2</translation>
        </message>
    </context>
    <context>
        <name>KeyDialog</name>
        <message>
            <source>Pseudonymiseringsnøgle</source>
            <translation>Pseudonymiseringsnøgle</translation>
        </message>
        <message>
            <source>CPR-numre gemmes aldrig. Borgere genkendes ved en nøglebaseret kode af CPR-nummeret. Nøglen ligger uden for databasen og skal være den samme på alle kommunens pc'er.</source>
            <translation>CPR-numre gemmes aldrig. Borgere genkendes ved en nøglebaseret kode af CPR-nummeret. Nøglen ligger uden for databasen og skal være den samme på alle kommunens pc'er.</translation>
        </message>
        <message>
            <source>Nøglens status</source>
            <translation>Nøglens status</translation>
        </message>
        <message>
            <source>Nøglens fingeraftryk</source>
            <translation>Nøglens fingeraftryk</translation>
        </message>
        <message>
            <source>Sammenlign fingeraftrykket på kommunens pc'er</source>
            <translation>Sammenlign fingeraftrykket på kommunens pc'er</translation>
        </message>
        <message>
            <source>&amp;Eksportér nøglen …</source>
            <translation>&amp;Eksportér nøglen …</translation>
        </message>
        <message>
            <source>Eksportér nøglen til en fil</source>
            <translation>Eksportér nøglen til en fil</translation>
        </message>
        <message>
            <source>Til kommunens andre pc'er (kun teamleder)</source>
            <translation>Til kommunens andre pc'er (kun teamleder)</translation>
        </message>
        <message>
            <source>&amp;Importér nøglen …</source>
            <translation>&amp;Importér nøglen …</translation>
        </message>
        <message>
            <source>Importér kommunens nøgle fra en fil</source>
            <translation>Importér kommunens nøgle fra en fil</translation>
        </message>
        <message>
            <source>Brug kommunens fælles nøgle (kun teamleder)</source>
            <translation>Brug kommunens fælles nøgle (kun teamleder)</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>CPR-opslag er slået til. Nøglen ligger i filen %1.</source>
            <translation>CPR-opslag er slået til. Nøglen ligger i filen %1.</translation>
        </message>
        <message>
            <source>CPR-opslag er slået til. Nøglen ligger i styresystemets nøglering.</source>
            <translation>CPR-opslag er slået til. Nøglen ligger i styresystemets nøglering.</translation>
        </message>
        <message>
            <source>Fingeraftryk: %1</source>
            <translation>Fingeraftryk: %1</translation>
        </message>
        <message>
            <source>Ingen nøgle på denne pc.</source>
            <translation>Ingen nøgle på denne pc.</translation>
        </message>
        <message>
            <source>Eksportér nøglen</source>
            <translation>Eksportér nøglen</translation>
        </message>
        <message>
            <source>Gem nøglen</source>
            <translation>Gem nøglen</translation>
        </message>
        <message>
            <source>Nøglefil (*.key)</source>
            <translation>Nøglefil (*.key)</translation>
        </message>
        <message>
            <source>Nøglen blev ikke gemt</source>
            <translation>Nøglen blev ikke gemt</translation>
        </message>
        <message>
            <source>Nøglen er gemt</source>
            <translation>Nøglen er gemt</translation>
        </message>
        <message>
            <source>Nøglen er gemt i %1. Slet kopien, når den er importeret.</source>
            <translation>Nøglen er gemt i %1. Slet kopien, når den er importeret.</translation>
        </message>
        <message>
            <source>Importér nøglen</source>
            <translation>Importér nøglen</translation>
        </message>
        <message>
            <source>Nøglefil (*.key);;Alle filer (*)</source>
            <translation>Nøglefil (*.key);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Anden nøgle</source>
            <translation>Anden nøgle</translation>
        </message>
        <message>
            <source>Vil du importere nøglen alligevel?</source>
            <translation>Vil du importere nøglen alligevel?</translation>
        </message>
        <message>
            <source>Nøglen blev ikke importeret</source>
            <translation>Nøglen blev ikke importeret</translation>
        </message>
        <message>
            <source>Nøglen</source>
            <translation>Nøglen</translation>
        </message>
    </context>
    <context>
        <name>KomhenDialog</name>
        <message>
            <source>KOMHEN-tælleuge</source>
            <translation>KOMHEN-tælleuge</translation>
        </message>
        <message>
            <source>En dag i tælleugen</source>
            <translation>En dag i tælleugen</translation>
        </message>
        <message>
            <source>Vælg en dag; hele ugen (mandag–søndag) tælles</source>
            <translation>Vælg en dag; hele ugen (mandag–søndag) tælles</translation>
        </message>
        <message>
            <source>Alle steder</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Tæl ét sted eller alle</source>
            <translation>Tæl ét sted eller alle</translation>
        </message>
        <message>
            <source>Henvendelser pr. sted, kanal, opgave og type</source>
            <translation>Henvendelser pr. sted, kanal, opgave og type</translation>
        </message>
        <message>
            <source>Advarsler</source>
            <translation>Advarsler</translation>
        </message>
        <message>
            <source>Gem som &amp;CSV …</source>
            <translation>Gem som &amp;CSV …</translation>
        </message>
        <message>
            <source>Gem som &amp;Excel …</source>
            <translation>Gem som &amp;Excel …</translation>
        </message>
        <message>
            <source>Gem KOMHEN-optællingen som CSV (semikolon)</source>
            <translation>Gem KOMHEN-optællingen som CSV (semikolon)</translation>
        </message>
        <message>
            <source>Gem KOMHEN-optællingen som Excel-fil</source>
            <translation>Gem KOMHEN-optællingen som Excel-fil</translation>
        </message>
        <message>
            <source>&amp;Uge:</source>
            <translation>&amp;Uge:</translation>
        </message>
        <message>
            <source>&amp;Sted:</source>
            <translation>&amp;Sted:</translation>
        </message>
        <message>
            <source>Uge %1</source>
            <translation>Uge %1</translation>
        </message>
        <message>
            <source>Gem KOMHEN-optælling</source>
            <translation>Gem KOMHEN-optælling</translation>
        </message>
    </context>
    <context>
        <name>KomhenModel</name>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Kanal</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>I alt</source>
            <translation>I alt</translation>
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
            <source>Udgående</source>
            <translation>Udgående</translation>
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
            <source>Annulleret</source>
            <translation>Annulleret</translation>
        </message>
        <message>
            <source>Jobcenter</source>
            <translation>Jobcenter</translation>
        </message>
        <message>
            <source>Udkørende</source>
            <translation>Udkørende</translation>
        </message>
        <message>
            <source>Borgers historik åbnet</source>
            <translation>Borgers historik åbnet</translation>
        </message>
        <message>
            <source>Borgers status pr. opgave vist</source>
            <translation>Borgers status pr. opgave vist</translation>
        </message>
        <message>
            <source>Borger fundet med CPR-nummer</source>
            <translation>Borger fundet med CPR-nummer</translation>
        </message>
        <message>
            <source>Borger fundet med borgerkode</source>
            <translation>Borger fundet med borgerkode</translation>
        </message>
        <message>
            <source>Besøg åbnet</source>
            <translation>Besøg åbnet</translation>
        </message>
        <message>
            <source>Regel for kommunen ændret</source>
            <translation>Regel for kommunen ændret</translation>
        </message>
        <message>
            <source>Sted oprettet</source>
            <translation>Sted oprettet</translation>
        </message>
        <message>
            <source>Sted omdøbt</source>
            <translation>Sted omdøbt</translation>
        </message>
        <message>
            <source>Sted lukket</source>
            <translation>Sted lukket</translation>
        </message>
        <message>
            <source>Hjælpested oprettet</source>
            <translation>Hjælpested oprettet</translation>
        </message>
        <message>
            <source>Hjælpested rettet</source>
            <translation>Hjælpested rettet</translation>
        </message>
        <message>
            <source>Hjælpested bruges ikke mere</source>
            <translation>Hjælpested bruges ikke mere</translation>
        </message>
        <message>
            <source>Udfald af henvisning registreret</source>
            <translation>Udfald af henvisning registreret</translation>
        </message>
        <message>
            <source>Borger oprettet</source>
            <translation>Borger oprettet</translation>
        </message>
        <message>
            <source>Ny borgerkode</source>
            <translation>Ny borgerkode</translation>
        </message>
        <message>
            <source>Borger knyttet til besøg</source>
            <translation>Borger knyttet til besøg</translation>
        </message>
        <message>
            <source>Borger fjernet fra besøg</source>
            <translation>Borger fjernet fra besøg</translation>
        </message>
        <message>
            <source>Kompetenceniveau ændret</source>
            <translation>Kompetenceniveau ændret</translation>
        </message>
        <message>
            <source>Ændret niveau fjernet</source>
            <translation>Ændret niveau fjernet</translation>
        </message>
        <message>
            <source>Anbefalet vej ændret</source>
            <translation>Anbefalet vej ændret</translation>
        </message>
        <message>
            <source>Ændret vej fjernet</source>
            <translation>Ændret vej fjernet</translation>
        </message>
        <message>
            <source>MitID-trin uden grundlag afvist</source>
            <translation>MitID-trin uden grundlag afvist</translation>
        </message>
        <message>
            <source>Besøg annulleret</source>
            <translation>Besøg annulleret</translation>
        </message>
        <message>
            <source>Tidligere vurdering vist</source>
            <translation>Tidligere vurdering vist</translation>
        </message>
        <message>
            <source>Aftaler importeret</source>
            <translation>Aftaler importeret</translation>
        </message>
        <message>
            <source>Pseudonymiseringsnøgle oprettet</source>
            <translation>Pseudonymiseringsnøgle oprettet</translation>
        </message>
        <message>
            <source>Pseudonymiseringsnøgle eksporteret</source>
            <translation>Pseudonymiseringsnøgle eksporteret</translation>
        </message>
        <message>
            <source>Pseudonymiseringsnøgle importeret</source>
            <translation>Pseudonymiseringsnøgle importeret</translation>
        </message>
        <message>
            <source>KOMHEN-optælling eksporteret</source>
            <translation>KOMHEN-optælling eksporteret</translation>
        </message>
        <message>
            <source>Friktionsrapport til ejerne eksporteret</source>
            <translation>Friktionsrapport til ejerne eksporteret</translation>
        </message>
        <message>
            <source>Statistik genberegnet</source>
            <translation>Statistik genberegnet</translation>
        </message>
        <message>
            <source>Indsigt udleveret</source>
            <translation>Indsigt udleveret</translation>
        </message>
        <message>
            <source>Borger slettet</source>
            <translation>Borger slettet</translation>
        </message>
        <message>
            <source>Udskrift til borgeren</source>
            <translation>Udskrift til borgeren</translation>
        </message>
        <message>
            <source>Journalnotat</source>
            <translation>Journalnotat</translation>
        </message>
        <message>
            <source>Besøg eksporteret</source>
            <translation>Besøg eksporteret</translation>
        </message>
        <message>
            <source>Revisionslog eksporteret</source>
            <translation>Revisionslog eksporteret</translation>
        </message>
        <message>
            <source>Sletning efter slettefrist</source>
            <translation>Sletning efter slettefrist</translation>
        </message>
        <message>
            <source>Logget ind</source>
            <translation>Logget ind</translation>
        </message>
        <message>
            <source>Forkert adgangskode</source>
            <translation>Forkert adgangskode</translation>
        </message>
        <message>
            <source>Medarbejder oprettet</source>
            <translation>Medarbejder oprettet</translation>
        </message>
        <message>
            <source>Rolle ændret</source>
            <translation>Rolle ændret</translation>
        </message>
        <message>
            <source>Medarbejder deaktiveret</source>
            <translation>Medarbejder deaktiveret</translation>
        </message>
        <message>
            <source>Medarbejder genaktiveret</source>
            <translation>Medarbejder genaktiveret</translation>
        </message>
        <message>
            <source>Adgangskode sat</source>
            <translation>Adgangskode sat</translation>
        </message>
        <message>
            <source>Workshop registreret</source>
            <translation>Workshop registreret</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Besøg</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Regel</source>
            <translation>Regel</translation>
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
            <source>Borgeren selv</source>
            <translation>Borgeren selv</translation>
        </message>
        <message>
            <source>Borgeren med vejledning</source>
            <translation>Borgeren med vejledning</translation>
        </message>
        <message>
            <source>Medarbejderen gjorde det</source>
            <translation>Medarbejderen gjorde det</translation>
        </message>
        <message>
            <source>Sprunget over (ikke nødvendigt)</source>
            <translation>Sprunget over (ikke nødvendigt)</translation>
        </message>
        <message>
            <source>Ambassadøren gjorde det</source>
            <translation>Ambassadøren gjorde det</translation>
        </message>
        <message>
            <source>Har ikke MitID / kan ikke bruge det</source>
            <translation>Har ikke MitID / kan ikke bruge det</translation>
        </message>
        <message>
            <source>Mangler et dokument</source>
            <translation>Mangler et dokument</translation>
        </message>
        <message>
            <source>Systemet virker ikke</source>
            <translation>Systemet virker ikke</translation>
        </message>
        <message>
            <source>Andet</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>I gang</source>
            <translation>I gang</translation>
        </message>
        <message>
            <source>På pause</source>
            <translation>På pause</translation>
        </message>
        <message>
            <source>Gennemført</source>
            <translation>Gennemført</translation>
        </message>
        <message>
            <source>Stoppet</source>
            <translation>Stoppet</translation>
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
        <message>
            <source>Ikke oplyst</source>
            <translation>Ikke oplyst</translation>
        </message>
        <message>
            <source>Under 18 år</source>
            <translation>Under 18 år</translation>
        </message>
        <message>
            <source>18–29 år</source>
            <translation>18–29 år</translation>
        </message>
        <message>
            <source>30–49 år</source>
            <translation>30–49 år</translation>
        </message>
        <message>
            <source>50–66 år</source>
            <translation>50–66 år</translation>
        </message>
        <message>
            <source>67–79 år</source>
            <translation>67–79 år</translation>
        </message>
        <message>
            <source>80 år og derover</source>
            <translation>80 år og derover</translation>
        </message>
        <message>
            <source>Dansk</source>
            <translation>Dansk</translation>
        </message>
        <message>
            <source>Engelsk</source>
            <translation>Engelsk</translation>
        </message>
        <message>
            <source>Tysk</source>
            <translation>Tysk</translation>
        </message>
        <message>
            <source>Polsk</source>
            <translation>Polsk</translation>
        </message>
        <message>
            <source>Ukrainsk</source>
            <translation>Ukrainsk</translation>
        </message>
        <message>
            <source>Arabisk</source>
            <translation>Arabisk</translation>
        </message>
        <message>
            <source>Tyrkisk</source>
            <translation>Tyrkisk</translation>
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
            <translation>Persisk</translation>
        </message>
        <message>
            <source>Andet sprog</source>
            <translation>Andet sprog</translation>
        </message>
        <message>
            <source>Delvist gennemført</source>
            <translation>Delvist gennemført</translation>
        </message>
        <message>
            <source>Ikke gennemført</source>
            <translation>Ikke gennemført</translation>
        </message>
        <message>
            <source>Ingen MitID</source>
            <translation>Ingen MitID</translation>
        </message>
        <message>
            <source>Manglende papirer</source>
            <translation>Manglende papirer</translation>
        </message>
        <message>
            <source>Systemet var nede</source>
            <translation>Systemet var nede</translation>
        </message>
        <message>
            <source>Tiden slap op</source>
            <translation>Tiden slap op</translation>
        </message>
        <message>
            <source>Kræver en anden myndighed</source>
            <translation>Kræver en anden myndighed</translation>
        </message>
        <message>
            <source>Borgeren ønskede det ikke</source>
            <translation>Borgeren ønskede det ikke</translation>
        </message>
        <message>
            <source>Med vejledning</source>
            <translation>Med vejledning</translation>
        </message>
        <message>
            <source>Selv, med hjælp ved behov</source>
            <translation>Selv, med hjælp ved behov</translation>
        </message>
        <message>
            <source>Helt selv</source>
            <translation>Helt selv</translation>
        </message>
        <message>
            <source>Kursus på biblioteket</source>
            <translation>Kursus på biblioteket</translation>
        </message>
        <message>
            <source>Den Digitale Hotline</source>
            <translation>Den Digitale Hotline</translation>
        </message>
        <message>
            <source>Pårørende (læseadgang/fuldmagt)</source>
            <translation>Pårørende (læseadgang/fuldmagt)</translation>
        </message>
        <message>
            <source>Fritagelse for Digital Post</source>
            <translation>Fritagelse for Digital Post</translation>
        </message>
        <message>
            <source>Et andet kontor</source>
            <translation>Et andet kontor</translation>
        </message>
        <message>
            <source>Ring til borgeren</source>
            <translation>Ring til borgeren</translation>
        </message>
        <message>
            <source>Ny aftale</source>
            <translation>Ny aftale</translation>
        </message>
        <message>
            <source>Tjek om borgeren klarede det selv</source>
            <translation>Tjek om borgeren klarede det selv</translation>
        </message>
        <message>
            <source>Klarede det selv derhjemme</source>
            <translation>Klarede det selv derhjemme</translation>
        </message>
        <message>
            <source>Fik brug for hjælp</source>
            <translation>Fik brug for hjælp</translation>
        </message>
        <message>
            <source>Ikke truffet</source>
            <translation>Ikke truffet</translation>
        </message>
        <message>
            <source>Ikke startet</source>
            <translation>Ikke startet</translation>
        </message>
        <message>
            <source>Lærer det</source>
            <translation>Lærer det</translation>
        </message>
        <message>
            <source>Kan med hjælp</source>
            <translation>Kan med hjælp</translation>
        </message>
        <message>
            <source>Selvhjulpen</source>
            <translation>Selvhjulpen</translation>
        </message>
        <message>
            <source>Anden vej valgt</source>
            <translation>Anden vej valgt</translation>
        </message>
        <message>
            <source>stigende</source>
            <translation>stigende</translation>
        </message>
        <message>
            <source>uændret</source>
            <translation>uændret</translation>
        </message>
        <message>
            <source>faldende</source>
            <translation>faldende</translation>
        </message>
        <message>
            <source>for få vurderinger</source>
            <translation>for få vurderinger</translation>
        </message>
        <message>
            <source>0 Afhængig</source>
            <translation>0 Afhængig</translation>
        </message>
        <message>
            <source>1 Med hjælp</source>
            <translation>1 Med hjælp</translation>
        </message>
        <message>
            <source>2 Selvhjulpen</source>
            <translation>2 Selvhjulpen</translation>
        </message>
        <message>
            <source>3 Kan hjælpe andre</source>
            <translation>3 Kan hjælpe andre</translation>
        </message>
        <message>
            <source>Aftalt</source>
            <translation>Aftalt</translation>
        </message>
        <message>
            <source>Udført</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Aflyst</source>
            <translation>Aflyst</translation>
        </message>
        <message>
            <source>Generel information og vejvisning</source>
            <translation>Generel information og vejvisning</translation>
        </message>
        <message>
            <source>Tidsbestilling</source>
            <translation>Tidsbestilling</translation>
        </message>
        <message>
            <source>Hjælp til selvbetjening</source>
            <translation>Hjælp til selvbetjening</translation>
        </message>
        <message>
            <source>ugentligt</source>
            <translation>ugentligt</translation>
        </message>
        <message>
            <source>månedligt</source>
            <translation>månedligt</translation>
        </message>
        <message>
            <source>hvert år</source>
            <translation>hvert år</translation>
        </message>
        <message>
            <source>sjældent (med års mellemrum)</source>
            <translation>sjældent (med års mellemrum)</translation>
        </message>
        <message>
            <source>én gang i livet</source>
            <translation>én gang i livet</translation>
        </message>
        <message>
            <source>Kursus</source>
            <translation>Kursus</translation>
        </message>
        <message>
            <source>It-café</source>
            <translation>It-café</translation>
        </message>
        <message>
            <source>Holdundervisning</source>
            <translation>Holdundervisning</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Sikkerhed på nettet</source>
            <translation>Sikkerhed på nettet</translation>
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
            <translation>Telefonen</translation>
        </message>
    </context>
    <context>
        <name>LevelChart</name>
        <message>
            <source>Kompetenceniveau over tid</source>
            <translation>Kompetenceniveau over tid</translation>
        </message>
        <message>
            <source>Ingen vurderinger endnu</source>
            <translation>Ingen vurderinger endnu</translation>
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
            <source>Opda&amp;tér</source>
            <translation>Opda&amp;tér</translation>
        </message>
        <message>
            <source>Hent listen igen</source>
            <translation>Hent listen igen</translation>
        </message>
        <message>
            <source>Ny &amp;aftale …</source>
            <translation>Ny &amp;aftale …</translation>
        </message>
        <message>
            <source>Skriv en booket tid ind i hånden</source>
            <translation>Skriv en booket tid ind i hånden</translation>
        </message>
        <message>
            <source>&amp;Importér aftaler …</source>
            <translation>&amp;Importér aftaler …</translation>
        </message>
        <message>
            <source>Hent bookede tider fra booking-systemets .ics- eller .csv-fil</source>
            <translation>Hent bookede tider fra booking-systemets .ics- eller .csv-fil</translation>
        </message>
        <message>
            <source>&amp;Pseudonymiseringsnøgle …</source>
            <translation>&amp;Pseudonymiseringsnøgle …</translation>
        </message>
        <message>
            <source>Nøglen til CPR-opslag: status, eksport og import</source>
            <translation>Nøglen til CPR-opslag: status, eksport og import</translation>
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
            <source>Borgerens &amp;historik …</source>
            <translation>Borgerens &amp;historik …</translation>
        </message>
        <message>
            <source>Vis historikken for borgeren i det valgte besøg</source>
            <translation>Vis historikken for borgeren i det valgte besøg</translation>
        </message>
        <message>
            <source>&amp;Opfølgning …</source>
            <translation>&amp;Opfølgning …</translation>
        </message>
        <message>
            <source>Vis forfaldne opfølgninger for dette sted</source>
            <translation>Vis forfaldne opfølgninger for dette sted</translation>
        </message>
        <message>
            <source>&amp;Borgerens skærm</source>
            <translation>&amp;Borgerens skærm</translation>
        </message>
        <message>
            <source>Vis eller skjul borgerens skærm med det aktuelle trin (F9)</source>
            <translation>Vis eller skjul borgerens skærm med det aktuelle trin (F9)</translation>
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
            <source>Skift adgangs&amp;kode …</source>
            <translation>Skift adgangs&amp;kode …</translation>
        </message>
        <message>
            <source>Skift din egen adgangskode</source>
            <translation>Skift din egen adgangskode</translation>
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
            <source>Besøget er ikke knyttet til en borger, så der er ingen historik.</source>
            <translation>Besøget er ikke knyttet til en borger, så der er ingen historik.</translation>
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
        <name>NewStaffDialog</name>
        <message>
            <source>Ny medarbejder</source>
            <translation>Ny medarbejder</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Brugernavn på pc'en</source>
            <translation>Brugernavn på pc'en</translation>
        </message>
        <message>
            <source>Bruges til at vælge profilen af sig selv ved login</source>
            <translation>Bruges til at vælge profilen af sig selv ved login</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>Skal udfyldes for en teamleder. For andre valgfri: uden adgangskode vælger medarbejderen selv én ved første login, hvis pc'en er delt.</source>
            <translation>Skal udfyldes for en teamleder. For andre valgfri: uden adgangskode vælger medarbejderen selv én ved første login, hvis pc'en er delt.</translation>
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>&amp;Sted:</source>
            <translation>&amp;Sted:</translation>
        </message>
        <message>
            <source>&amp;Brugernavn:</source>
            <translation>&amp;Brugernavn:</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <source>Opret</source>
            <translation>Opret</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Annullér</translation>
        </message>
    </context>
    <context>
        <name>ObservedItemsWidget</name>
        <message>
            <source>Observerede punkter</source>
            <translation>Observerede punkter</translation>
        </message>
        <message>
            <source>Observér undervejs</source>
            <translation>Observér undervejs</translation>
        </message>
        <message>
            <source>Foreløbigt resultat</source>
            <translation>Foreløbigt resultat</translation>
        </message>
        <message>
            <source>Niveau: ikke vurderet endnu</source>
            <translation>Niveau: ikke vurderet endnu</translation>
        </message>
        <message>
            <source>Niveau: ikke afklaret (%1–%2)</source>
            <translation>Niveau: ikke afklaret (%1–%2)</translation>
        </message>
        <message>
            <source>Niveau %1</source>
            <translation>Niveau %1</translation>
        </message>
    </context>
    <context>
        <name>ObstacleDialog</name>
        <message>
            <source>Forhindring på trinnet</source>
            <translation>Forhindring på trinnet</translation>
        </message>
        <message>
            <source>Hvad forhindrer trinnet »%1«?</source>
            <translation>Hvad forhindrer trinnet »%1«?</translation>
        </message>
        <message>
            <source>Forhindringer</source>
            <translation>Forhindringer</translation>
        </message>
        <message>
            <source>Vælg med piletasterne eller tast 1–4</source>
            <translation>Vælg med piletasterne eller tast 1–4</translation>
        </message>
        <message>
            <source>&amp;Forhindring:</source>
            <translation>&amp;Forhindring:</translation>
        </message>
        <message>
            <source>Kort note</source>
            <translation>Kort note</translation>
        </message>
        <message>
            <source>Kort note (valgfri) – aldrig CPR-nummer</source>
            <translation>Kort note (valgfri) – aldrig CPR-nummer</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>Hvad nu</source>
            <translation>Hvad nu</translation>
        </message>
        <message>
            <source>Fortsæt forløbet</source>
            <translation>Fortsæt forløbet</translation>
        </message>
        <message>
            <source>Sæt forløbet på pause</source>
            <translation>Sæt forløbet på pause</translation>
        </message>
        <message>
            <source>Stop forløbet her</source>
            <translation>Stop forløbet her</translation>
        </message>
        <message>
            <source>&amp;Derefter:</source>
            <translation>&amp;Derefter:</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>Fortryd</source>
            <translation>Fortryd</translation>
        </message>
    </context>
    <context>
        <name>OutcomePanel</name>
        <message>
            <source>Afslut</source>
            <translation>Afslut</translation>
        </message>
        <message>
            <source>Afslut besøget</source>
            <translation>Afslut besøget</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Afslut besøget&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Afslut besøget&lt;/h3&gt;</translation>
        </message>
        <message>
            <source>Ingen årsag valgt</source>
            <translation>Ingen årsag valgt</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Ingen henvisning</source>
            <translation>Ingen henvisning</translation>
        </message>
        <message>
            <source>Kort note uden CPR-nummer (valgfri)</source>
            <translation>Kort note uden CPR-nummer (valgfri)</translation>
        </message>
        <message>
            <source>Ingen opfølgning</source>
            <translation>Ingen opfølgning</translation>
        </message>
        <message>
            <source>&amp;Luk besøget (Ctrl+Enter)</source>
            <translation>&amp;Luk besøget (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Resultat</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Blev ærindet gennemført?</source>
            <translation>Blev ærindet gennemført?</translation>
        </message>
        <message>
            <source>Hvorfor</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <source>Hvad stoppede ærindet?</source>
            <translation>Hvad stoppede ærindet?</translation>
        </message>
        <message>
            <source>Selvstændighed</source>
            <translation>Selvstændighed</translation>
        </message>
        <message>
            <source>Hvor selv klarede borgeren det? Forslaget kommer fra trinene.</source>
            <translation>Hvor selv klarede borgeren det? Forslaget kommer fra trinene.</translation>
        </message>
        <message>
            <source>Henvendelsestype</source>
            <translation>Henvendelsestype</translation>
        </message>
        <message>
            <source>Tælles i statistik og KOMHEN; forslaget kommer fra forløbene</source>
            <translation>Tælles i statistik og KOMHEN; forslaget kommer fra forløbene</translation>
        </message>
        <message>
            <source>Varighed</source>
            <translation>Varighed</translation>
        </message>
        <message>
            <source>Minutter fra start til nu; kan rettes</source>
            <translation>Minutter fra start til nu; kan rettes</translation>
        </message>
        <message>
            <source>Henvisning</source>
            <translation>Henvisning</translation>
        </message>
        <message>
            <source>Hvor kan borgeren få mere hjælp?</source>
            <translation>Hvor kan borgeren få mere hjælp?</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Kort note; CPR-numre bliver skjult</source>
            <translation>Kort note; CPR-numre bliver skjult</translation>
        </message>
        <message>
            <source>Opfølgning</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Hvad skal der ske bagefter?</source>
            <translation>Hvad skal der ske bagefter?</translation>
        </message>
        <message>
            <source>Opfølgningsdato</source>
            <translation>Opfølgningsdato</translation>
        </message>
        <message>
            <source>Hvornår</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Luk besøget</source>
            <translation>Luk besøget</translation>
        </message>
        <message>
            <source>Gem resultatet og luk besøget</source>
            <translation>Gem resultatet og luk besøget</translation>
        </message>
        <message>
            <source>Forslag til selvstændighed</source>
            <translation>Forslag til selvstændighed</translation>
        </message>
        <message>
            <source>Advarsel om CPR-nummer</source>
            <translation>Advarsel om CPR-nummer</translation>
        </message>
        <message>
            <source>Fejl</source>
            <translation>Fejl</translation>
        </message>
        <message>
            <source>Besøget er afsluttet</source>
            <translation>Besøget er afsluttet</translation>
        </message>
        <message>
            <source>Res&amp;ultat:</source>
            <translation>Res&amp;ultat:</translation>
        </message>
        <message>
            <source>H&amp;vorfor:</source>
            <translation>H&amp;vorfor:</translation>
        </message>
        <message>
            <source>Vari&amp;ghed:</source>
            <translation>Vari&amp;ghed:</translation>
        </message>
        <message>
            <source>&amp;Selvstændighed:</source>
            <translation>&amp;Selvstændighed:</translation>
        </message>
        <message>
            <source>T&amp;ype:</source>
            <translation>T&amp;ype:</translation>
        </message>
        <message>
            <source>H&amp;envisning:</source>
            <translation>H&amp;envisning:</translation>
        </message>
        <message>
            <source>Henv&amp;is til:</source>
            <translation>Henv&amp;is til:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>&amp;Opfølgning:</source>
            <translation>&amp;Opfølgning:</translation>
        </message>
        <message>
            <source>Knyt borgeren til besøget for at planlægge en opfølgning</source>
            <translation>Knyt borgeren til besøget for at planlægge en opfølgning</translation>
        </message>
        <message>
            <source>Ingen trin markeret – vælg selv.</source>
            <translation>Ingen trin markeret – vælg selv.</translation>
        </message>
        <message>
            <source>Forslag ud fra de markerede trin: %1 (borgeren gjorde %2 af dem)</source>
            <translation>Forslag ud fra de markerede trin: %1 (borgeren gjorde %2 af dem)</translation>
        </message>
        <message>
            <source>Noten ser ud til at indeholde et CPR-nummer. Det bliver skjult (%1), når du gemmer.</source>
            <translation>Noten ser ud til at indeholde et CPR-nummer. Det bliver skjult (%1), når du gemmer.</translation>
        </message>
        <message>
            <source>Noten er for lang: højst %1 tegn.</source>
            <translation>Noten er for lang: højst %1 tegn.</translation>
        </message>
        <message>
            <source>%1 CPR-lignende nummer blev skjult i noten.</source>
            <translation>%1 CPR-lignende nummer blev skjult i noten.</translation>
        </message>
        <message>
            <source>Besøget er annulleret.</source>
            <translation>Besøget er annulleret.</translation>
        </message>
        <message>
            <source>Besøget er afsluttet.</source>
            <translation>Besøget er afsluttet.</translation>
        </message>
        <message>
            <source>Besøget er afsluttet: %1, %2.</source>
            <translation>Besøget er afsluttet: %1, %2.</translation>
        </message>
    </context>
    <context>
        <name>OverdueReferralsPanel</name>
        <message>
            <source>Henvisninger, der ikke er taget op</source>
            <translation>Henvisninger, der ikke er taget op</translation>
        </message>
        <message>
            <source>&lt;b&gt;Henvisninger, der ikke er taget op&lt;/b&gt;</source>
            <translation>&lt;b&gt;Henvisninger, der ikke er taget op&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Henvist til</source>
            <translation>Henvist til</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>Frist</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Medarbejder</source>
            <translation>Medarbejder</translation>
        </message>
        <message>
            <source>Borgeren &amp;kom derhen</source>
            <translation>Borgeren &amp;kom derhen</translation>
        </message>
        <message>
            <source>Borgeren kom hen til hjælpestedet</source>
            <translation>Borgeren kom hen til hjælpestedet</translation>
        </message>
        <message>
            <source>Kun for hjælpesteder: et af kommunens steder registrerer selv besøget</source>
            <translation>Kun for hjælpesteder: et af kommunens steder registrerer selv besøget</translation>
        </message>
        <message>
            <source>Borgeren kom &amp;ikke</source>
            <translation>Borgeren kom &amp;ikke</translation>
        </message>
        <message>
            <source>Borgeren kom ikke derhen</source>
            <translation>Borgeren kom ikke derhen</translation>
        </message>
        <message>
            <source>Henvisningen blev ikke taget op</source>
            <translation>Henvisningen blev ikke taget op</translation>
        </message>
        <message>
            <source>Besked om henvisninger</source>
            <translation>Besked om henvisninger</translation>
        </message>
        <message>
            <source>ikke angivet</source>
            <translation>ikke angivet</translation>
        </message>
        <message>
            <source>Registreret: %1 kom derhen.</source>
            <translation>Registreret: %1 kom derhen.</translation>
        </message>
        <message>
            <source>Registreret: %1 kom ikke.</source>
            <translation>Registreret: %1 kom ikke.</translation>
        </message>
    </context>
    <context>
        <name>PoliciesDialog</name>
        <message>
            <source>Regler for hele kommunen</source>
            <translation>Regler for hele kommunen</translation>
        </message>
        <message>
            <source>Reglerne gælder på alle kommunens pc'er. Kun en teamleder kan ændre dem, og hver ændring skrives i revisionsloggen.</source>
            <translation>Reglerne gælder på alle kommunens pc'er. Kun en teamleder kan ændre dem, og hver ændring skrives i revisionsloggen.</translation>
        </message>
        <message>
            <source>Slet &amp;besøg knyttet til en borger efter (måneder):</source>
            <translation>Slet &amp;besøg knyttet til en borger efter (måneder):</translation>
        </message>
        <message>
            <source>Slet &amp;noter efter (måneder):</source>
            <translation>Slet &amp;noter efter (måneder):</translation>
        </message>
        <message>
            <source>Slet &amp;revisionsloggen efter (måneder):</source>
            <translation>Slet &amp;revisionsloggen efter (måneder):</translation>
        </message>
        <message>
            <source>Frist for at tage en henvisning op (dage)</source>
            <translation>Frist for at tage en henvisning op (dage)</translation>
        </message>
        <message>
            <source>&amp;Frist for at tage en henvisning op (dage):</source>
            <translation>&amp;Frist for at tage en henvisning op (dage):</translation>
        </message>
        <message>
            <source>&amp;Delte pc'er: alle profiler skal have adgangskode</source>
            <translation>&amp;Delte pc'er: alle profiler skal have adgangskode</translation>
        </message>
        <message>
            <source>Delte pc'er</source>
            <translation>Delte pc'er</translation>
        </message>
        <message>
            <source>&amp;Gem</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>Kan ikke gemme</source>
            <translation>Kan ikke gemme</translation>
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
            <source>Sproget skifter med det samme i alle åbne vinduer</source>
            <translation>Sproget skifter med det samme i alle åbne vinduer</translation>
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
            <source>Sprog, tekststørrelse og kontrast skifter med det samme.</source>
            <translation>Sprog, tekststørrelse og kontrast skifter med det samme.</translation>
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
        <name>QuickTallyDialog</name>
        <message>
            <source>Kort henvendelse</source>
            <translation>Kort henvendelse</translation>
        </message>
        <message>
            <source>Registrér en kort henvendelse</source>
            <translation>Registrér en kort henvendelse</translation>
        </message>
        <message>
            <source>Registrerede henvendelser</source>
            <translation>Registrerede henvendelser</translation>
        </message>
        <message>
            <source>Kanal</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Hvor henvendelsen kom ind</source>
            <translation>Hvor henvendelsen kom ind</translation>
        </message>
        <message>
            <source>Henvendelsestype</source>
            <translation>Henvendelsestype</translation>
        </message>
        <message>
            <source>Information, interaktion eller transaktion</source>
            <translation>Information, interaktion eller transaktion</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>KOMHEN-opgaven eller forløbet det drejede sig om</source>
            <translation>KOMHEN-opgaven eller forløbet det drejede sig om</translation>
        </message>
        <message>
            <source>&amp;Kanal:</source>
            <translation>&amp;Kanal:</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>&amp;Opgave:</source>
            <translation>&amp;Opgave:</translation>
        </message>
        <message>
            <source>&amp;Registrér (Enter)</source>
            <translation>&amp;Registrér (Enter)</translation>
        </message>
        <message>
            <source>Registrér henvendelsen</source>
            <translation>Registrér henvendelsen</translation>
        </message>
        <message>
            <source>Gem og ryd til den næste (Enter)</source>
            <translation>Gem og ryd til den næste (Enter)</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Luk (Esc)</source>
            <translation>Luk (Esc)</translation>
        </message>
        <message>
            <source>Registreret: %1, %2, %3. I dag: %4.</source>
            <translation>Registreret: %1, %2, %3. I dag: %4.</translation>
        </message>
    </context>
    <context>
        <name>ReferralFields</name>
        <message>
            <source>Ingen henvisning til et sted</source>
            <translation>Ingen henvisning til et sted</translation>
        </message>
        <message>
            <source>Opgave ikke angivet</source>
            <translation>Opgave ikke angivet</translation>
        </message>
        <message>
            <source>%1 (hjælpested)</source>
            <translation>%1 (hjælpested)</translation>
        </message>
        <message>
            <source>Henvis til</source>
            <translation>Henvis til</translation>
        </message>
        <message>
            <source>Et andet af kommunens steder eller et hjælpested; stedet ser ikke noten</source>
            <translation>Et andet af kommunens steder eller et hjælpested; stedet ser ikke noten</translation>
        </message>
        <message>
            <source>Opgave for henvisningen</source>
            <translation>Opgave for henvisningen</translation>
        </message>
        <message>
            <source>Hvad borgeren skal have hjælp til dér</source>
            <translation>Hvad borgeren skal have hjælp til dér</translation>
        </message>
    </context>
    <context>
        <name>ReferredHerePanel</name>
        <message>
            <source>Henvist hertil</source>
            <translation>Henvist hertil</translation>
        </message>
        <message>
            <source>&lt;b&gt;Henvist hertil&lt;/b&gt;</source>
            <translation>&lt;b&gt;Henvist hertil&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Borger</source>
            <translation>Borger</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>Henvist fra</source>
            <translation>Henvist fra</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Borgere henvist hertil fra andre steder</source>
            <translation>Borgere henvist hertil fra andre steder</translation>
        </message>
        <message>
            <source>borger kendt ved CPR (spørg en medarbejder)</source>
            <translation>borger kendt ved CPR (spørg en medarbejder)</translation>
        </message>
        <message>
            <source>ikke angivet</source>
            <translation>ikke angivet</translation>
        </message>
    </context>
    <context>
        <name>ResultView</name>
        <message>
            <source>Resultat</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <source>Niveau</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Om niveauet</source>
            <translation>Om niveauet</translation>
        </message>
        <message>
            <source>Digitalt udfordret</source>
            <translation>Digitalt udfordret</translation>
        </message>
        <message>
            <source>Barrierer</source>
            <translation>Barrierer</translation>
        </message>
        <message>
            <source>Anbefaling</source>
            <translation>Anbefaling</translation>
        </message>
        <message>
            <source>Sammenligning med sidste besøg</source>
            <translation>Sammenligning med sidste besøg</translation>
        </message>
        <message>
            <source>Dit skøn</source>
            <translation>Dit skøn</translation>
        </message>
        <message>
            <source>Ændr ni&amp;veau:</source>
            <translation>Ændr ni&amp;veau:</translation>
        </message>
        <message>
            <source>Ændr niveau</source>
            <translation>Ændr niveau</translation>
        </message>
        <message>
            <source>Sæt niveauet efter dit skøn (Alt+V)</source>
            <translation>Sæt niveauet efter dit skøn (Alt+V)</translation>
        </message>
        <message>
            <source>Brug det beregnede niveau</source>
            <translation>Brug det beregnede niveau</translation>
        </message>
        <message>
            <source>Begr&amp;undelse:</source>
            <translation>Begr&amp;undelse:</translation>
        </message>
        <message>
            <source>Begrundelse for niveauet</source>
            <translation>Begrundelse for niveauet</translation>
        </message>
        <message>
            <source>Hvorfor? (kræves, intet CPR-nummer)</source>
            <translation>Hvorfor? (kræves, intet CPR-nummer)</translation>
        </message>
        <message>
            <source>Begrundelsen gemmes sammen med niveauet (Alt+U)</source>
            <translation>Begrundelsen gemmes sammen med niveauet (Alt+U)</translation>
        </message>
        <message>
            <source>&amp;Gem niveau</source>
            <translation>&amp;Gem niveau</translation>
        </message>
        <message>
            <source>Gem niveau</source>
            <translation>Gem niveau</translation>
        </message>
        <message>
            <source>Gem dit niveau og begrundelsen (Alt+G, eller Enter i feltet)</source>
            <translation>Gem dit niveau og begrundelsen (Alt+G, eller Enter i feltet)</translation>
        </message>
        <message>
            <source>Dit niveau</source>
            <translation>Dit niveau</translation>
        </message>
        <message>
            <source>Din vej</source>
            <translation>Din vej</translation>
        </message>
        <message>
            <source>Vælg en anden ve&amp;j:</source>
            <translation>Vælg en anden ve&amp;j:</translation>
        </message>
        <message>
            <source>Vælg en anden vej</source>
            <translation>Vælg en anden vej</translation>
        </message>
        <message>
            <source>Vælg vejen efter dit skøn (Alt+J)</source>
            <translation>Vælg vejen efter dit skøn (Alt+J)</translation>
        </message>
        <message>
            <source>Brug den anbefalede vej</source>
            <translation>Brug den anbefalede vej</translation>
        </message>
        <message>
            <source>Begrundelse for vejen</source>
            <translation>Begrundelse for vejen</translation>
        </message>
        <message>
            <source>Begrundelsen gemmes og logges sammen med vejen</source>
            <translation>Begrundelsen gemmes og logges sammen med vejen</translation>
        </message>
        <message>
            <source>Gem vej</source>
            <translation>Gem vej</translation>
        </message>
        <message>
            <source>Gem vejen og begrundelsen (Enter i feltet)</source>
            <translation>Gem vejen og begrundelsen (Enter i feltet)</translation>
        </message>
        <message>
            <source>Niveau: ikke vurderet endnu</source>
            <translation>Niveau: ikke vurderet endnu</translation>
        </message>
        <message>
            <source>Tast svarene til venstre; resultatet vises her.</source>
            <translation>Tast svarene til venstre; resultatet vises her.</translation>
        </message>
        <message>
            <source>Niveau: ikke afklaret (%1–%2)</source>
            <translation>Niveau: ikke afklaret (%1–%2)</translation>
        </message>
        <message>
            <source>Mindst %1, højst %2. Besvar resten, fx de observerede punkter under ærindet.</source>
            <translation>Mindst %1, højst %2. Besvar resten, fx de observerede punkter under ærindet.</translation>
        </message>
        <message>
            <source>Niveau %1</source>
            <translation>Niveau %1</translation>
        </message>
        <message>
            <source>Sat af dig (beregnet: %1).</source>
            <translation>Sat af dig (beregnet: %1).</translation>
        </message>
        <message>
            <source>ja</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>nej</source>
            <translation>nej</translation>
        </message>
        <message>
            <source>ikke afklaret endnu</source>
            <translation>ikke afklaret endnu</translation>
        </message>
        <message>
            <source>&lt;b&gt;Digitalt udfordret&lt;/b&gt; (Danmarks Statistiks definition): %1</source>
            <translation>&lt;b&gt;Digitalt udfordret&lt;/b&gt; (Danmarks Statistiks definition): %1</translation>
        </message>
        <message>
            <source>&lt;b&gt;Barrierer:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Barrierer:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>ingen fundet indtil nu</source>
            <translation>ingen fundet indtil nu</translation>
        </message>
        <message>
            <source>&lt;b&gt;Anbefaling:&lt;/b&gt; %1</source>
            <translation>&lt;b&gt;Anbefaling:&lt;/b&gt; %1</translation>
        </message>
        <message>
            <source>(foreløbig)</source>
            <translation>(foreløbig)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vej valgt af dig:&lt;/b&gt; %1 – %2</source>
            <translation>&lt;b&gt;Vej valgt af dig:&lt;/b&gt; %1 – %2</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tilbyd også:&lt;/b&gt; %1 – %2</source>
            <translation>&lt;b&gt;Tilbyd også:&lt;/b&gt; %1 – %2</translation>
        </message>
        <message>
            <source>&lt;i&gt;Ikke relevant:&lt;/i&gt; %1 – %2</source>
            <translation>&lt;i&gt;Ikke relevant:&lt;/i&gt; %1 – %2</translation>
        </message>
        <message>
            <source>Ingen tidligere kompetenceafklaring af borgeren.</source>
            <translation>Ingen tidligere kompetenceafklaring af borgeren.</translation>
        </message>
        <message>
            <source>ikke afklaret (%1–%2)</source>
            <translation>ikke afklaret (%1–%2)</translation>
        </message>
        <message>
            <source>ikke vurderet endnu</source>
            <translation>ikke vurderet endnu</translation>
        </message>
        <message>
            <source>bedre end sidst</source>
            <translation>bedre end sidst</translation>
        </message>
        <message>
            <source>svagere end sidst</source>
            <translation>svagere end sidst</translation>
        </message>
        <message>
            <source>som sidst</source>
            <translation>som sidst</translation>
        </message>
        <message>
            <source>&lt;b&gt;Sidst&lt;/b&gt; (%1): %2&lt;br&gt;&lt;b&gt;Nu:&lt;/b&gt; %3&lt;br&gt;%4</source>
            <translation>&lt;b&gt;Sidst&lt;/b&gt; (%1): %2&lt;br&gt;&lt;b&gt;Nu:&lt;/b&gt; %3&lt;br&gt;%4</translation>
        </message>
        <message>
            <source>Dit niveau gælder. Begrundelse: %1</source>
            <translation>Dit niveau gælder. Begrundelse: %1</translation>
        </message>
        <message>
            <source>Det beregnede niveau gælder.</source>
            <translation>Det beregnede niveau gælder.</translation>
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
        <name>RouteEvidence</name>
        <message>
            <source>borgere med niveau ikke afklaret</source>
            <translation>borgere med niveau ikke afklaret</translation>
        </message>
        <message>
            <source>borgere på niveau %1</source>
            <translation>borgere på niveau %1</translation>
        </message>
        <message>
            <source>»%1«: for få tilfælde (%2 %3 med kendt næste gang; mindst %4)</source>
            <translation>»%1«: for få tilfælde (%2 %3 med kendt næste gang; mindst %4)</translation>
        </message>
        <message>
            <source>Af %1 %2 med vejen »%3« til %4 klarede %5 den selv næste gang (inden for 12 måneder) – sandsynligvis mellem %6 og %7.</source>
            <translation>Af %1 %2 med vejen »%3« til %4 klarede %5 den selv næste gang (inden for 12 måneder) – sandsynligvis mellem %6 og %7.</translation>
        </message>
        <message>
            <source>De, der nåede dertil, brugte i snit %1 besøg med ærindet.</source>
            <translation>De, der nåede dertil, brugte i snit %1 besøg med ærindet.</translation>
        </message>
        <message>
            <source>ikke angivet</source>
            <translation>ikke angivet</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; – borgeren har ærindet: %2.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; – borgeren har ærindet: %2.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Vej for dette ærinde:&lt;/b&gt; %1.</source>
            <translation>&lt;b&gt;Vej for dette ærinde:&lt;/b&gt; %1.</translation>
        </message>
        <message>
            <source>Kun borgere med de samme barrierer.</source>
            <translation>Kun borgere med de samme barrierer.</translation>
        </message>
        <message>
            <source>%1 uden nyt inden for 12 måneder er ikke talt med.</source>
            <translation>%1 uden nyt inden for 12 måneder er ikke talt med.</translation>
        </message>
        <message>
            <source>aldrig</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source>Tallene viser, hvad der skete for andre – ikke at vejen var årsagen. Statistikken er opdateret %1.</source>
            <translation>Tallene viser, hvad der skete for andre – ikke at vejen var årsagen. Statistikken er opdateret %1.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Log ind – Medbetjening</source>
            <translation>Log ind – Medbetjening</translation>
        </message>
        <message>
            <source>Log ind</source>
            <translation>Log ind</translation>
        </message>
        <message>
            <source>Vælg din profil. Har profilen en adgangskode, skal du skrive den.</source>
            <translation>Vælg din profil. Har profilen en adgangskode, skal du skrive den.</translation>
        </message>
        <message>
            <source>Brugernavn på pc'en: %1</source>
            <translation>Brugernavn på pc'en: %1</translation>
        </message>
        <message>
            <source>Brugernavn på pc'en</source>
            <translation>Brugernavn på pc'en</translation>
        </message>
        <message>
            <source>Profil</source>
            <translation>Profil</translation>
        </message>
        <message>
            <source>Din medarbejderprofil</source>
            <translation>Din medarbejderprofil</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>Ny adgangskode</source>
            <translation>Ny adgangskode</translation>
        </message>
        <message>
            <source>Mindst 8 tegn; en sætning er let at huske</source>
            <translation>Mindst 8 tegn; en sætning er let at huske</translation>
        </message>
        <message>
            <source>Gentag ny adgangskode</source>
            <translation>Gentag ny adgangskode</translation>
        </message>
        <message>
            <source>&amp;Profil:</source>
            <translation>&amp;Profil:</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <source>&amp;Ny adgangskode:</source>
            <translation>&amp;Ny adgangskode:</translation>
        </message>
        <message>
            <source>&amp;Gentag:</source>
            <translation>&amp;Gentag:</translation>
        </message>
        <message>
            <source>Besked</source>
            <translation>Besked</translation>
        </message>
        <message>
            <source>&amp;Log ind</source>
            <translation>&amp;Log ind</translation>
        </message>
        <message>
            <source>Annullér</source>
            <translation>Annullér</translation>
        </message>
        <message>
            <source>De to adgangskoder er ikke ens.</source>
            <translation>De to adgangskoder er ikke ens.</translation>
        </message>
        <message>
            <source>Profilen har ingen adgangskode endnu. Vælg en adgangskode på mindst 8 tegn, og skriv den to gange.</source>
            <translation>Profilen har ingen adgangskode endnu. Vælg en adgangskode på mindst 8 tegn, og skriv den to gange.</translation>
        </message>
    </context>
    <context>
        <name>SiteAdminDialog</name>
        <message>
            <source>Steder</source>
            <translation>Steder</translation>
        </message>
        <message>
            <source>Kommunens steder</source>
            <translation>Kommunens steder</translation>
        </message>
        <message>
            <source>Stedets navn</source>
            <translation>Stedets navn</translation>
        </message>
        <message>
            <source>fx Bibliotek Nord</source>
            <translation>fx Bibliotek Nord</translation>
        </message>
        <message>
            <source>Slags sted</source>
            <translation>Slags sted</translation>
        </message>
        <message>
            <source>&amp;Tilføj sted</source>
            <translation>&amp;Tilføj sted</translation>
        </message>
        <message>
            <source>&amp;Gem navn og slags</source>
            <translation>&amp;Gem navn og slags</translation>
        </message>
        <message>
            <source>L&amp;uk stedet</source>
            <translation>L&amp;uk stedet</translation>
        </message>
        <message>
            <source>&amp;Navn:</source>
            <translation>&amp;Navn:</translation>
        </message>
        <message>
            <source>Sl&amp;ags:</source>
            <translation>Sl&amp;ags:</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>&amp;Steder (nummeret bruges på kommandolinjen):</source>
            <translation>&amp;Steder (nummeret bruges på kommandolinjen):</translation>
        </message>
    </context>
    <context>
        <name>SitesModel</name>
        <message>
            <source>Nr.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Slags</source>
            <translation>Slags</translation>
        </message>
        <message>
            <source>Aktive medarbejdere</source>
            <translation>Aktive medarbejdere</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Lukket %1</source>
            <translation>Lukket %1</translation>
        </message>
        <message>
            <source>Åbent</source>
            <translation>Åbent</translation>
        </message>
    </context>
    <context>
        <name>StaffAccountsModel</name>
        <message>
            <source>Nr.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Navn</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Rolle</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>Brugernavn</source>
            <translation>Brugernavn</translation>
        </message>
        <message>
            <source>Adgangskode</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sidst logget ind</source>
            <translation>Sidst logget ind</translation>
        </message>
        <message>
            <source>Ja</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Nej</source>
            <translation>Nej</translation>
        </message>
        <message>
            <source>Aktiv</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <source>Deaktiveret</source>
            <translation>Deaktiveret</translation>
        </message>
    </context>
    <context>
        <name>StaffAdminDialog</name>
        <message>
            <source>Medarbejdere</source>
            <translation>Medarbejdere</translation>
        </message>
        <message>
            <source>Medarbejderprofiler</source>
            <translation>Medarbejderprofiler</translation>
        </message>
        <message>
            <source>&amp;Profiler:</source>
            <translation>&amp;Profiler:</translation>
        </message>
        <message>
            <source>&amp;Ny medarbejder …</source>
            <translation>&amp;Ny medarbejder …</translation>
        </message>
        <message>
            <source>Ny medarbejder</source>
            <translation>Ny medarbejder</translation>
        </message>
        <message>
            <source>Rolle for den valgte</source>
            <translation>Rolle for den valgte</translation>
        </message>
        <message>
            <source>&amp;Gem rolle</source>
            <translation>&amp;Gem rolle</translation>
        </message>
        <message>
            <source>Gem rolle</source>
            <translation>Gem rolle</translation>
        </message>
        <message>
            <source>&amp;Deaktivér</source>
            <translation>&amp;Deaktivér</translation>
        </message>
        <message>
            <source>Deaktivér eller genaktivér</source>
            <translation>Deaktivér eller genaktivér</translation>
        </message>
        <message>
            <source>Ny adgangskode for den valgte</source>
            <translation>Ny adgangskode for den valgte</translation>
        </message>
        <message>
            <source>tom: vælges ved næste login</source>
            <translation>tom: vælges ved næste login</translation>
        </message>
        <message>
            <source>&amp;Sæt adgangskode</source>
            <translation>&amp;Sæt adgangskode</translation>
        </message>
        <message>
            <source>Sæt adgangskode</source>
            <translation>Sæt adgangskode</translation>
        </message>
        <message>
            <source>Valgt medarbejder</source>
            <translation>Valgt medarbejder</translation>
        </message>
        <message>
            <source>&amp;Rolle:</source>
            <translation>&amp;Rolle:</translation>
        </message>
        <message>
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Valgt: %1</source>
            <translation>Valgt: %1</translation>
        </message>
        <message>
            <source>Gen&amp;aktivér</source>
            <translation>Gen&amp;aktivér</translation>
        </message>
    </context>
    <context>
        <name>StaffBasisDialog</name>
        <message>
            <source>Grundlag for MitID-trin</source>
            <translation>Grundlag for MitID-trin</translation>
        </message>
        <message>
            <source>Dette er et MitID- eller betalingstrin. Medarbejderen må kun gøre det med et grundlag. Hvilket?</source>
            <translation>Dette er et MitID- eller betalingstrin. Medarbejderen må kun gøre det med et grundlag. Hvilket?</translation>
        </message>
        <message>
            <source>Grundlag</source>
            <translation>Grundlag</translation>
        </message>
        <message>
            <source>Vælg grundlaget med piletasterne; Enter gemmer</source>
            <translation>Vælg grundlaget med piletasterne; Enter gemmer</translation>
        </message>
        <message>
            <source>Digital fuldmagt til medarbejderen</source>
            <translation>Digital fuldmagt til medarbejderen</translation>
        </message>
        <message>
            <source>Værge</source>
            <translation>Værge</translation>
        </message>
        <message>
            <source>Borgeren tastede selv, mens jeg kiggede væk</source>
            <translation>Borgeren tastede selv, mens jeg kiggede væk</translation>
        </message>
        <message>
            <source>Afklaringen siger, at borgeren ikke har MitID, så borgeren kan ikke have tastet sit MitID selv. Har borgeren alligevel MitID, så ret afklaringen.</source>
            <translation>Afklaringen siger, at borgeren ikke har MitID, så borgeren kan ikke have tastet sit MitID selv. Har borgeren alligevel MitID, så ret afklaringen.</translation>
        </message>
        <message>
            <source>Hvorfor borgeren ikke kan taste selv</source>
            <translation>Hvorfor borgeren ikke kan taste selv</translation>
        </message>
    </context>
    <context>
        <name>TaskStatusModel</name>
        <message>
            <source>1 gang</source>
            <translation>1 gang</translation>
        </message>
        <message>
            <source>%1 gange</source>
            <translation>%1 gange</translation>
        </message>
        <message>
            <source>Opgave</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Siden</source>
            <translation>Siden</translation>
        </message>
        <message>
            <source>Besøg</source>
            <translation>Besøg</translation>
        </message>
        <message>
            <source>Øvet i gruppe</source>
            <translation>Øvet i gruppe</translation>
        </message>
        <message>
            <source>Senest</source>
            <translation>Senest</translation>
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
        <message>
            <source>%1 (booket %2)</source>
            <translation>%1 (booket %2)</translation>
        </message>
        <message>
            <source>Booket</source>
            <translation>Booket</translation>
        </message>
        <message>
            <source>Booket tid. Enter starter besøget for aftalen.</source>
            <translation>Booket tid. Enter starter besøget for aftalen.</translation>
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
            <source>Enter åbner det valgte besøg eller starter besøget for en booket tid</source>
            <translation>Enter åbner det valgte besøg eller starter besøget for en booket tid</translation>
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
            <source>Stedets kanal</source>
            <translation>Stedets kanal</translation>
        </message>
        <message>
            <source>Kanal for det nye besøg</source>
            <translation>Kanal for det nye besøg</translation>
        </message>
        <message>
            <source>Skranke, bibliotek, telefon, video eller udgående; tælles i statistikken</source>
            <translation>Skranke, bibliotek, telefon, video eller udgående; tælles i statistikken</translation>
        </message>
        <message>
            <source>&amp;Kanal:</source>
            <translation>&amp;Kanal:</translation>
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
        <message>
            <source>Ny &amp;aftale …</source>
            <translation>Ny &amp;aftale …</translation>
        </message>
        <message>
            <source>Tilføj en booket tid</source>
            <translation>Tilføj en booket tid</translation>
        </message>
        <message>
            <source>Skriv en booket tid ind i hånden</source>
            <translation>Skriv en booket tid ind i hånden</translation>
        </message>
        <message>
            <source>&amp;Importér aftaler …</source>
            <translation>&amp;Importér aftaler …</translation>
        </message>
        <message>
            <source>Importér aftaler fra booking-systemet</source>
            <translation>Importér aftaler fra booking-systemet</translation>
        </message>
        <message>
            <source>Hent bookede tider fra en iCalendar- (.ics) eller CSV-fil</source>
            <translation>Hent bookede tider fra en iCalendar- (.ics) eller CSV-fil</translation>
        </message>
    </context>
    <context>
        <name>VisitExportDialog</name>
        <message>
            <source>Eksportér besøg</source>
            <translation>Eksportér besøg</translation>
        </message>
        <message>
            <source>CSV til dansk Excel (semikolon)</source>
            <translation>CSV til dansk Excel (semikolon)</translation>
        </message>
        <message>
            <source>CSV (komma)</source>
            <translation>CSV (komma)</translation>
        </message>
        <message>
            <source>Excel-projektmappe (XLSX)</source>
            <translation>Excel-projektmappe (XLSX)</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Filformat</source>
            <translation>Filformat</translation>
        </message>
        <message>
            <source>Kun &amp;perioden</source>
            <translation>Kun &amp;perioden</translation>
        </message>
        <message>
            <source>Begræns til en periode</source>
            <translation>Begræns til en periode</translation>
        </message>
        <message>
            <source>Uden afkrydsning: alle besøg</source>
            <translation>Uden afkrydsning: alle besøg</translation>
        </message>
        <message>
            <source>Fra dato</source>
            <translation>Fra dato</translation>
        </message>
        <message>
            <source>Til dato</source>
            <translation>Til dato</translation>
        </message>
        <message>
            <source>Alle steder</source>
            <translation>Alle steder</translation>
        </message>
        <message>
            <source>Sted</source>
            <translation>Sted</translation>
        </message>
        <message>
            <source>&amp;Anonymiseret (uden borgere, medarbejdere og noter)</source>
            <translation>&amp;Anonymiseret (uden borgere, medarbejdere og noter)</translation>
        </message>
        <message>
            <source>Anonymiseret</source>
            <translation>Anonymiseret</translation>
        </message>
        <message>
            <source>Grupper med færre end 5 besøg vises ikke</source>
            <translation>Grupper med færre end 5 besøg vises ikke</translation>
        </message>
        <message>
            <source>&amp;Maskinkoder (til scripts)</source>
            <translation>&amp;Maskinkoder (til scripts)</translation>
        </message>
        <message>
            <source>Maskinkoder i stedet for ord</source>
            <translation>Maskinkoder i stedet for ord</translation>
        </message>
        <message>
            <source>Maskinkoder og forløbenes id i stedet for danske ord (til scripts)</source>
            <translation>Maskinkoder og forløbenes id i stedet for danske ord (til scripts)</translation>
        </message>
        <message>
            <source>Fil</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>Hvor filen gemmes</source>
            <translation>Hvor filen gemmes</translation>
        </message>
        <message>
            <source>&amp;Vælg …</source>
            <translation>&amp;Vælg …</translation>
        </message>
        <message>
            <source>Vælg fil</source>
            <translation>Vælg fil</translation>
        </message>
        <message>
            <source>Vælg hvor filen gemmes</source>
            <translation>Vælg hvor filen gemmes</translation>
        </message>
        <message>
            <source>Fremskridt</source>
            <translation>Fremskridt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>&amp;Eksportér</source>
            <translation>&amp;Eksportér</translation>
        </message>
        <message>
            <source>Start eksporten</source>
            <translation>Start eksporten</translation>
        </message>
        <message>
            <source>&amp;Afbryd</source>
            <translation>&amp;Afbryd</translation>
        </message>
        <message>
            <source>Afbryd eksporten</source>
            <translation>Afbryd eksporten</translation>
        </message>
        <message>
            <source>Stop eksporten; der gemmes ingen halv fil</source>
            <translation>Stop eksporten; der gemmes ingen halv fil</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>&amp;Format:</translation>
        </message>
        <message>
            <source>Periode:</source>
            <translation>Periode:</translation>
        </message>
        <message>
            <source>&amp;Sted:</source>
            <translation>&amp;Sted:</translation>
        </message>
        <message>
            <source>F&amp;il:</source>
            <translation>F&amp;il:</translation>
        </message>
        <message>
            <source>&amp;Luk</source>
            <translation>&amp;Luk</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Eksporterer …</source>
            <translation>Eksporterer …</translation>
        </message>
        <message>
            <source>%1 besøg gemt i %2</source>
            <translation>%1 besøg gemt i %2</translation>
        </message>
        <message>
            <source>Eksporten mislykkedes: %1</source>
            <translation>Eksporten mislykkedes: %1</translation>
        </message>
        <message>
            <source>Eksporten er afbrudt; der er ikke gemt nogen fil.</source>
            <translation>Eksporten er afbrudt; der er ikke gemt nogen fil.</translation>
        </message>
        <message>
            <source>CSV-fil (*.csv)</source>
            <translation>CSV-fil (*.csv)</translation>
        </message>
        <message>
            <source>Excel-fil (*.xlsx)</source>
            <translation>Excel-fil (*.xlsx)</translation>
        </message>
        <message>
            <source>Gem besøg</source>
            <translation>Gem besøg</translation>
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
            <source>← Tilbage til &amp;dagens besøg</source>
            <translation>← Tilbage til &amp;dagens besøg</translation>
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
    <context>
        <name>WorkshopDialog</name>
        <message>
            <source>Workshop</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Registrér en workshop</source>
            <translation>Registrér en workshop</translation>
        </message>
        <message>
            <source> min.</source>
            <translation> min.</translation>
        </message>
        <message>
            <source>Emner</source>
            <translation>Emner</translation>
        </message>
        <message>
            <source>Det, der blev øvet: et emne eller et forløb</source>
            <translation>Det, der blev øvet: et emne eller et forløb</translation>
        </message>
        <message>
            <source>Undervisere</source>
            <translation>Undervisere</translation>
        </message>
        <message>
            <source>Medarbejdere og frivillige, der underviste</source>
            <translation>Medarbejdere og frivillige, der underviste</translation>
        </message>
        <message>
            <source>Deltagere uden borgerkode (antal pr. aldersgruppe)</source>
            <translation>Deltagere uden borgerkode (antal pr. aldersgruppe)</translation>
        </message>
        <message>
            <source>Deltagere: %1</source>
            <translation>Deltagere: %1</translation>
        </message>
        <message>
            <source>Antal deltagere uden borgerkode: %1</source>
            <translation>Antal deltagere uden borgerkode: %1</translation>
        </message>
        <message>
            <source>fx K7M-4PX, ABC-DEF</source>
            <translation>fx K7M-4PX, ABC-DEF</translation>
        </message>
        <message>
            <source>Besked om workshoppen</source>
            <translation>Besked om workshoppen</translation>
        </message>
        <message>
            <source>Dato</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>Dagen, workshoppen blev holdt</source>
            <translation>Dagen, workshoppen blev holdt</translation>
        </message>
        <message>
            <source>Varighed</source>
            <translation>Varighed</translation>
        </message>
        <message>
            <source>Varighed i minutter</source>
            <translation>Varighed i minutter</translation>
        </message>
        <message>
            <source>Slags</source>
            <translation>Slags</translation>
        </message>
        <message>
            <source>Kursus, it-café eller holdundervisning</source>
            <translation>Kursus, it-café eller holdundervisning</translation>
        </message>
        <message>
            <source>Deltagere med borgerkode</source>
            <translation>Deltagere med borgerkode</translation>
        </message>
        <message>
            <source>Borgerkoderne fra udskriften, adskilt af komma eller linjeskift</source>
            <translation>Borgerkoderne fra udskriften, adskilt af komma eller linjeskift</translation>
        </message>
        <message>
            <source>&amp;Dato:</source>
            <translation>&amp;Dato:</translation>
        </message>
        <message>
            <source>&amp;Varighed:</source>
            <translation>&amp;Varighed:</translation>
        </message>
        <message>
            <source>&amp;Slags:</source>
            <translation>&amp;Slags:</translation>
        </message>
        <message>
            <source>&amp;Emner:</source>
            <translation>&amp;Emner:</translation>
        </message>
        <message>
            <source>&amp;Undervisere:</source>
            <translation>&amp;Undervisere:</translation>
        </message>
        <message>
            <source>&amp;Borgerkoder:</source>
            <translation>&amp;Borgerkoder:</translation>
        </message>
        <message>
            <source>&amp;Gem workshop</source>
            <translation>&amp;Gem workshop</translation>
        </message>
        <message>
            <source>Gem workshoppen</source>
            <translation>Gem workshoppen</translation>
        </message>
        <message>
            <source>Gem og ryd til den næste</source>
            <translation>Gem og ryd til den næste</translation>
        </message>
        <message>
            <source>Luk</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Luk (Esc)</source>
            <translation>Luk (Esc)</translation>
        </message>
        <message>
            <source>Workshoppens oplysninger</source>
            <translation>Workshoppens oplysninger</translation>
        </message>
        <message>
            <source>Workshop nr. %1 gemt: %2 deltagere, heraf %3 med borgerkode.</source>
            <translation>Workshop nr. %1 gemt: %2 deltagere, heraf %3 med borgerkode.</translation>
        </message>
    </context>
</TS>
