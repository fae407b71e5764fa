<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt">
<context>
    <name>CameraLink</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera settings (Shift+F10)</source>
        <translation>Kameros nustatymai (Shift+F10)</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Tai ne mūsų kortelė.</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Test scan worked: card …{0}.</source>
        <translation>Bandomasis nuskaitymas pavyko: kortelė …{0}.</translation>
    </message>
    <message>
        <source>Test scan worked: a receipt&apos;s feedback code.</source>
        <translation>Bandomasis nuskaitymas pavyko: kvito atsiliepimo kodas.</translation>
    </message>
    <message>
        <source>The camera reads codes: that one is not one of our cards.</source>
        <translation>Kamera kodus nuskaito, tačiau tai ne mūsų kortelė.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Hold a loyalty card (or any QR code) up to the camera. No camera? Skip: the USB scanner and typing work too.</source>
        <translation>Prineškite prie kameros lojalumo kortelę (arba bet kokį QR kodą). Kameros nėra? Praleiskite: USB skaitytuvas ir kodo įvedimas taip pat veikia.</translation>
    </message>
    <message>
        <source>Which camera…</source>
        <translation>Pasirinkti kamerą…</translation>
    </message>
    <message>
        <source>Waiting for a test scan…</source>
        <translation>Laukiama bandomojo nuskaitymo…</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Try again</source>
        <translation>Bandyti dar kartą</translation>
    </message>
    <message>
        <source>Scan with the barcode scanner or type the code.</source>
        <translation>Nuskaitykite brūkšninių kodų skaitytuvu arba įveskite kodą.</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>Kamera: paleidžiama…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Paleidžiama kamera…</translation>
    </message>
    <message>
        <source>Camera on: hold the card&apos;s code up to it</source>
        <translation>Kamera įjungta: prineškite prie jos kortelės kodą</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>Kamera: nerasta</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Kamera nerasta.</translation>
    </message>
    <message>
        <source>Camera: disconnected, reconnecting…</source>
        <translation>Kamera: atjungta, jungiamasi iš naujo…</translation>
    </message>
    <message>
        <source>The camera was disconnected. Trying to reconnect…</source>
        <translation>Kamera atsijungė. Bandoma prisijungti iš naujo…</translation>
    </message>
    <message>
        <source>Camera: the video has ended</source>
        <translation>Kamera: vaizdo įrašas baigėsi</translation>
    </message>
    <message>
        <source>The camera&apos;s video has ended.</source>
        <translation>Kameros vaizdo įrašas baigėsi.</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Kamera: išjungta</translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation>Kamera išjungta.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Tai ne mūsų kortelė.</translation>
    </message>
</context>
<context>
    <name>CameraSettingsDialog</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Scan cards with the camera</source>
        <translation>Nuskaityti korteles kamera</translation>
    </message>
    <message>
        <source>Camera {0}</source>
        <translation>Kamera {0}</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Vaizdo įrašo failas…</translation>
    </message>
    <message>
        <source>Folder of images…</source>
        <translation>Paveikslėlių aplankas…</translation>
    </message>
    <message>
        <source>Show the picture like a mirror</source>
        <translation>Rodyti vaizdą veidrodiškai</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The same card seen again within this time is the same scan.</source>
        <translation>Ta pati kortelė, vėl pamatyta per šį laiką, laikoma tuo pačiu nuskaitymu.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Raiška</translation>
    </message>
    <message>
        <source>Same card again within</source>
        <translation>Ta pati kortelė vėl per</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Vaizdo įrašo failas</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm)</source>
        <translation>Vaizdo įrašai (*.mp4 *.avi *.mkv *.mov *.webm)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Paveikslėlių aplankas</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nauja kampanija</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>Pasiilgome jūsų!</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Rizikos grupė</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Neaktyvūs</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>Vėluoja pagal savo ritmą</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>Gimtadienis šį mėnesį</translation>
    </message>
    <message>
        <source>No visit for … days</source>
        <translation>Nesilankė … dienų</translation>
    </message>
    <message>
        <source>Everyone (happy hours)</source>
        <translation>Visi (laimingos valandos)</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Premijiniai taškai</translation>
    </message>
    <message>
        <source>A free reward</source>
        <translation>Nemokamas prizas</translation>
    </message>
    <message>
        <source>Stamps and points × on the next visit</source>
        <translation>Antspaudai ir taškai × kito apsilankymo metu</translation>
    </message>
    <message>
        <source>Happy hours: stamps and points ×</source>
        <translation>Laimingos valandos: antspaudai ir taškai ×</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Pr</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Tr</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kt</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Pn</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Š</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Chosen at random and recorded: they get nothing, so the effect can be measured.</source>
        <translation>Atrenkami atsitiktinai ir įrašomi: jie nieko negauna, kad būtų galima išmatuoti poveikį.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Dienų be apsilankymų</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Pasiūlymas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Taškai</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prizas</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Daugiklis</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Valandos</translation>
    </message>
    <message>
        <source>Days (none: every day)</source>
        <translation>Dienos (nė viena: kasdien)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Nuo</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Iki (imtinai)</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Kontrolinė grupė</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampanija</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Back: offered</source>
        <translation>Grįžo: su pasiūlymu</translation>
    </message>
    <message>
        <source>Back: control</source>
        <translation>Grįžo: kontrolinė grupė</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>Prieaugis (95 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Išvada</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Vienam klientui</translation>
    </message>
    <message>
        <source>Cost · net</source>
        <translation>Kaina · grynasis</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nauja kampanija…</translation>
    </message>
    <message>
        <source>Print vouchers…</source>
        <translation>Spausdinti kuponus…</translation>
    </message>
    <message>
        <source>The chosen campaign&apos;s vouchers with their QR codes, eight to an A4 sheet, for everyone offered who has not used it yet.</source>
        <translation>Pasirinktos kampanijos kuponai su QR kodais, po aštuonis A4 lape, visiems, kuriems pasiūlyta ir kurie dar nepasinaudojo.</translation>
    </message>
    <message>
        <source>no control group</source>
        <translation>nėra kontrolinės grupės</translation>
    </message>
    <message>
        <source>within the noise</source>
        <translation>paklaidos ribose</translation>
    </message>
    <message>
        <source>it worked</source>
        <translation>pavyko</translation>
    </message>
    <message>
        <source>fewer came back</source>
        <translation>sugrįžo mažiau</translation>
    </message>
    <message>
        <source>running: </source>
        <translation>vyksta: </translation>
    </message>
    <message numerus="yes">
        <source>%n given twice offline</source>
        <translation>
            <numerusform>%n suteiktas du kartus be ryšio</numerusform>
            <numerusform>%n suteikti du kartus be ryšio</numerusform>
            <numerusform>%n suteikta du kartus be ryšio</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>Pirmiausia pasirinkite kampaniją sąraše.</translation>
    </message>
    <message>
        <source>Save the vouchers</source>
        <translation>Išsaugoti kuponus</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF failas (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the vouchers…</source>
        <translation>Ruošiami kuponai…</translation>
    </message>
    <message>
        <source>No vouchers to print for “{0}”: everyone offered has used it.</source>
        <translation>„{0}“ kuponų spausdinti nereikia: visi, kuriems pasiūlyta, jau pasinaudojo.</translation>
    </message>
    <message numerus="yes">
        <source>%n vouchers for “{0}” saved to {1}.</source>
        <translation>
            <numerusform>%n „{0}“ kuponas išsaugotas: {1}.</numerusform>
            <numerusform>%n „{0}“ kuponai išsaugoti: {1}.</numerusform>
            <numerusform>%n „{0}“ kuponų išsaugota: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vouchers could not be saved to {0}: {1}</source>
        <translation>Kuponų nepavyko išsaugoti: {0}: {1}</translation>
    </message>
    <message>
        <source>Campaign started: {0} offered, {1} in the control group.</source>
        <translation>Kampanija pradėta: pasiūlymą gavo {0}, kontrolinėje grupėje {1}.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Loyalty card</source>
        <translation>Lojalumo kortelė</translation>
    </message>
    <message>
        <source>Show this card at the counter to collect stamps and points.</source>
        <translation>Parodykite šią kortelę prie kasos ir rinkite antspaudus bei taškus.</translation>
    </message>
    <message>
        <source>Show this screen at the counter to collect stamps and points.</source>
        <translation>Parodykite šį ekraną prie kasos ir rinkite antspaudus bei taškus.</translation>
    </message>
</context>
<context>
    <name>CashierView</name>
    <message>
        <source>This visit</source>
        <translation>Šis apsilankymas</translation>
    </message>
    <message>
        <source>“{0}” is not an amount: type it like 4.50.</source>
        <translation>„{0}“ nėra suma: įveskite, pvz., 4,50.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Tai ne mūsų kortelė.</translation>
    </message>
    <message>
        <source>A new card. Enrol the customer (F2) or just record the sale.</source>
        <translation>Nauja kortelė. Užregistruokite klientą (F2) arba tiesiog užregistruokite pardavimą.</translation>
    </message>
    <message>
        <source>Voucher: {0}. Ctrl+O applies it.</source>
        <translation>Kuponas: {0}. Ctrl+O jį pritaiko.</translation>
    </message>
    <message>
        <source>No customer matches “{0}”.</source>
        <translation>Pagal „{0}“ klientų nerasta.</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>Pardavimas {0}</translation>
    </message>
    <message numerus="yes">
        <source>+%n stamps</source>
        <translation>
            <numerusform>+%n antspaudas</numerusform>
            <numerusform>+%n antspaudai</numerusform>
            <numerusform>+%n antspaudų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n taškas</numerusform>
            <numerusform>+%n taškai</numerusform>
            <numerusform>+%n taškų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Happy hours: +%n stamps</source>
        <translation>
            <numerusform>Laimingos valandos: +%n antspaudas</numerusform>
            <numerusform>Laimingos valandos: +%n antspaudai</numerusform>
            <numerusform>Laimingos valandos: +%n antspaudų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday bonus: +%n points</source>
        <translation>
            <numerusform>Gimtadienio dovana: +%n taškas</numerusform>
            <numerusform>Gimtadienio dovana: +%n taškai</numerusform>
            <numerusform>Gimtadienio dovana: +%n taškų</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamp: this card already got one in this visit.</source>
        <translation>Antspaudo nėra: ši kortelė per šį apsilankymą jau gavo antspaudą.</translation>
    </message>
    <message>
        <source>Saved. Receipt {0}.</source>
        <translation>Išsaugota. Kvitas {0}.</translation>
    </message>
    <message>
        <source>Redeemed: {0}</source>
        <translation>Atsiimta: {0}</translation>
    </message>
    <message>
        <source>{0}: enjoy!</source>
        <translation>{0}: skanaus!</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} will be added to this visit&apos;s sale.</source>
        <translation>Šio apsilankymo pardavimui bus skirta antspaudų ir taškų ×{0}.</translation>
    </message>
    <message>
        <source>Offer applied: {0}</source>
        <translation>Pasiūlymas pritaikytas: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo in this visit.</source>
        <translation>Šiame apsilankyme nėra ką atšaukti.</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Atšaukta: {0}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}: {1}</source>
        <translation>Taškai pakoreguoti {0}: {1}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}.</source>
        <translation>Taškai pakoreguoti {0}.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Pirmiausia atidarykite klientą (raskite pagal vardą arba telefoną).</translation>
    </message>
    <message>
        <source>Not refunded: a refund below zero needs the owner&apos;s PIN.</source>
        <translation>Negrąžinta: grąžinimui žemiau nulio reikia savininko PIN kodo.</translation>
    </message>
    <message>
        <source>Receipt {0} refunded: {1} stamps and {2} points taken back.</source>
        <translation>Kvitas {0} grąžintas: atimta antspaudų: {1}, taškų: {2}.</translation>
    </message>
    <message>
        <source>Not changed: {0} has {1} points, so taking away {2} would leave {3}. Take away at most {1}.</source>
        <translation>Nepakeista: {0} turi taškų: {1}, atėmus {2} liktų {3}. Atimkite ne daugiau kaip {1}.</translation>
    </message>
    <message>
        <source>The card …{0} is now {1}&apos;s.</source>
        <translation>Kortelė …{0} dabar priklauso klientui {1}.</translation>
    </message>
    <message>
        <source>Saved {0}&apos;s details.</source>
        <translation>Kliento {0} duomenys išsaugoti.</translation>
    </message>
    <message>
        <source>Enrolled {0}</source>
        <translation>Užregistruotas klientas: {0}</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves the card for their phone.</source>
        <translation>Ctrl+Shift+P išsaugo kortelę kliento telefonui.</translation>
    </message>
    <message>
        <source>Welcome, {0}! A new card is ready to print: {1}</source>
        <translation>Sveiki, {0}! Nauja kortelė paruošta spausdinti: {1}</translation>
    </message>
    <message>
        <source>Welcome, {0}!</source>
        <translation>Sveiki, {0}!</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Visits (bars) and revenue (line) per week</source>
        <translation>Apsilankymai (stulpeliai) ir pajamos (linija) per savaitę</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS per savaitę</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>Įvertinimų pasiskirstymas (0–10)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Segmentų dydžiai</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nauji</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Nuolatiniai</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Rizikos grupė</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Neaktyvūs</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Scan a card, or type a code, phone number or name, then Enter</source>
        <translation>Nuskaitykite kortelę arba įveskite kodą, telefono numerį ar vardą, tada Enter</translation>
    </message>
    <message>
        <source>Card code or search</source>
        <translation>Kortelės kodas arba paieška</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Export contacts…</source>
        <translation>Eksportuoti kontaktus…</translation>
    </message>
    <message>
        <source>The offered group&apos;s customers who agreed to be contacted, with their offer: a CSV file for a mailing or SMS tool.</source>
        <translation>Pasiūlymą gavusios grupės klientai, sutikę, kad su jais būtų susisiekta, su jų pasiūlymu: CSV failas el. pašto ar SMS siuntimo programai.</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s contacts</source>
        <translation>Išsaugoti kampanijos kontaktus</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV failai (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n consented contact(s) of the offered group written to {0}.</source>
        <translation>
            <numerusform>Išsaugota į {0}: %n kontaktas iš pasiūlymą gavusios grupės (su sutikimu).</numerusform>
            <numerusform>Išsaugota į {0}: %n kontaktai iš pasiūlymą gavusios grupės (su sutikimu).</numerusform>
            <numerusform>Išsaugota į {0}: %n kontaktų iš pasiūlymą gavusios grupės (su sutikimu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to be contacted, or erased.</source>
        <translation>
            <numerusform>Neįtraukta: %n klientas (nėra sutikimo arba duomenys ištrinti).</numerusform>
            <numerusform>Neįtraukta: %n klientai (nėra sutikimo arba duomenys ištrinti).</numerusform>
            <numerusform>Neįtraukta: %n klientų (nėra sutikimo arba duomenys ištrinti).</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Diskas pilnas.</translation>
    </message>
    <message>
        <source>This folder cannot be written: {0}.</source>
        <translation>Į šį aplanką negalima rašyti: {0}.</translation>
    </message>
    <message>
        <source>This folder does not exist: {0}.</source>
        <translation>Tokio aplanko nėra: {0}.</translation>
    </message>
    <message>
        <source>The file could not be written ({0}).</source>
        <translation>Failo nepavyko įrašyti ({0}).</translation>
    </message>
    <message>
        <source>No contacts were saved; choose another folder and try again.</source>
        <translation>Kontaktai neišsaugoti; pasirinkite kitą aplanką ir bandykite dar kartą.</translation>
    </message>
</context>
<context>
    <name>CustomerDataActions</name>
    <message>
        <source>Erase customer&apos;s data</source>
        <translation>Ištrinti kliento duomenis</translation>
    </message>
    <message>
        <source>Erase the personal data of {0}?</source>
        <translation>Ištrinti kliento {0} asmens duomenis?</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, birthday and rating comments are removed from this terminal, its backups and logs, and from the hub and the other terminals at their next sync. The visits and points stay as anonymous numbers. This cannot be undone.</source>
        <translation>Vardas, telefono numeris, el. paštas, gimtadienis ir įvertinimų komentarai bus ištrinti iš šio terminalo, jo atsarginių kopijų ir žurnalų, o iš centrinio serverio ir kitų terminalų – per kitą jų sinchronizavimą. Apsilankymai ir taškai liks kaip anoniminiai skaičiai. Šio veiksmo atšaukti negalima.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Ištrinti</translation>
    </message>
    <message>
        <source>Folder for the customer&apos;s data</source>
        <translation>Aplankas kliento duomenims</translation>
    </message>
    <message>
        <source>Export customer&apos;s data… (owner)</source>
        <translation>Eksportuoti kliento duomenis… (savininkas)</translation>
    </message>
    <message>
        <source>Erase customer&apos;s data… (owner)</source>
        <translation>Ištrinti kliento duomenis… (savininkas)</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Pirmiausia atidarykite klientą (raskite pagal vardą arba telefoną).</translation>
    </message>
    <message>
        <source>Customer&apos;s data saved as {0}.json and .pdf.</source>
        <translation>Kliento duomenys išsaugoti kaip {0}.json ir .pdf.</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Nepavyko įrašyti į {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Niekas neištrinta.</translation>
    </message>
    <message>
        <source>Customer&apos;s personal data erased here ({0} backups cleaned). The hub and the other terminals erase it at their next sync.</source>
        <translation>Kliento asmens duomenys čia ištrinti (išvalyta atsarginių kopijų: {0}). Centrinis serveris ir kiti terminalai juos ištrins per kitą sinchronizavimą.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>purchase</source>
        <translation>pirkimas</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>grąžinimas</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>pataisymas</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>pasveikinimo dovana</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>gimtadienio dovana</translation>
    </message>
    <message>
        <source>reward redeemed</source>
        <translation>atsiimtas prizas</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>taškai nustojo galioti</translation>
    </message>
    <message>
        <source>points adjusted by the shop</source>
        <translation>taškus pakoregavo parduotuvė</translation>
    </message>
    <message>
        <source>two records merged</source>
        <translation>du įrašai sujungti</translation>
    </message>
    <message>
        <source>offer used</source>
        <translation>panaudotas pasiūlymas</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktyvi</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>užblokuota</translation>
    </message>
    <message numerus="yes">
        <source>%n records in the ledger concern you; the JSON export lists each one.</source>
        <translation>
            <numerusform>Su jumis susijęs %n žurnalo įrašas; JSON faile išvardytas kiekvienas.</numerusform>
            <numerusform>Su jumis susiję %n žurnalo įrašai; JSON faile išvardytas kiekvienas.</numerusform>
            <numerusform>Su jumis susiję %n žurnalo įrašų; JSON faile išvardytas kiekvienas.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>taip</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ne</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nėra.</translation>
    </message>
    <message>
        <source>Personal data held about you</source>
        <translation>Apie jus saugomi asmens duomenys</translation>
    </message>
    <message>
        <source>Exported on %1. Times are in the shop&apos;s time zone (%2).</source>
        <translation>Eksportuota %1. Laikas nurodytas pagal parduotuvės laiko juostą (%2).</translation>
    </message>
    <message>
        <source>This is everything the shop&apos;s loyalty terminal stores about you.</source>
        <translation>Tai viskas, ką parduotuvės lojalumo programos terminalas saugo apie jus.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profilis</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Kliento ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Sutikimas gauti pasiūlymus</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Užregistruota</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importuota kaip</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Duomenys ištrinti</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Likutis</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Antspaudai</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Taškai</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Pirkimų suma</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Apsilankymai</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Atsiimta prizų</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Pirmas apsilankymas</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Paskutinis apsilankymas</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kortelės</translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation>Kortelės numerio pabaiga</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Būsena</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Išduota</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Grąžinta</translation>
    </message>
    <message>
        <source>Points and stamps</source>
        <translation>Taškai ir antspaudai</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas įvyko</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Pastaba</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Įvertinimai</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Įvertinimas</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Kas buvo svarbu</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentaras</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Sutikimų istorija</translation>
    </message>
    <message>
        <source>given</source>
        <translation>duotas</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>neduotas</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>🎂 Birthday this week</source>
        <translation>🎂 Gimtadienis šią savaitę</translation>
    </message>
    <message>
        <source>Rewards available now:</source>
        <translation>Dabar galima atsiimti prizų:</translation>
    </message>
    <message>
        <source>Recent visits (F6: all, and refunds)</source>
        <translation>Paskutiniai apsilankymai (F6: visi ir grąžinimai)</translation>
    </message>
    <message>
        <source>Enrol a customer on this card (F2)</source>
        <translation>Užregistruoti klientą šiai kortelei (F2)</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} bonus points are waiting</source>
        <translation>Sveiki sugrįžę, {0} — laukia premijinių taškų: {1}</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} is waiting</source>
        <translation>Sveiki sugrįžę, {0} — laukia: {1}</translation>
    </message>
    <message>
        <source>Welcome back, {0} — stamps and points ×{1} on this visit</source>
        <translation>Sveiki sugrįžę, {0} — antspaudai ir taškai ×{1} šiame apsilankyme</translation>
    </message>
    <message>
        <source>No card: sale without loyalty</source>
        <translation>Be kortelės: pardavimas be lojalumo programos</translation>
    </message>
    <message>
        <source>New card …{0}: not yet anyone&apos;s</source>
        <translation>Nauja kortelė …{0}: dar niekieno</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>Pardavimas {0}</translation>
    </message>
    <message>
        <source>+{0} stamps, +{1} points</source>
        <translation>antspaudai: +{0}, taškai: +{1}</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>grąžinta</translation>
    </message>
    <message>
        <source>Reward: {0}</source>
        <translation>Prizas: {0}</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Apsilankymų dar nėra.</translation>
    </message>
    <message>
        <source>Balance below zero: {0} stamps, {1} points.</source>
        <translation>Likutis žemiau nulio: antspaudai: {0}, taškai: {1}.</translation>
    </message>
    <message>
        <source>A refund took back stamps or points a reward had already used.</source>
        <translation>Grąžinimas atėmė antspaudus ar taškus, jau panaudotus prizui.</translation>
    </message>
    <message>
        <source>Rewards were redeemed at two counters while they could not reach each other.</source>
        <translation>Prizai atsiimti prie dviejų kasų, kol jos negalėjo susisiekti.</translation>
    </message>
    <message>
        <source>A manual adjustment took away more than there was.</source>
        <translation>Rankinis koregavimas atėmė daugiau, nei buvo.</translation>
    </message>
    <message>
        <source>The next purchases fill it up again.</source>
        <translation>Kiti pirkimai jį vėl papildys.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(ištrintas klientas)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Card full: a reward is ready</source>
        <translation>Kortelė pilna: prizas paruoštas</translation>
    </message>
    <message numerus="yes">
        <source>%n more to the next reward</source>
        <translation>
            <numerusform>Dar %n iki kito prizo</numerusform>
            <numerusform>Dar %n iki kito prizo</numerusform>
            <numerusform>Dar %n iki kito prizo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n taškas</numerusform>
            <numerusform>%n taškai</numerusform>
            <numerusform>%n taškų</numerusform>
        </translation>
    </message>
    <message>
        <source>first visit today</source>
        <translation>pirmas apsilankymas šiandien</translation>
    </message>
    <message>
        <source>Last visit: {0} · {1} · spent {2}</source>
        <translation>Paskutinis apsilankymas: {0} · {1} · išleista {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n apsilankymas</numerusform>
            <numerusform>%n apsilankymai</numerusform>
            <numerusform>%n apsilankymų</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more this year for {1}</source>
        <translation>Dar {0} šiais metais iki lygio „{1}“</translation>
    </message>
    <message>
        <source>Ctrl+{0}  Redeem {1}</source>
        <translation>Ctrl+{0}  Atsiimti: {1}</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Service</source>
        <translation>Aptarnavimas</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Greitis</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kokybė</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kaina</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>Atmosfera</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Švara</translation>
    </message>
    <message>
        <source>Rate your visit  →</source>
        <translation>Įvertinti apsilankymą  →</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Ačiū, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Ačiū!</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>prizas</translation>
    </message>
    <message>
        <source>Your %1 is waiting for you!</source>
        <translation>Jūsų laukia: %1!</translation>
    </message>
    <message>
        <source>Just 1 more to your %1</source>
        <translation>Dar tik 1 iki: %1</translation>
    </message>
    <message>
        <source>%1 more to your %2</source>
        <translation>Dar %1 iki: %2</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>Kokia tikimybė, kad rekomenduotumėte mus draugui?</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>Kaip jums patiko šiandienos apsilankymas?</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>Labai nepatenkintas</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Nepatenkintas</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Patenkintas</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Labai patenkintas</translation>
    </message>
    <message>
        <source>0 = not at all likely</source>
        <translation>0 = tikrai nerekomenduočiau</translation>
    </message>
    <message>
        <source>10 = extremely likely</source>
        <translation>10 = tikrai rekomenduočiau</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Praleisti</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translation>Kas jums buvo svarbiausia?</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to tell us? (optional)</source>
        <translation>Norite ką nors mums pasakyti? (neprivaloma)</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Rašykite čia…</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Ne, ačiū</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Ačiū, kad užsukote!</translation>
    </message>
</context>
<context>
    <name>CustomerScreenLink</name>
    <message>
        <source>Customer screen settings (Shift+F11)</source>
        <translation>Kliento ekrano nustatymai (Shift+F11)</translation>
    </message>
    <message>
        <source>Receipt code read: the customer screen asks for the rating.</source>
        <translation>Kvito kodas nuskaitytas: kliento ekranas prašo įvertinimo.</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <source>See you again soon!</source>
        <translation>Lauksime jūsų vėl!</translation>
    </message>
    <message>
        <source>Customer screen</source>
        <translation>Kliento ekranas</translation>
    </message>
    <message>
        <source>This visit has already been rated. Thank you!</source>
        <translation>Šis apsilankymas jau įvertintas. Ačiū!</translation>
    </message>
    <message>
        <source>Sorry, this receipt code cannot be used.</source>
        <translation>Atsiprašome, šio kvito kodo panaudoti negalima.</translation>
    </message>
    <message>
        <source>We&apos;re sorry it wasn&apos;t better. We&apos;ll put it right.</source>
        <translation>Atsiprašome, kad nebuvo geriau. Tai ištaisysime.</translation>
    </message>
</context>
<context>
    <name>DatabaseScreen</name>
    <message>
        <source>Loyalty Terminal — the database needs attention</source>
        <translation>Lojalumo terminalas – duomenų bazei reikia dėmesio</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Atsarginės kopijos (naujausios viršuje)</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Atkurti pasirinktą atsarginę kopiją</translation>
    </message>
    <message>
        <source>Start with an empty database (the old file is kept aside)</source>
        <translation>Pradėti su tuščia duomenų baze (senasis failas paliekamas atskirai)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Bandyti dar kartą</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Išeiti</translation>
    </message>
    <message>
        <source>The shop&apos;s database is missing.</source>
        <translation>Parduotuvės duomenų bazė nerasta.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged.</source>
        <translation>Parduotuvės duomenų bazė sugadinta.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is cut short.</source>
        <translation>Parduotuvės duomenų bazė nepilna.</translation>
    </message>
    <message>
        <source>The shop&apos;s database cannot be read.</source>
        <translation>Parduotuvės duomenų bazės nepavyksta nuskaityti.</translation>
    </message>
    <message>
        <source>The data folder cannot be written.</source>
        <translation>Į duomenų aplanką negalima rašyti.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Diskas pilnas.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Nepavyko atnaujinti duomenų bazės.</translation>
    </message>
    <message>
        <source>The database file is not in {0}, yet this terminal has had one. Nothing new is created until you choose how to bring the data back.</source>
        <translation>Duomenų bazės failo aplanke {0} nėra, nors šis terminalas jį turėjo. Nieko naujo nebus sukurta, kol nepasirinksite, kaip atkurti duomenis.</translation>
    </message>
    <message>
        <source>The file in {0} fails its check and cannot be used safely. It will be kept aside, not deleted.</source>
        <translation>Failas aplanke {0} nepraėjo patikros ir jo negalima saugiai naudoti. Jis bus paliktas atskirai, o ne ištrintas.</translation>
    </message>
    <message>
        <source>The file in {0} is shorter than it should be, as after a failed copy or a full disk. It will be kept aside, not deleted.</source>
        <translation>Failas aplanke {0} trumpesnis, nei turėtų būti, – kaip po nepavykusio kopijavimo ar prisipildžius diskui. Jis bus paliktas atskirai, o ne ištrintas.</translation>
    </message>
    <message>
        <source>The system refuses to read the file in {0} (its permissions, or a failing disk).</source>
        <translation>Sistema neleidžia nuskaityti failo aplanke {0} (dėl prieigos teisių arba gendančio disko).</translation>
    </message>
    <message>
        <source>Nothing can be saved in {0}: the folder or the disk is read-only. No sale could be recorded. Check the folder&apos;s permissions, then choose Try again.</source>
        <translation>Aplanke {0} nieko negalima išsaugoti: aplankas arba diskas skirtas tik skaityti. Pardavimų užregistruoti nepavyko. Patikrinkite aplanko teises, tada pasirinkite „Bandyti dar kartą“.</translation>
    </message>
    <message>
        <source>The disk that holds {0} has no space left: no sale could be saved. Free some space, then choose Try again.</source>
        <translation>Diske, kuriame yra {0}, nebeliko vietos: pardavimų išsaugoti nepavyko. Atlaisvinkite vietos, tada pasirinkite „Bandyti dar kartą“.</translation>
    </message>
    <message>
        <source>This version needs to update the file in {0} and could not; the file is unchanged. Fix what is said below, then choose Try again.</source>
        <translation>Ši versija turi atnaujinti failą aplanke {0}, bet to padaryti nepavyko; failas nepakeistas. Ištaisykite toliau nurodytą problemą, tada pasirinkite „Bandyti dar kartą“.</translation>
    </message>
    <message>
        <source>Restore a backup below, or rebuild the database from the hub.</source>
        <translation>Atkurkite atsarginę kopiją iš sąrašo žemiau arba atkurkite duomenų bazę iš centrinio serverio.</translation>
    </message>
    <message>
        <source>Restore a backup below.</source>
        <translation>Atkurkite atsarginę kopiją iš sąrašo žemiau.</translation>
    </message>
    <message>
        <source>There is no backup: rebuild the database from the hub.</source>
        <translation>Atsarginės kopijos nėra: atkurkite duomenų bazę iš centrinio serverio.</translation>
    </message>
    <message>
        <source>There is no backup and no hub is set: the data cannot be brought back here. You can start with an empty database; the old file stays aside for a specialist.</source>
        <translation>Nėra nei atsarginės kopijos, nei nurodyto centrinio serverio: duomenų čia atkurti negalima. Galite pradėti su tuščia duomenų baze; senasis failas lieka atskirai specialistui.</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Išsamiau: {0}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Rebuild from the hub ({0})</source>
        <translation>Atkurti iš centrinio serverio ({0})</translation>
    </message>
    <message>
        <source>That backup cannot be used ({0}). Nothing was changed: choose another one.</source>
        <translation>Šios atsarginės kopijos naudoti negalima ({0}). Niekas nepakeista: pasirinkite kitą.</translation>
    </message>
    <message>
        <source>The hub did not give the data back ({0}). Nothing was changed: check the network and try again.</source>
        <translation>Centrinis serveris negrąžino duomenų ({0}). Niekas nepakeista: patikrinkite tinklą ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>{0} Nothing was changed.</source>
        <translation>{0} Niekas nepakeista.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Pirmiausia pasirinkite atsarginę kopiją sąraše.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Atkuriama atsarginė kopija…</translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation>Atsarginė kopija atkurta.</translation>
    </message>
    <message>
        <source>The database was rebuilt from the hub.</source>
        <translation>Duomenų bazė atkurta iš centrinio serverio.</translation>
    </message>
    <message>
        <source>Rebuilding the database from the hub…</source>
        <translation>Duomenų bazė atkuriama iš centrinio serverio…</translation>
    </message>
    <message>
        <source>A new, empty database was started.</source>
        <translation>Pradėta nauja, tuščia duomenų bazė.</translation>
    </message>
    <message>
        <source>Starting an empty database…</source>
        <translation>Kuriama tuščia duomenų bazė…</translation>
    </message>
    <message>
        <source>The database still cannot be used.</source>
        <translation>Duomenų bazės vis dar negalima naudoti.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Tikrinama duomenų bazė…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Redaguoti klientą</translation>
    </message>
    <message>
        <source>Enrol a customer</source>
        <translation>Užregistruoti klientą</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>pvz., {0}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>vardas@pavyzdys.lt</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (neprivaloma)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalendorius…</translation>
    </message>
    <message>
        <source>Agrees to receive offers by phone or e-mail</source>
        <translation>Sutinku gauti pasiūlymus telefonu arba el. paštu</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>Parduotuvės kalba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>The scanned card …{0} will be theirs.</source>
        <translation>Nuskaityta kortelė …{0} atiteks šiam klientui.</translation>
    </message>
    <message>
        <source>A new card will be issued for printing.</source>
        <translation>Bus išduota nauja kortelė spausdinti.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Užregistruoti</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Reikia įvesti vardą.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number: type it like {1}.</source>
        <translation>„{0}“ nėra telefono numeris: įveskite, pvz., {1}.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address: it needs a name, @ and a domain, like name@example.com.</source>
        <translation>„{0}“ nėra el. pašto adresas: reikia vardo, @ ir domeno, pvz., name@example.com.</translation>
    </message>
    <message>
        <source>“{0}” is not a birthday: type it like {1}, or pick it from the calendar.</source>
        <translation>„{0}“ nėra gimtadienis: įveskite, pvz., {1}, arba pasirinkite kalendoriuje.</translation>
    </message>
    <message>
        <source>This may be a customer we already have:</source>
        <translation>Galbūt tai jau esamas klientas:</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>tas pats telefonas</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>tas pats el. paštas</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>tas pats vardas</translation>
    </message>
    <message>
        <source>Open {0} ({1}) · {2} points · {3}</source>
        <translation>Atidaryti {0} ({1}) · taškai: {2} · {3}</translation>
    </message>
    <message>
        <source>Enrol a new customer anyway</source>
        <translation>Vis tiek užregistruoti naują klientą</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>We already have your rating for this visit. Thank you!</source>
        <translation>Šio apsilankymo įvertinimą jau gavome. Ačiū!</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Aptarnavimas</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Greitis</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Kokybė</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Kaina</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>Atmosfera</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Švara</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>Kokia tikimybė, kad rekomenduotumėte mus draugui?</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>Kaip jums patiko apsilankymas?</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 iš %2</translation>
    </message>
    <message>
        <source>Not likely</source>
        <translation>Tikrai nerekomenduočiau</translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation>Tikrai rekomenduočiau</translation>
    </message>
    <message>
        <source>Anything else? (optional)</source>
        <translation>Dar kas nors? (neprivaloma)</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Ačiū, kad apsilankėte!</translation>
    </message>
    <message>
        <source>What mattered most?</source>
        <translation>Kas jums buvo svarbiausia?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Siųsti</translation>
    </message>
    <message>
        <source>Rate your visit</source>
        <translation>Įvertinkite apsilankymą</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Per daug užklausų</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Bandykite vėliau.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Ši nuoroda nebegalioja</translation>
    </message>
    <message>
        <source>Feedback codes are valid for a few weeks.</source>
        <translation>Atsiliepimų kodai galioja kelias savaites.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Ši nuoroda negalioja</translation>
    </message>
    <message>
        <source>Please scan the code on your receipt again.</source>
        <translation>Dar kartą nuskaitykite kodą ant kvito.</translation>
    </message>
    <message>
        <source>Already rated</source>
        <translation>Jau įvertinta</translation>
    </message>
    <message>
        <source>Please choose a score</source>
        <translation>Pasirinkite įvertinimą</translation>
    </message>
    <message>
        <source>Go back and tap a score.</source>
        <translation>Grįžkite atgal ir bakstelėkite įvertinimą.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Ačiū!</translation>
    </message>
    <message>
        <source>Your rating has reached the shop.</source>
        <translation>Jūsų įvertinimas pasiekė parduotuvę.</translation>
    </message>
</context>
<context>
    <name>FeedbackSettingsDialog</name>
    <message>
        <source>Customer screen</source>
        <translation>Kliento ekranas</translation>
    </message>
    <message>
        <source>How likely to recommend us, 0–10 (NPS)</source>
        <translation>Rekomendavimo tikimybė, 0–10 (NPS)</translation>
    </message>
    <message>
        <source>How was your visit, five smileys (CSAT)</source>
        <translation>Kaip sekėsi apsilankymas, penki veideliai (CSAT)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Klausimas</translation>
    </message>
    <message>
        <source>“What mattered most?”
(one per line)</source>
        <translation>„Kas buvo svarbiausia?“
(po vieną eilutėje)</translation>
    </message>
    <message>
        <source>Message when idle</source>
        <translation>Pranešimas laukimo metu</translation>
    </message>
    <message>
        <source>Back to idle after no touch for</source>
        <translation>Grįžti į laukimą, jei neliečiama</translation>
    </message>
    <message>
        <source>Show the stamp card for (0: skip)</source>
        <translation>Rodyti antspaudų kortelę (0: praleisti)</translation>
    </message>
    <message>
        <source>Give one to twelve different reasons, each under 40 characters.</source>
        <translation>Nurodykite nuo vienos iki dvylikos skirtingų priežasčių, kiekviena trumpesnė nei 40 simbolių.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Set-up again (language, shop, camera, printer, hub)…</source>
        <translation>Sąranka iš naujo (kalba, parduotuvė, kamera, spausdintuvas, centrinis serveris)…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Loyalty Terminal</source>
        <translation>Lojalumo terminalo sąranka</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Praleisti šį žingsnį</translation>
    </message>
    <message>
        <source>Printing the recovery code…</source>
        <translation>Spausdinamas atkūrimo kodas…</translation>
    </message>
    <message>
        <source>Saved as {0}. Print it, then delete the file.</source>
        <translation>Išsaugota kaip {0}. Atspausdinkite, tada ištrinkite failą.</translation>
    </message>
    <message>
        <source>The recovery code was sent to {0}.</source>
        <translation>Atkūrimo kodas išsiųstas į {0}.</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Išsaugoti atkūrimo kodą</translation>
    </message>
    <message>
        <source>The set-up could not be saved: {0}</source>
        <translation>Nepavyko išsaugoti sąrankos: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Cashier&apos;s guide</source>
        <translation>Kasininko atmintinė</translation>
    </message>
    <message>
        <source>1. Scan the customer&apos;s card (camera or USB scanner), or type a phone number or name and Enter. The scanner works whatever has the focus.</source>
        <translation>1. Nuskaitykite kliento kortelę (kamera ar USB skaitytuvu) arba įveskite telefono numerį ar vardą ir paspauskite Enter. Skaitytuvas veikia bet kur.</translation>
    </message>
    <message>
        <source>2. Type the amount and press Enter: the sale, its stamps and points are saved at once.</source>
        <translation>2. Įveskite sumą ir paspauskite Enter: pardavimas, jo antspaudai ir taškai išsaugomi iškart.</translation>
    </message>
    <message>
        <source>3. A reward is ready? Tap it, or press Ctrl and its number.</source>
        <translation>3. Prizas paruoštas? Bakstelėkite jį arba paspauskite Ctrl ir jo numerį.</translation>
    </message>
    <message>
        <source>4. Esc: the next customer. A mistake in this visit? Ctrl+Z takes back the last action.</source>
        <translation>4. Esc: kitas klientas. Klaida šiame apsilankyme? Ctrl+Z atšaukia paskutinį veiksmą.</translation>
    </message>
    <message>
        <source>No card? Record the sale anyway, or enrol the customer (F2). A refund needs the receipt number (F9), or the customer&apos;s history (F6).</source>
        <translation>Nėra kortelės? Vis tiek užregistruokite pardavimą arba užregistruokite klientą (F2). Grąžinimui reikia kvito numerio (F9) arba kliento istorijos (F6).</translation>
    </message>
    <message>
        <source>Scan, anywhere</source>
        <translation>Nuskaitymas, bet kur</translation>
    </message>
    <message>
        <source>Open the customer, or the receipt&apos;s rating</source>
        <translation>Atidaryti klientą arba kvito įvertinimą</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Record the sale (in the amount) / search (in the code field)</source>
        <translation>Užregistruoti pardavimą (sumos lauke) / ieškoti (kodo lauke)</translation>
    </message>
    <message>
        <source>Ctrl+1…9</source>
        <translation>Ctrl+1…9</translation>
    </message>
    <message>
        <source>Redeem the reward on that button</source>
        <translation>Atsiimti prizą ant to mygtuko</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klavišas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ką daro</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Istorija: {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Antspaudai</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Taškai</translation>
    </message>
    <message>
        <source>(refunded)</source>
        <translation>(grąžinta)</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(atšaukta)</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Kol kas nieko.</translation>
    </message>
    <message>
        <source>Refund this sale…</source>
        <translation>Grąžinti šį pardavimą…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>“{0}” is this computer itself: customers&apos; phones cannot open it, so their receipts&apos; codes would lead nowhere.</source>
        <translation>„{0}“ – tai pats šis kompiuteris: klientų telefonai jo neatidarys, todėl kvitų kodai niekur nevestų.</translation>
    </message>
    <message>
        <source>On the shop&apos;s network this computer is {0}.</source>
        <translation>Parduotuvės tinkle šis kompiuteris yra {0}.</translation>
    </message>
    <message>
        <source>Use the hub&apos;s address on the shop&apos;s network (it looks like http://192.168.1.20:8765).</source>
        <translation>Naudokite centrinio serverio adresą parduotuvės tinkle (jis atrodo taip: http://192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address starting with http://, for example http://192.168.1.20:8765.</source>
        <translation>Įveskite centrinio serverio adresą, prasidedantį http://, pvz., http://192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, or choose “No hub yet”.</source>
        <translation>Įveskite centrinio serverio adresą arba pasirinkite „Centrinio serverio dar nėra“.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Tikrinama {0}…</translation>
    </message>
    <message>
        <source>The hub answers at {0}.</source>
        <translation>Centrinis serveris atsako adresu {0}.</translation>
    </message>
    <message>
        <source>{0} answered, but not as a hub (HTTP {1}).</source>
        <translation>{0} atsakė, bet ne kaip centrinis serveris (HTTP {1}).</translation>
    </message>
    <message>
        <source>No answer from {0}. Start the hub on the computer that stays on (python main.py hub --host 0.0.0.0), then check again.</source>
        <translation>{0} neatsako. Paleiskite centrinį serverį kompiuteryje, kuris visada įjungtas (python main.py hub --host 0.0.0.0), tada patikrinkite dar kartą.</translation>
    </message>
    <message>
        <source>Hub and feedback codes</source>
        <translation>Centrinis serveris ir atsiliepimų kodai</translation>
    </message>
    <message>
        <source>Each receipt has a code for the customer&apos;s rating. With a hub that phones on the shop&apos;s Wi-Fi can reach, the code opens its rating page.</source>
        <translation>Ant kiekvieno kvito yra kodas kliento įvertinimui. Jei yra centrinis serveris, kurį telefonai pasiekia per parduotuvės Wi-Fi, kodas atveria įvertinimo puslapį.</translation>
    </message>
    <message>
        <source>No hub yet: receipts carry a code to hold to the counter camera</source>
        <translation>Centrinio serverio dar nėra: ant kvitų bus kodas, kurį reikia prinešti prie kasos kameros</translation>
    </message>
    <message>
        <source>Use the hub at:</source>
        <translation>Naudoti centrinį serverį adresu:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Patikrinti</translation>
    </message>
    <message>
        <source>The hub also syncs several counters (sync settings: Shift+F5). Change this later under Loyalty rules and shop (F10).</source>
        <translation>Centrinis serveris taip pat sinchronizuoja kelias kasas (sinchronizavimo nustatymai: Shift+F5). Vėliau tai galite pakeisti skiltyje „Lojalumo taisyklės ir parduotuvė“ (F10).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Importuoti klientus</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>Importuoti pardavimus</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Stulpeliai</translation>
    </message>
    <message>
        <source>Import nothing if any row is bad</source>
        <translation>Nieko neimportuoti, jei bent viena eilutė klaidinga</translation>
    </message>
    <message>
        <source>Imported sales earn points under today&apos;s rules</source>
        <translation>Už importuotus pardavimus skirti taškus pagal dabartines taisykles</translation>
    </message>
    <message>
        <source>Otherwise the good rows are imported and the bad ones set aside, with their reasons, in %1.</source>
        <translation>Kitaip tinkamos eilutės importuojamos, o klaidingos kartu su priežastimis atidedamos į failą %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuoti</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Tik patikrinti</translation>
    </message>
    <message>
        <source>Read and check every row; import nothing</source>
        <translation>Perskaityti ir patikrinti kiekvieną eilutę; nieko neimportuoti</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>Failo formatas</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 su BOM</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (Vidurio Europos)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (kirilica)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Vakarų Europos)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Kablelis</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Kabliataškis</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabuliacija</translation>
    </message>
    <message>
        <source>Point (4.50)</source>
        <translation>Taškas (4.50)</translation>
    </message>
    <message>
        <source>Comma (4,50)</source>
        <translation>Kablelis (4,50)</translation>
    </message>
    <message>
        <source>Day first (01.04.2025)</source>
        <translation>Pirma diena (01.04.2025)</translation>
    </message>
    <message>
        <source>Month first (4/1/2025)</source>
        <translation>Pirma mėnuo (4/1/2025)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Koduotė</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Skirtukas</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Dešimtainis skyriklis</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Aptikta automatiškai</translation>
    </message>
    <message>
        <source>Customer (the old system&apos;s key)</source>
        <translation>Klientas (senosios sistemos identifikatorius)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Laikas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Gimtadienis</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Sutikimas</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(faile nėra)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1 stulpelis</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>kablelis</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>kabliataškis</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabuliacija</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>pirma diena</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>pirma mėnuo</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>dešimtainis taškas</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>dešimtainis kablelis</translation>
    </message>
    <message>
        <source>Read as: %1, %2-separated, %3, dates %4</source>
        <translation>Skaitoma taip: %1, skirtukas – %2, %3, datos: %4</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Aptikta: %1</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 vs previous</source>
        <translation>%1, palyginti su ankstesniu</translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation>nėra ankstesnio rodiklio</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>nėra įvertinimų</translation>
    </message>
    <message numerus="yes">
        <source>95%: %1 to %2, %n ratings</source>
        <translation>
            <numerusform>95 %: nuo %1 iki %2, %n įvertinimas</numerusform>
            <numerusform>95 %: nuo %1 iki %2, %n įvertinimai</numerusform>
            <numerusform>95 %: nuo %1 iki %2, %n įvertinimų</numerusform>
        </translation>
    </message>
    <message>
        <source>change within the noise</source>
        <translation>pokytis paklaidos ribose</translation>
    </message>
    <message>
        <source>nobody was active in the previous period</source>
        <translation>ankstesniu laikotarpiu aktyvių klientų nebuvo</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Kalba</translation>
    </message>
    <message>
        <source>Welcome! A few steps set up the counter; skip any of them, and change everything later in the settings. First, the language of the screens: it changes at once.</source>
        <translation>Sveiki! Keli žingsniai paruoš kasą darbui; bet kurį iš jų galite praleisti, o viską vėliau pakeisti nustatymuose. Pirmiausia – ekranų kalba: ji pasikeičia iš karto.</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>At risk</source>
        <translation>Rizikos grupė</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Neaktyvūs</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>Vėluoja pagal savo ritmą</translation>
    </message>
    <message>
        <source>Overdrawn</source>
        <translation>Neigiamas likutis</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nauji</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>El. paštas</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Paskutinis apsilankymas</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Dienų be apsilankymų</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Įprasta pertrauka (dienomis)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Išleista</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Taškai</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Įvertinimas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Aptarnavo</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentaras</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tolesni veiksmai</translation>
    </message>
    <message>
        <source>Contacted…</source>
        <translation>Susisiekta…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>Išspręsta…</translation>
    </message>
    <message>
        <source>Recovery offer…</source>
        <translation>Atsiprašymo pasiūlymas…</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Žemi įvertinimai</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(nėra sutikimo)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>atvira</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>susisiekta</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>išspręsta</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(be kortelės)</translation>
    </message>
    <message>
        <source>Answered within 48 h: {0} of {1} · came back after: {2}</source>
        <translation>Atsakyta per 48 val.: {0} iš {1} · sugrįžo po to: {2}</translation>
    </message>
</context>
<context>
    <name>LowScoreAlert</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Klientas</translation>
    </message>
    <message>
        <source>%1 rated this visit %2/%3</source>
        <translation>%1 įvertino apsilankymą %2/%3</translation>
    </message>
    <message>
        <source>: unhappy about %1</source>
        <translation>: nepatenkintas(-a): %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} — Loyalty Terminal</source>
        <translation>{0} — Lojalumo terminalas</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Vykdoma…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Veiksmai</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Daugiau</translation>
    </message>
    <message>
        <source>Enrol (F2)</source>
        <translation>Registruoti
(F2)</translation>
    </message>
    <message>
        <source>Find (F3)</source>
        <translation>Rasti
(F3)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>Redaguoti
(F4)</translation>
    </message>
    <message>
        <source>History (F6)</source>
        <translation>Istorija
(F6)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Atšaukti
(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Next (Esc)</source>
        <translation>Kitas
(Esc)</translation>
    </message>
    <message>
        <source>Refund (F9)</source>
        <translation>Grąžinimas
(F9)</translation>
    </message>
    <message>
        <source>Owner (F8)</source>
        <translation>Savininkas
(F8)</translation>
    </message>
    <message>
        <source>Adjust points… (owner, Shift+F9)</source>
        <translation>Koreguoti taškus… (savininkas, Shift+F9)</translation>
    </message>
    <message>
        <source>Lost card (F7)</source>
        <translation>Pamesta kortelė (F7)</translation>
    </message>
    <message>
        <source>Card for the phone… (Ctrl+Shift+P)</source>
        <translation>Kortelė telefonui… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Merge with another record… (owner, Shift+F4)</source>
        <translation>Sujungti su kitu įrašu… (savininkas, Shift+F4)</translation>
    </message>
    <message>
        <source>Loyalty rules and shop (F10)</source>
        <translation>Lojalumo taisyklės ir parduotuvė (F10)</translation>
    </message>
    <message>
        <source>Cashier&apos;s guide (F1)</source>
        <translation>Kasininko atmintinė (F1)</translation>
    </message>
    <message>
        <source>Customer screen (F11)</source>
        <translation>Kliento ekranas (F11)</translation>
    </message>
    <message>
        <source>More… (F12)</source>
        <translation>Daugiau…
(F12)</translation>
    </message>
    <message>
        <source>Ready. Scan a card or type a code.</source>
        <translation>Paruošta. Nuskaitykite kortelę arba įveskite kodą.</translation>
    </message>
    <message>
        <source>Change owner PIN…</source>
        <translation>Keisti savininko PIN kodą…</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Spausdinti kvitą (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves it for their phone.</source>
        <translation>Ctrl+Shift+P išsaugo ją kliento telefonui.</translation>
    </message>
    <message>
        <source>No printer for the new card …{0}: it is saved as {1} to print later.</source>
        <translation>Naujai kortelei …{0} nėra spausdintuvo: ji išsaugota kaip {1}, atspausdinkite vėliau.</translation>
    </message>
    <message>
        <source>New card …{0} sent to {1}.</source>
        <translation>Nauja kortelė …{0} išsiųsta į {1}.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Pirmiausia atidarykite klientą (raskite pagal vardą arba telefoną).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nėra)</translation>
    </message>
    <message>
        <source>Lost card</source>
        <translation>Pamesta kortelė</translation>
    </message>
    <message>
        <source>Block {0}&apos;s card {1} and issue a new one?
The old card stops working at once; the stamps and points stay with {0}.</source>
        <translation>Užblokuoti kliento {0} kortelę {1} ir išduoti naują?
Senoji kortelė iškart nustos veikti; antspaudai ir taškai liks klientui {0}.</translation>
    </message>
    <message>
        <source>Block and issue a new card</source>
        <translation>Užblokuoti ir išduoti naują</translation>
    </message>
    <message>
        <source>Old card blocked. New card for {0}: {1}</source>
        <translation>Senoji kortelė užblokuota. Nauja kortelė klientui {0}: {1}</translation>
    </message>
    <message>
        <source>Open the customer to keep first, then merge the other record into them.</source>
        <translation>Pirmiausia atidarykite klientą, kurį paliekate, tada sujunkite su juo kitą įrašą.</translation>
    </message>
    <message>
        <source>Merging customers needs the owner&apos;s PIN.</source>
        <translation>Klientams sujungti reikia savininko PIN kodo.</translation>
    </message>
    <message>
        <source>Merge into {0}: which other record?</source>
        <translation>Sujungti su {0}: kurį kitą įrašą?</translation>
    </message>
    <message>
        <source>Merge {0} ({1}, {2} stamps, {3} points, {4} visits) into {5} ({6}, {7} stamps, {8} points, {9} visits)?
Afterwards there is one customer, {5}, with all the stamps, points, cards and visits of both. The counter cannot undo this.</source>
        <translation>Sujungti {0} ({1}, antspaudai: {2}, taškai: {3}, apsilankymai: {4}) su {5} ({6}, antspaudai: {7}, taškai: {8}, apsilankymai: {9})?
Po to liks vienas klientas, {5}, su visais abiejų antspaudais, taškais, kortelėmis ir apsilankymais. Kasa to atšaukti negali.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Klientų sujungimas</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Sujungti</translation>
    </message>
    <message>
        <source>{0} is now part of {1}: {2} stamps, {3} points.</source>
        <translation>{0} dabar yra {1} dalis: antspaudai: {2}, taškai: {3}.</translation>
    </message>
    <message>
        <source>The owner&apos;s screen closed after a few idle minutes.</source>
        <translation>Savininko ekranas užsidarė po kelių neveiklumo minučių.</translation>
    </message>
    <message>
        <source>Points to add (negative to take away) for {0}:</source>
        <translation>Kiek taškų pridėti (neigiamas skaičius – atimti) klientui {0}:</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Taškų koregavimas</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Priežastis (išsaugoma istorijoje):</translation>
    </message>
    <message>
        <source>No change: an adjustment needs a reason.</source>
        <translation>Nieko nepakeista: koregavimui reikia priežasties.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopijuoti išsamią informaciją</translation>
    </message>
    <message>
        <source>Settings need the owner&apos;s PIN.</source>
        <translation>Nustatymams reikia savininko PIN kodo.</translation>
    </message>
    <message>
        <source>Owner PIN changed.</source>
        <translation>Savininko PIN kodas pakeistas.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Nustatymai išsaugoti.</translation>
    </message>
    <message>
        <source>Enrol a customer or issue a card first: a card&apos;s code can be saved only right after that.</source>
        <translation>Pirmiausia užregistruokite klientą arba išduokite kortelę: kortelės kodą galima išsaugoti tik iškart po to.</translation>
    </message>
    <message>
        <source>Saving files is not available on this terminal.</source>
        <translation>Šiame terminale failų išsaugoti negalima.</translation>
    </message>
    <message>
        <source>Save the card for a phone</source>
        <translation>Išsaugoti kortelę telefonui</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>Paveikslėlis (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF failas (*.pdf)</translation>
    </message>
    <message>
        <source>Card …{0} saved for the phone as {1}.</source>
        <translation>Kortelė …{0} išsaugota telefonui kaip {1}.</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>žurnalas</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Kažkas nepavyko</translation>
    </message>
    <message>
        <source>The terminal hit an unexpected problem. Nothing already confirmed is lost.
Details are in {0}.</source>
        <translation>Terminale įvyko netikėta klaida. Niekas, kas jau patvirtinta, neprarasta.
Išsamiau: {0}.</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Sinchronizuoti dabar (F5)</translation>
    </message>
    <message>
        <source>Sync settings (Shift+F5)</source>
        <translation>Sinchronizavimo nustatymai (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Pamiršote PIN kodą?</translation>
    </message>
    <message>
        <source>Change owner PIN</source>
        <translation>Keisti savininko PIN kodą</translation>
    </message>
    <message>
        <source>Type the recovery code printed at set-up, and a new PIN.</source>
        <translation>Įveskite sąrankos metu atspausdintą atkūrimo kodą ir naują PIN kodą.</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one ({0} to {1} digits).</source>
        <translation>Įveskite dabartinį PIN kodą, tada naują (nuo {0} iki {1} skaitmenų).</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Atkūrimo kodas</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Dabartinis PIN kodas</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Naujas PIN kodas</translation>
    </message>
    <message>
        <source>Repeat new PIN</source>
        <translation>Pakartokite naują PIN kodą</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>PIN kodą sudaro nuo {0} iki {1} skaitmenų.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Nauji PIN kodai nesutampa.</translation>
    </message>
    <message>
        <source>New PIN set. Your next recovery code (the old one no longer works): {0}
Write it down or print it from the set-up, and keep it away from the counter.</source>
        <translation>Naujas PIN kodas nustatytas. Jūsų naujas atkūrimo kodas (senasis nebegalioja): {0}
Užsirašykite jį arba atspausdinkite per sąranką ir laikykite toliau nuo kasos.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Per daug neteisingų bandymų. Bandykite po %n sekundės.</numerusform>
            <numerusform>Per daug neteisingų bandymų. Bandykite po %n sekundžių.</numerusform>
            <numerusform>Per daug neteisingų bandymų. Bandykite po %n sekundžių.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Neteisingas atkūrimo kodas.</translation>
    </message>
    <message>
        <source>Wrong current PIN.</source>
        <translation>Neteisingas dabartinis PIN kodas.</translation>
    </message>
    <message numerus="yes">
        <source>%n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Iki užrakinimo liko %n bandymas.</numerusform>
            <numerusform>Iki užrakinimo liko %n bandymai.</numerusform>
            <numerusform>Iki užrakinimo liko %n bandymų.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal has no recovery code. Ask for help to reset the PIN.</source>
        <translation>Šis terminalas neturi atkūrimo kodo. Norėdami atkurti PIN kodą, kreipkitės pagalbos.</translation>
    </message>
    <message>
        <source>No PIN is set yet: open the owner&apos;s screen (F8) to choose one.</source>
        <translation>PIN kodas dar nenustatytas: atidarykite savininko ekraną (F8) ir jį pasirinkite.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>tarpas</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Trinti</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <source>Owner dashboard</source>
        <translation>Savininko prietaisų skydelis</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanijos</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Šiandien</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Pastarosios 7 dienos</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Pastarosios 30 dienų</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Pastarosios 90 dienų</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Pastarieji 12 mėnesių</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Pasirinktinis…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Atnaujinti</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportuoti CSV</translation>
    </message>
    <message>
        <source>The period&apos;s numbers…</source>
        <translation>Laikotarpio rodikliai…</translation>
    </message>
    <message>
        <source>The list shown (win-back, VIP…)…</source>
        <translation>Rodomas sąrašas (susigrąžinimas, VIP…)…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF ataskaita…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuoti…</translation>
    </message>
    <message>
        <source>Customers from CSV…</source>
        <translation>Klientai iš CSV…</translation>
    </message>
    <message>
        <source>Sales from CSV…</source>
        <translation>Pardavimai iš CSV…</translation>
    </message>
    <message>
        <source>%1 rows were set aside, with their reasons, in %2.</source>
        <translation>Atidėta eilučių: %1; jos kartu su priežastimis išsaugotos faile %2.</translation>
    </message>
    <message>
        <source>Nothing imported: %1 problems.</source>
        <translation>Nieko neimportuota: problemų: %1.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Nieko neimportuota: %1</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Grįžti prie kasos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Laikotarpis</translation>
    </message>
    <message>
        <source>%1 · compared with %2 – %3</source>
        <translation>%1 · palyginti su %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>The ledger was tampered with: %n record(s) were changed, removed or slipped in after they were written (the first from terminal %1). Compare with a backup; &apos;python main.py verify&apos; lists them all.</source>
        <translation>
            <numerusform>Žurnalas pakeistas: įrašų po jų sukūrimo pakeista, ištrinta ar įterpta: %n (pirmasis iš terminalo %1). Palyginkite su atsargine kopija; &apos;python main.py verify&apos; parodys visus.</numerusform>
            <numerusform>Žurnalas pakeistas: įrašų po jų sukūrimo pakeista, ištrinta ar įterpta: %n (pirmasis iš terminalo %1). Palyginkite su atsargine kopija; &apos;python main.py verify&apos; parodys visus.</numerusform>
            <numerusform>Žurnalas pakeistas: įrašų po jų sukūrimo pakeista, ištrinta ar įterpta: %n (pirmasis iš terminalo %1). Palyginkite su atsargine kopija; &apos;python main.py verify&apos; parodys visus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub found %n record(s) from this terminal that break the ledger&apos;s chain: they were changed before they were sent.</source>
        <translation>
            <numerusform>Centrinis serveris rado šio terminalo įrašų, pažeidžiančių žurnalo grandinę: %n. Jie buvo pakeisti prieš išsiunčiant.</numerusform>
            <numerusform>Centrinis serveris rado šio terminalo įrašų, pažeidžiančių žurnalo grandinę: %n. Jie buvo pakeisti prieš išsiunčiant.</numerusform>
            <numerusform>Centrinis serveris rado šio terminalo įrašų, pažeidžiančių žurnalo grandinę: %n. Jie buvo pakeisti prieš išsiunčiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Išsaugoti kaip</translation>
    </message>
    <message>
        <source>Choose one of the customer lists first.</source>
        <translation>Pirmiausia pasirinkite vieną iš klientų sąrašų.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Išsaugota: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importavimas</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV ir tekstiniai failai (*.csv *.txt *.tsv);;Visi failai (*)</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Tikrinama</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Įrašoma</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Suvestinės</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 can be imported, %3 are already there, %4 have problems. Nothing was imported.</source>
        <translation>Patikrinta eilučių: %1; galima importuoti: %2, jau yra: %3, su problemomis: %4. Nieko neimportuota.</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 were already there.</source>
        <translation>Importuota eilučių: %1; jau buvo: %2.</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Susisiekta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Išspręsta</translation>
    </message>
    <message>
        <source>Note (what was said or done):</source>
        <translation>Pastaba (kas pasakyta ar padaryta):</translation>
    </message>
    <message>
        <source>Recovery offer</source>
        <translation>Atsiprašymo pasiūlymas</translation>
    </message>
    <message>
        <source>Bonus points waiting at {0}&apos;s next visit:</source>
        <translation>Premijiniai taškai kitam kliento {0} apsilankymui:</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>klientas</translation>
    </message>
    <message>
        <source>Put it right: {0}</source>
        <translation>Atitaisome: {0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner</source>
        <translation>Savininkas</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>Įveskite savininko PIN kodą.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN kodas</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Pakartokite PIN</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Pamiršote PIN kodą?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tikrinama…</translation>
    </message>
    <message>
        <source>Choose the owner&apos;s PIN (6 to 12 digits). It guards the dashboard, settings and manual adjustments.</source>
        <translation>Pasirinkite savininko PIN kodą (nuo 6 iki 12 skaitmenų). Jis saugo prietaisų skydelį, nustatymus ir rankinius koregavimus.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN kodai nesutampa.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Per daug neteisingų PIN. Bandykite po %n sekundės.</numerusform>
            <numerusform>Per daug neteisingų PIN. Bandykite po %n sekundžių.</numerusform>
            <numerusform>Per daug neteisingų PIN. Bandykite po %n sekundžių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Neteisingas PIN. Iki užrakinimo liko %n bandymas.</numerusform>
            <numerusform>Neteisingas PIN. Iki užrakinimo liko %n bandymai.</numerusform>
            <numerusform>Neteisingas PIN. Iki užrakinimo liko %n bandymų.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>PIN kodą sudaro nuo 6 iki 12 skaitmenų.</translation>
    </message>
    <message>
        <source>A PIN is already set.</source>
        <translation>PIN kodas jau nustatytas.</translation>
    </message>
    <message>
        <source>No PIN is set yet.</source>
        <translation>PIN kodas dar nenustatytas.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Owner PIN</source>
        <translation>Savininko PIN kodas</translation>
    </message>
    <message>
        <source>The PIN guards the owner&apos;s dashboard, the settings and manual adjustments.</source>
        <translation>PIN kodas saugo savininko prietaisų skydelį, nustatymus ir rankinius koregavimus.</translation>
    </message>
    <message>
        <source>A PIN is already set. Change it later with the old one (More → Change owner PIN).</source>
        <translation>PIN kodas jau nustatytas. Vėliau jį pakeisite naudodami senąjį („Daugiau“ → „Keisti savininko PIN kodą“).</translation>
    </message>
    <message>
        <source>Choose {0} to {1} digits. Skip, and the first person to open the owner&apos;s screen (F8) chooses it.</source>
        <translation>Pasirinkite nuo {0} iki {1} skaitmenų. Jei praleisite, PIN kodą pasirinks tas, kuris pirmasis atidarys savininko ekraną (F8).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN kodas</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Pakartokite PIN</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>PIN kodą sudaro nuo {0} iki {1} skaitmenų.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN kodai nesutampa.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print receipt</source>
        <translation>Spausdinti kvitą</translation>
    </message>
    <message>
        <source>Print (or reprint) the last receipt</source>
        <translation>Spausdinti (arba perspausdinti) paskutinį kvitą</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Išsaugoti kvitą kaip PDF…</translation>
    </message>
    <message>
        <source>Print receipts automatically</source>
        <translation>Spausdinti kvitus automatiškai</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>Spausdintuvo nustatymai…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Išsaugoti kvitą kaip PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF failai (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printing the test page…</source>
        <translation>Spausdinamas bandomasis puslapis…</translation>
    </message>
    <message>
        <source>Test page sent to {0}. Both ends of the line should be on the paper.</source>
        <translation>Bandomasis puslapis išsiųstas į {0}. Abu linijos galai turi būti ant popieriaus.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>Bandomasis puslapis neatspausdintas: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>numatytasis sistemos spausdintuvas</translation>
    </message>
    <message>
        <source>Receipts go to {0}, on a {1} mm roll.</source>
        <translation>Kvitų spausdintuvas: {0}, {1} mm ritinys.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Kvitų spausdintuvas</translation>
    </message>
    <message>
        <source>Print a test page to see the printer and the roll width are right.</source>
        <translation>Atspausdinkite bandomąjį puslapį ir įsitikinkite, kad spausdintuvas ir ritinio plotis tinkami.</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Spausdinti bandomąjį puslapį</translation>
    </message>
    <message>
        <source>Printer and paper…</source>
        <translation>Spausdintuvas ir popierius…</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printer settings</source>
        <translation>Spausdintuvo nustatymai</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Numatytasis sistemos spausdintuvas</translation>
    </message>
    <message>
        <source>{0} mm roll</source>
        <translation>{0} mm ritinys</translation>
    </message>
    <message>
        <source>Print the receipt automatically after each sale</source>
        <translation>Automatiškai spausdinti kvitą po kiekvieno pardavimo</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Spausdintuvas</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Popierius</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer found. The sale is saved; use “Save receipt as PDF”.</source>
        <translation>Spausdintuvas nerastas. Pardavimas išsaugotas; naudokite „Išsaugoti kvitą kaip PDF“.</translation>
    </message>
    <message>
        <source>Printer “{detail}” not available. The sale is saved; check it or choose another.</source>
        <translation>Spausdintuvas „{detail}“ nepasiekiamas. Pardavimas išsaugotas; patikrinkite jį arba pasirinkite kitą.</translation>
    </message>
    <message>
        <source>The printer refused the receipt (offline? paper?). The sale is saved; reprint when ready.</source>
        <translation>Spausdintuvas nepriėmė kvito (neprijungtas? popierius?). Pardavimas išsaugotas; perspausdinkite, kai bus paruoštas.</translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation>Kol kas nėra kvito perspausdinti.</translation>
    </message>
    <message>
        <source>Receipt {detail} was not found.</source>
        <translation>Kvitas {detail} nerastas.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {detail}</source>
        <translation>Nepavyko išsaugoti PDF: {detail}</translation>
    </message>
    <message>
        <source>Printing failed (an internal error, see the log). The sale is saved.</source>
        <translation>Spausdinti nepavyko (vidinė klaida, žr. žurnalą). Pardavimas išsaugotas.</translation>
    </message>
    <message>
        <source>Receipt {number} sent to {where}.</source>
        <translation>Kvitas {number} išsiųstas į {where}.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import problems: %1</source>
        <translation>Importavimo problemos: %1</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Išsaugoti sąrašą…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Išsaugoti problemų sąrašą</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;Tekstas (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Išsaugota: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Nepavyko išsaugoti: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Eilutė</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Gerai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Išsaugoti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Uždaryti</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Taikyti</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Taip</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Atmesti</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message numerus="yes">
        <source>%n more stamps to %1</source>
        <translation>
            <numerusform>Dar %n antspaudas iki „%1“</numerusform>
            <numerusform>Dar %n antspaudai iki „%1“</numerusform>
            <numerusform>Dar %n antspaudų iki „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>Dar %n taškas iki „%1“</numerusform>
            <numerusform>Dar %n taškai iki „%1“</numerusform>
            <numerusform>Dar %n taškų iki „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Ačiū, kad apsilankėte!</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Kvitas %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminalas %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Kvitas</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>IŠ VISO</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Lygis</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Gauta taškų</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Gimtadienio dovana</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Atsiimta</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Taškų likutis</translation>
    </message>
    <message>
        <source>Stamps (+%1)</source>
        <translation>Antspaudai (+%1)</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Antspaudai</translation>
    </message>
    <message>
        <source>Card full: %1 is yours!</source>
        <translation>Kortelė pilna: %1 – jūsų!</translation>
    </message>
    <message>
        <source>How was your visit? Hold this receipt to the counter camera to rate us.</source>
        <translation>Kaip sekėsi? Prineškite šį kvitą prie kasos kameros ir įvertinkite mus.</translation>
    </message>
    <message>
        <source>How was your visit? Scan to rate us.</source>
        <translation>Kaip sekėsi? Nuskaitykite ir įvertinkite mus.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Atkūrimo kodas</translation>
    </message>
    <message>
        <source>For a forgotten PIN: print it and keep it away from the counter.</source>
        <translation>Jei pamiršite PIN kodą: atspausdinkite šį kodą ir laikykite toliau nuo kasos.</translation>
    </message>
    <message>
        <source>This code sets a new PIN when the old one is forgotten (F8, then “Forgot the PIN?”). It is shown only now.</source>
        <translation>Šiuo kodu galima nustatyti naują PIN kodą, jei senasis pamirštas (F8, tada „Pamiršote PIN kodą?“). Jis rodomas tik dabar.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Spausdinti</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Išsaugoti kaip PDF…</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund a sale</source>
        <translation>Grąžinti pardavimą</translation>
    </message>
    <message>
        <source>Receipt number, e.g. S1-T1-000123</source>
        <translation>Kvito numeris, pvz., S1-T1-000123</translation>
    </message>
    <message>
        <source>Show the sale</source>
        <translation>Rodyti pardavimą</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Grąžinti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Atšaukti</translation>
    </message>
    <message>
        <source>Which sale? Type or scan the receipt number.</source>
        <translation>Kuris pardavimas? Įveskite arba nuskaitykite kvito numerį.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(ištrintas klientas)</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>be kortelės</translation>
    </message>
    <message>
        <source>Receipt {0}
Sold {1}
Amount {2}
Customer: {3}
The refund takes back: stamps {4}, points {5}</source>
        <translation>Kvitas {0}
Parduota: {1}
Suma: {2}
Klientas: {3}
Grąžinimas atims: antspaudai {4}, taškai {5}</translation>
    </message>
    <message>
        <source>This sale was already refunded.</source>
        <translation>Šis pardavimas jau grąžintas.</translation>
    </message>
    <message>
        <source>Refund (owner)</source>
        <translation>Grąžinti (savininkas)</translation>
    </message>
    <message>
        <source>the refund takes back stamps already spent on a reward ({0}): the stamp balance becomes {1}</source>
        <translation>grąžinimas atima prizui jau panaudotus antspaudus ({0}): antspaudų likutis taps {1}</translation>
    </message>
    <message>
        <source>the refund takes back {0} points already spent: the points balance becomes {1}</source>
        <translation>grąžinimas atima jau panaudotus taškus ({0}): taškų likutis taps {1}</translation>
    </message>
    <message>
        <source>Below zero: {0}. It needs the owner&apos;s PIN.</source>
        <translation>Žemiau nulio: {0}. Reikia savininko PIN kodo.</translation>
    </message>
</context>
<context>
    <name>RelativeDay</name>
    <message>
        <source>today</source>
        <translation>šiandien</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>vakar</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>prieš %n dieną</numerusform>
            <numerusform>prieš %n dienas</numerusform>
            <numerusform>prieš %n dienų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1: loyalty report</source>
        <translation>%1: lojalumo programos ataskaita</translation>
    </message>
    <message>
        <source>%1 (time zone %2); previous period %3</source>
        <translation>%1 (laiko juosta %2); ankstesnis laikotarpis %3</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Šis laikotarpis</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Ankstesnis</translation>
    </message>
    <message>
        <source>The change in %1 from the previous period is within the noise (95% confidence).</source>
        <translation>%1 pokytis, palyginti su ankstesniu laikotarpiu, yra paklaidos ribose (95 % patikimumas).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nauji</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>nuolatiniai</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>rizikos grupė</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>neaktyvūs</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Apsilankymai per savaitę</translation>
    </message>
    <message>
        <source>Revenue per week (%1)</source>
        <translation>Pajamos per savaitę (%1)</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS per savaitę</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>Įvertinimų pasiskirstymas (0–10)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Segmentų dydžiai</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Rizikos grupė</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Neaktyvūs</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>Vėluoja pagal savo ritmą</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonas</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Paskutinis apsilankymas</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Dienų be apsilankymų</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Išleista</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(nėra sutikimo)</translation>
    </message>
    <message>
        <source>Latest low ratings</source>
        <translation>Naujausi žemi įvertinimai</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Įvertinimas</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Priežastis</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentaras</translation>
    </message>
    <message>
        <source>Campaigns: offered group against the control group</source>
        <translation>Kampanijos: pasiūlymą gavusi grupė prieš kontrolinę grupę</translation>
    </message>
    <message>
        <source>Came back: a sale in the campaign&apos;s window. The lift&apos;s 95 % interval holding zero means the difference is within the noise.</source>
        <translation>Sugrįžo: pardavimas kampanijos laikotarpiu. Jei 95 % prieaugio intervalas apima nulį, skirtumas yra paklaidos ribose.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanija</translation>
    </message>
    <message>
        <source>Offered: back</source>
        <translation>Su pasiūlymu: sugrįžo</translation>
    </message>
    <message>
        <source>Control: back</source>
        <translation>Kontrolė: sugrįžo</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>Prieaugis (95 %)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Sąnaudos</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Grynasis</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>paklaida</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Rodiklis</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Loyalty rules</source>
        <translation>Lojalumo taisyklės</translation>
    </message>
    <message>
        <source>Start from a template; every number and reward can be changed later (F10).</source>
        <translation>Pradėkite nuo šablono; kiekvieną skaičių ir prizą vėliau galima pakeisti (F10).</translation>
    </message>
    <message>
        <source>Café stamp card</source>
        <translation>Kavinės antspaudų kortelė</translation>
    </message>
    <message>
        <source>Salon points</source>
        <translation>Salono taškai</translation>
    </message>
    <message>
        <source>Retail tiers</source>
        <translation>Mažmeninės prekybos lygiai</translation>
    </message>
    <message>
        <source>Stamps and points (standard)</source>
        <translation>Antspaudai ir taškai (standartinės)</translation>
    </message>
    <message>
        <source>Keep the current rules</source>
        <translation>Palikti dabartines taisykles</translation>
    </message>
    <message numerus="yes">
        <source>A stamp per visit; a full card of %n stamp(s): {0}.</source>
        <translation>
            <numerusform>Vienas antspaudas už apsilankymą; surinkus %n antspaudą: {0}.</numerusform>
            <numerusform>Vienas antspaudas už apsilankymą; surinkus %n antspaudus: {0}.</numerusform>
            <numerusform>Vienas antspaudas už apsilankymą; surinkus %n antspaudų: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per unit spent; rewards: {0}.</source>
        <translation>
            <numerusform>%n taškas už kiekvieną išleistą valiutos vienetą; prizai: {0}.</numerusform>
            <numerusform>%n taškai už kiekvieną išleistą valiutos vienetą; prizai: {0}.</numerusform>
            <numerusform>%n taškų už kiekvieną išleistą valiutos vienetą; prizai: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiers: {0}.</source>
        <translation>Lygiai: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on a birthday.</source>
        <translation>
            <numerusform>Gimtadienio dovana: %n taškas.</numerusform>
            <numerusform>Gimtadienio dovana: %n taškai.</numerusform>
            <numerusform>Gimtadienio dovana: %n taškų.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <source>Sale amount</source>
        <translation>Pardavimo suma</translation>
    </message>
    <message>
        <source>Record sale  ⏎</source>
        <translation>Užregistruoti pardavimą  ⏎</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find a customer</source>
        <translation>Rasti klientą</translation>
    </message>
    <message>
        <source>Name, phone number or card code</source>
        <translation>Vardas, telefono numeris arba kortelės kodas</translation>
    </message>
    <message>
        <source>{0}   {1}   · {2} points · {3} stamps</source>
        <translation>{0}   {1}   · taškai: {2} · antspaudai: {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Rastas %n klientas</numerusform>
            <numerusform>Rasti %n klientai</numerusform>
            <numerusform>Rasta %n klientų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty rules and shop details</source>
        <translation>Lojalumo taisyklės ir parduotuvės duomenys</translation>
    </message>
    <message>
        <source>Stamps and points</source>
        <translation>Antspaudai ir taškai</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prizai</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Lygiai</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Parduotuvė</translation>
    </message>
    <message>
        <source>Stamps for a full card</source>
        <translation>Antspaudų pilnai kortelei</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Skiriama taškų</translation>
    </message>
    <message>
        <source>One stamp per card within (minutes)</source>
        <translation>Vienas antspaudas kortelei per (min.)</translation>
    </message>
    <message>
        <source>Welcome bonus (points)</source>
        <translation>Pasveikinimo dovana (taškai)</translation>
    </message>
    <message>
        <source>Birthday bonus (points)</source>
        <translation>Gimtadienio dovana (taškai)</translation>
    </message>
    <message>
        <source>Birthday window (± days)</source>
        <translation>Gimtadienio laikotarpis (± dienos)</translation>
    </message>
    <message>
        <source>Points expire after months without a visit (0: never)</source>
        <translation>Taškai nustoja galioti po tiek mėnesių be apsilankymo (0: niekada)</translation>
    </message>
    <message>
        <source>One stamp per visit</source>
        <translation>Vienas antspaudas už apsilankymą</translation>
    </message>
    <message>
        <source>One stamp per amount spent</source>
        <translation>Vienas antspaudas už kiekvieną išleistą sumą</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Antspaudai</translation>
    </message>
    <message>
        <source>for each amount spent</source>
        <translation>už kiekvieną išleistą sumą</translation>
    </message>
    <message>
        <source>Amount per stamp</source>
        <translation>Suma už antspaudą</translation>
    </message>
    <message>
        <source>Smallest sale that earns a stamp</source>
        <translation>Mažiausias pardavimas, už kurį skiriamas antspaudas</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points after the tier multiplier.</source>
        <translation>Taškai po lygio daugiklio apvalinami žemyn iki sveikųjų.</translation>
    </message>
    <message>
        <source>Type the amount that earns the points, e.g. 1 or 100.</source>
        <translation>Įveskite sumą, už kurią skiriami taškai, pvz., 1 arba 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n points per %1, rounded down</source>
        <translation>
            <numerusform>%n taškas už %1, apvalinant žemyn</numerusform>
            <numerusform>%n taškai už %1, apvalinant žemyn</numerusform>
            <numerusform>%n taškų už %1, apvalinant žemyn</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Pridėti eilutę</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Pašalinti pasirinktą eilutę</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kodas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Taškai</translation>
    </message>
    <message>
        <source>12-month spend</source>
        <translation>Išlaidos per 12 mėnesių</translation>
    </message>
    <message>
        <source>or visits</source>
        <translation>arba apsilankymų</translation>
    </message>
    <message>
        <source>Points %</source>
        <translation>Taškai, %</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Parduotuvės pavadinimas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valiuta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>Country (phone numbers, dates)</source>
        <translation>Šalis (telefono numeriai, datos)</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Kvito poraštė</translation>
    </message>
    <message>
        <source>Feedback page address</source>
        <translation>Atsiliepimų puslapio adresas</translation>
    </message>
    <message>
        <source>The saved time zone “{0}” is not one: choose the shop&apos;s from the list.</source>
        <translation>Išsaugota laiko juosta „{0}“ neegzistuoja: pasirinkite parduotuvės juostą iš sąrašo.</translation>
    </message>
    <message>
        <source>Language (screens, receipts, feedback page)</source>
        <translation>Kalba (ekranai, kvitai, atsiliepimų puslapis)</translation>
    </message>
    <message>
        <source>No hub address: receipts carry a code to hold to the counter camera.</source>
        <translation>Nėra centrinio serverio adreso: ant kvitų bus kodas, kurį reikia prinešti prie kasos kameros.</translation>
    </message>
    <message>
        <source>This address is this computer itself: customers&apos; phones cannot open it. Receipts carry a code for the counter camera instead. Use the hub&apos;s address on the shop&apos;s network, such as http://192.168.1.20:8765/f.</source>
        <translation>Šis adresas – tai pats šis kompiuteris: klientų telefonai jo neatidarys. Vietoj to ant kvitų bus kodas kasos kamerai. Naudokite centrinio serverio adresą parduotuvės tinkle, pvz., http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>Not a web address: receipts carry a code for the counter camera instead. It starts with http://, such as http://192.168.1.20:8765/f.</source>
        <translation>Tai ne žiniatinklio adresas: vietoj to ant kvitų bus kodas kasos kamerai. Adresas prasideda http://, pvz., http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>“{0}” is not an amount.</source>
        <translation>„{0}“ nėra suma.</translation>
    </message>
    <message>
        <source>Rewards and tiers need whole numbers and amounts.</source>
        <translation>Prizams ir lygiams reikia sveikųjų skaičių ir sumų.</translation>
    </message>
    <message>
        <source>These rules cannot work: check “{0}”.</source>
        <translation>Šios taisyklės negali veikti: patikrinkite „{0}“.</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>End-of-shift report</source>
        <translation>Pamainos pabaigos ataskaita</translation>
    </message>
    <message>
        <source>Shift report for {0}</source>
        <translation>Pamainos ataskaita: {0}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Pardavimai</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Suma</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Grąžinimai</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Grąžinta</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>Suteikta antspaudų</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Suteikta taškų</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Prizai</translation>
    </message>
    <message>
        <source>Manual adjustments</source>
        <translation>Rankiniai koregavimai</translation>
    </message>
    <message>
        <source>{0}  {1} points by {2}: {3}</source>
        <translation>{0}  taškai {1}, koregavo {2}: {3}</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Neįprasti atvejai</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nėra.</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>Spausdinti kvitų spausdintuvu</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Išsaugoti kaip PDF…</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Visa diena</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>Niekas nebuvo prisijungęs</translation>
    </message>
    <message>
        <source>the same customer again within minutes</source>
        <translation>tas pats klientas vėl po kelių minučių</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>antspaudai be pardavimo</translation>
    </message>
    <message>
        <source>a big adjustment</source>
        <translation>didelis koregavimas</translation>
    </message>
</context>
<context>
    <name>ShiftReportLink</name>
    <message>
        <source>End-of-shift report… (manager)</source>
        <translation>Pamainos pabaigos ataskaita… (vadovas)</translation>
    </message>
    <message>
        <source>No receipt printer is set up: save it as a PDF.</source>
        <translation>Kvitų spausdintuvas nenustatytas: išsaugokite ataskaitą kaip PDF.</translation>
    </message>
    <message>
        <source>The shift report is being printed.</source>
        <translation>Pamainos ataskaita spausdinama.</translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation>Išsaugoti pamainos ataskaitą</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF failai (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Nepavyko išsaugoti: {0}</translation>
    </message>
    <message>
        <source>Shift report saved as {0}.</source>
        <translation>Pamainos ataskaita išsaugota kaip {0}.</translation>
    </message>
</context>
<context>
    <name>ShiftRoll</name>
    <message>
        <source>repeat sale</source>
        <translation>pakartotinis pardavimas</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>antspaudai be pardavimo</translation>
    </message>
    <message>
        <source>big adjustment</source>
        <translation>didelis koregavimas</translation>
    </message>
    <message>
        <source>the welcome bonus</source>
        <translation>pasveikinimo dovana</translation>
    </message>
    <message>
        <source>the birthday bonus</source>
        <translation>gimtadienio dovana</translation>
    </message>
    <message>
        <source>a campaign offer</source>
        <translation>kampanijos pasiūlymas</translation>
    </message>
    <message>
        <source>merging two records</source>
        <translation>dviejų įrašų sujungimas</translation>
    </message>
    <message>
        <source>an undo</source>
        <translation>veiksmo atšaukimas</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Visa diena</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Darbuotojas %1</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>Niekas nebuvo prisijungęs</translation>
    </message>
    <message numerus="yes">
        <source>another sale %n min after the last</source>
        <translation>
            <numerusform>dar vienas pardavimas praėjus %n minutei po ankstesnio</numerusform>
            <numerusform>dar vienas pardavimas praėjus %n minutėms po ankstesnio</numerusform>
            <numerusform>dar vienas pardavimas praėjus %n minučių po ankstesnio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n taškas</numerusform>
            <numerusform>%n taškai</numerusform>
            <numerusform>%n taškų</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamps from %1</source>
        <translation>
            <numerusform>%n antspaudas – %1</numerusform>
            <numerusform>%n antspaudai – %1</numerusform>
            <numerusform>%n antspaudų – %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift report %1</source>
        <translation>Pamainos ataskaita: %1</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Pardavimai (%1)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Grąžinimai (%1)</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>Suteikta antspaudų</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Suteikta taškų</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Atsiimta prizų</translation>
    </message>
    <message>
        <source>Adjusted at %1: %2</source>
        <translation>Koreguota %1: %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>klientas %1</translation>
    </message>
    <message>
        <source>%1: shift report for %2 (time zone %3)</source>
        <translation>%1: pamainos ataskaita, %2 (laiko juosta %3)</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Austria</source>
        <translation>Austrija</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgija</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Čekija</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Vokietija</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estija</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Suomija</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Prancūzija</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Jungtinė Karalystė</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Vengrija</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Airija</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iranas</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italija</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Lietuva</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Latvija</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nyderlandai</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Lenkija</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Rumunija</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakija</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Ispanija</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Švedija</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Jungtinės Amerikos Valstijos</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Jūsų parduotuvė</translation>
    </message>
    <message>
        <source>Printed on receipts and cards. Change it later under Loyalty rules and shop (F10).</source>
        <translation>Spausdinama ant kvitų ir kortelių. Vėliau galite pakeisti skiltyje „Lojalumo taisyklės ir parduotuvė“ (F10).</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Parduotuvės pavadinimas</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Šalis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valiuta</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Laiko juosta</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone. Choose one from the list, such as Europe/Budapest.</source>
        <translation>„{0}“ nėra laiko juosta. Pasirinkite iš sąrašo, pvz., Europe/Vilnius.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Prisijungti</translation>
    </message>
    <message>
        <source>Who is at the counter? Tap your name, then type your PIN.</source>
        <translation>Kas prie kasos? Palieskite savo vardą, tada įveskite PIN kodą.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN kodas</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasininkas</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>vadovas</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>savininkas</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Pirmiausia palieskite savo vardą.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n sekundės.</numerusform>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n sekundžių.</numerusform>
            <numerusform>Per daug neteisingų PIN kodų. Bandykite dar kartą po %n sekundžių.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Neteisingas PIN kodas. Iki užrakinimo liko %n bandymas.</numerusform>
            <numerusform>Neteisingas PIN kodas. Iki užrakinimo liko %n bandymai.</numerusform>
            <numerusform>Neteisingas PIN kodas. Iki užrakinimo liko %n bandymų.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Darbuotojai</translation>
    </message>
    <message>
        <source>Has left (cannot sign in)</source>
        <translation>Išėjo iš darbo (negali prisijungti)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Pridėti darbuotoją</translation>
    </message>
    <message>
        <source>cashier: sells, enrols, redeems</source>
        <translation>kasininkas: parduoda, registruoja klientus, išduoda prizus</translation>
    </message>
    <message>
        <source>manager: also refunds, adjusts points, sets the rules</source>
        <translation>vadovas: taip pat grąžina pinigus, koreguoja taškus, nustato taisykles</translation>
    </message>
    <message>
        <source>owner: also the books, customers&apos; data and staff</source>
        <translation>savininkas: taip pat tvarko apskaitą, klientų duomenis ir darbuotojus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Vardas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Pareigos</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN kodas</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Pakartokite PIN kodą</translation>
    </message>
    <message>
        <source>PINs: at least {0} digits for owners and managers (they open the books and the rules), {1} for cashiers.</source>
        <translation>PIN kodo ilgis skaitmenimis: savininkams ir vadovams – ne mažiau kaip {0} (jie mato apskaitą ir taisykles), kasininkams – {1}.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Pridėti</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (išėjo)</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>kasininkas</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>vadovas</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>savininkas</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN kodai nesutampa.</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Pirmiausia pasirinkite darbuotoją sąraše.</translation>
    </message>
</context>
<context>
    <name>StaffLink</name>
    <message>
        <source>Sign in (Shift+F6)</source>
        <translation>Prisijungti (Shift+F6)</translation>
    </message>
    <message>
        <source>Sign in / change staff</source>
        <translation>Prisijungti / keisti darbuotoją</translation>
    </message>
    <message>
        <source>Staff… (owner)</source>
        <translation>Darbuotojai… (savininkas)</translation>
    </message>
    <message>
        <source>{0} — Shift+F6 to change</source>
        <translation>{0} — keisti: Shift+F6</translation>
    </message>
    <message>
        <source>No staff yet: the owner adds them under More → Staff…</source>
        <translation>Darbuotojų dar nėra: savininkas juos prideda per Daugiau → Darbuotojai…</translation>
    </message>
    <message>
        <source>Signed in: {0}.</source>
        <translation>Prisijungta: {0}.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs a manager or the owner.</source>
        <translation>Prisijungta kaip {0}: tam reikia vadovo arba savininko.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs the owner.</source>
        <translation>Prisijungta kaip {0}: tam reikia savininko.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first (Shift+F6).</source>
        <translation>Pirmiausia prisijunkite savo PIN kodu (Shift+F6).</translation>
    </message>
</context>
<context>
    <name>StampStrip</name>
    <message numerus="yes">
        <source>%n of %1 stamps</source>
        <translation>
            <numerusform>%n iš %1 antspaudų</numerusform>
            <numerusform>%n iš %1 antspaudų</numerusform>
            <numerusform>%n iš %1 antspaudų</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Sales</source>
        <translation>Pardavimai</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Pajamos</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Vidutinis čekis</translation>
    </message>
    <message>
        <source>Identified sales</source>
        <translation>Pardavimai su kortele</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktyvūs klientai</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Nauji klientai</translation>
    </message>
    <message>
        <source>Visits per customer</source>
        <translation>Apsilankymų vienam klientui</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Pakartotinių pirkimų dalis</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Klientų išlaikymas</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Klientų netekimas</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (4–5 of 5)</source>
        <translation>Pasitenkinimas (CSAT, 4–5 iš 5)</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Atsakymų dalis</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Kliento gyvavimo ciklo vertė</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Rizikos grupė</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Neaktyvūs</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>Vėluoja pagal savo ritmą</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Suteikta taškų</translation>
    </message>
    <message>
        <source>Stamps issued</source>
        <translation>Suteikta antspaudų</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Atsiimta prizų</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Panaudota taškų</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>Nepanaudoti taškai</translation>
    </message>
    <message>
        <source>Overdrawn customers</source>
        <translation>Klientai su neigiamu likučiu</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Įvertinimai</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 proc. p.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nauji</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync with the hub</source>
        <translation>Sinchronizavimas su centriniu serveriu</translation>
    </message>
    <message>
        <source>from: main.py hub add-terminal NAME</source>
        <translation>iš: main.py hub add-terminal PAVADINIMAS</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Refuse redemptions</source>
        <translation>Neleisti atsiimti prizų</translation>
    </message>
    <message>
        <source>Allow a few, then refuse</source>
        <translation>Leisti kelis, tada neleisti</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Centrinio serverio adresas</translation>
    </message>
    <message>
        <source>This terminal&apos;s token</source>
        <translation>Šio terminalo raktas</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Sinchronizuoti kas</translation>
    </message>
    <message>
        <source>When the hub cannot be reached</source>
        <translation>Kai centrinis serveris nepasiekiamas</translation>
    </message>
    <message>
        <source>Redemptions allowed until the next sync</source>
        <translation>Leidžiama atsiimti prizų iki kito sinchronizavimo</translation>
    </message>
    <message>
        <source>Sales never wait for the hub. Leave the address empty to turn sync off.</source>
        <translation>Pardavimai niekada nelaukia serverio. Palikite adresą tuščią, kad išjungtumėte sinchronizavimą.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: checking…</source>
        <translation>Sinchronizavimas: tikrinama…</translation>
    </message>
    <message>
        <source>no hub set</source>
        <translation>serveris nenurodytas</translation>
    </message>
    <message>
        <source>the hub cannot be reached</source>
        <translation>serveris nepasiekiamas</translation>
    </message>
    <message>
        <source>the hub refused this terminal&apos;s token</source>
        <translation>serveris atmetė šio terminalo raktą</translation>
    </message>
    <message>
        <source>the hub refused some data; see the log</source>
        <translation>serveris atmetė dalį duomenų; žr. žurnalą</translation>
    </message>
    <message>
        <source>the hub had an error; will retry</source>
        <translation>serverio klaida; bus bandoma dar kartą</translation>
    </message>
    <message>
        <source>the hub was restored; syncing again</source>
        <translation>serveris atkurtas; sinchronizuojama iš naujo</translation>
    </message>
    <message numerus="yes">
        <source>Sync off (no hub set) · %n events not sent</source>
        <translation>
            <numerusform>Sinchronizavimas išjungtas · neišsiųsta: %n</numerusform>
            <numerusform>Sinchronizavimas išjungtas · neišsiųsta: %n</numerusform>
            <numerusform>Sinchronizavimas išjungtas · neišsiųsta: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Dar nesinchronizuota</translation>
    </message>
    <message>
        <source>Last sync {0}</source>
        <translation>Paskutinis sinchronizavimas {0}</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>viskas išsiųsta</translation>
    </message>
    <message>
        <source>1 event waiting</source>
        <translation>1 įvykis laukia</translation>
    </message>
    <message numerus="yes">
        <source>%n events waiting</source>
        <translation>
            <numerusform>%n įvykis laukia</numerusform>
            <numerusform>%n įvykiai laukia</numerusform>
            <numerusform>%n įvykių laukia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events set aside</source>
        <translation>
            <numerusform>%n įvykis atidėtas</numerusform>
            <numerusform>%n įvykiai atidėti</numerusform>
            <numerusform>%n įvykių atidėta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>Vouchers</source>
        <translation>Kuponai</translation>
    </message>
    <message numerus="yes">
        <source>%n bonus points</source>
        <translation>
            <numerusform>%n premijinis taškas</numerusform>
            <numerusform>%n premijiniai taškai</numerusform>
            <numerusform>%n premijinių taškų</numerusform>
        </translation>
    </message>
    <message>
        <source>Your gift: {0}</source>
        <translation>Jūsų dovana: {0}</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} on your next visit</source>
        <translation>Antspaudai ir taškai ×{0} kito apsilankymo metu</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Kuponas</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Kam: {0}</translation>
    </message>
    <message>
        <source>Valid until {0}</source>
        <translation>Galioja iki {0}</translation>
    </message>
    <message>
        <source>Show this voucher at the counter. It can be used once.</source>
        <translation>Parodykite šį kuponą kasoje. Jį galima panaudoti vieną kartą.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>This visit was already rated: one rating per visit.</source>
        <translation>Šis apsilankymas jau įvertintas: vienas įvertinimas apsilankymui.</translation>
    </message>
    <message>
        <source>That visit is not known on this terminal.</source>
        <translation>Šis apsilankymas šiame terminale nežinomas.</translation>
    </message>
    <message>
        <source>No sale with this receipt here (yet): it may be from another till.</source>
        <translation>Pardavimo su šiuo kvitu čia (dar) nėra: galbūt jis iš kitos kasos.</translation>
    </message>
    <message>
        <source>That score is not on the scale.</source>
        <translation>Tokio įvertinimo skalėje nėra.</translation>
    </message>
    <message>
        <source>That reason is too long.</source>
        <translation>Ši priežastis per ilga.</translation>
    </message>
    <message>
        <source>The customer screen settings are not valid.</source>
        <translation>Kliento ekrano nustatymai netinkami.</translation>
    </message>
    <message>
        <source>That receipt code is damaged: try again, or type the receipt number.</source>
        <translation>Kvito kodas sugadintas: bandykite dar kartą arba įveskite kvito numerį.</translation>
    </message>
    <message>
        <source>That receipt code is not from this shop.</source>
        <translation>Šis kvito kodas ne iš šios parduotuvės.</translation>
    </message>
    <message>
        <source>That receipt code has expired.</source>
        <translation>Šio kvito kodo galiojimas baigėsi.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enrolled</source>
        <translation>Užregistruota</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Pardavimas</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Grąžinimas</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Atšaukta</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Pasveikinimo dovana</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Gimtadienio dovana</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Prizas</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Taškai nustojo galioti</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Taškų koregavimas</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Įvertinimas</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nauja kortelė</translation>
    </message>
    <message>
        <source>Card given</source>
        <translation>Kortelė išduota</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>Kortelė užblokuota</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Įrašai sujungti</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Ištrinta</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not one of our cards.</source>
        <translation>Tai ne mūsų kortelė.</translation>
    </message>
    <message>
        <source>That card code has a typing error: please check it and try again.</source>
        <translation>Kortelės kode yra klaida: patikrinkite ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>This card was reported lost and is blocked. Look the customer up by name.</source>
        <translation>Ši kortelė pažymėta kaip pamesta ir užblokuota. Ieškokite kliento pagal vardą.</translation>
    </message>
    <message>
        <source>This card was not issued by this shop.</source>
        <translation>Šios kortelės neišdavė ši parduotuvė.</translation>
    </message>
    <message>
        <source>That customer is not known here.</source>
        <translation>Šis klientas čia nežinomas.</translation>
    </message>
    <message>
        <source>That customer&apos;s data was erased.</source>
        <translation>Šio kliento duomenys ištrinti.</translation>
    </message>
    <message>
        <source>That was already undone.</source>
        <translation>Tai jau atšaukta.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nėra ką atšaukti.</translation>
    </message>
    <message>
        <source>No receipt with that number.</source>
        <translation>Kvito tokiu numeriu nėra.</translation>
    </message>
    <message>
        <source>That card already belongs to a customer.</source>
        <translation>Ši kortelė jau priklauso klientui.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Įveskite didesnę nei nulis sumą.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Reikia įvesti vardą.</translation>
    </message>
    <message>
        <source>That language is not one we speak.</source>
        <translation>Ši kalba nepalaikoma.</translation>
    </message>
    <message>
        <source>That is not a birthday: a real date, not in the future.</source>
        <translation>Tai ne gimtadienis: reikia tikros datos, ne ateityje.</translation>
    </message>
    <message>
        <source>That is not a phone number: type it as you would dial it.</source>
        <translation>Tai ne telefono numeris: įveskite jį taip, kaip rinktumėte.</translation>
    </message>
    <message>
        <source>That is not an e-mail address: it needs a name, @ and a domain.</source>
        <translation>Tai ne el. pašto adresas: reikia vardo, @ ir domeno.</translation>
    </message>
    <message>
        <source>That is the same customer: choose the other record.</source>
        <translation>Tai tas pats klientas: pasirinkite kitą įrašą.</translation>
    </message>
    <message>
        <source>That record was already merged into another customer.</source>
        <translation>Šis įrašas jau sujungtas su kitu klientu.</translation>
    </message>
    <message>
        <source>Not done: that would take the balance below zero.</source>
        <translation>Neatlikta: likutis taptų neigiamas.</translation>
    </message>
    <message>
        <source>The reward cannot be confirmed right now.</source>
        <translation>Prizo dabar patvirtinti negalima.</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>Tokio prizo nebėra.</translation>
    </message>
    <message>
        <source>Not enough stamps for that reward yet.</source>
        <translation>Šiam prizui dar trūksta antspaudų.</translation>
    </message>
    <message>
        <source>Not enough points for that reward yet.</source>
        <translation>Šiam prizui dar trūksta taškų.</translation>
    </message>
    <message>
        <source>The hub says this reward was already used at another counter: not redeemed.</source>
        <translation>Serveris praneša, kad šis prizas jau atsiimtas prie kitos kasos: neišduota.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, and the owner allows no rewards offline: try again soon.</source>
        <translation>Serveris nepasiekiamas, o savininkas neleidžia prizų be ryšio: bandykite netrukus.</translation>
    </message>
    <message>
        <source>The hub cannot be reached and this counter&apos;s offline reward limit is used up.</source>
        <translation>Serveris nepasiekiamas, o šios kasos prizų be ryšio limitas išnaudotas.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Kampanijai reikia pavadinimo.</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>Kampanija turi baigtis po pradžios.</translation>
    </message>
    <message>
        <source>That offer cannot work: check the points, the multiplier or the hours.</source>
        <translation>Šis pasiūlymas negali veikti: patikrinkite taškus, daugiklį ar valandas.</translation>
    </message>
    <message>
        <source>That reward is not in the catalogue.</source>
        <translation>Tokio prizo kataloge nėra.</translation>
    </message>
    <message>
        <source>The control group must be from 0 to 99 percent.</source>
        <translation>Kontrolinė grupė turi būti nuo 0 iki 99 procentų.</translation>
    </message>
    <message>
        <source>Nobody is in that audience today.</source>
        <translation>Šiandien šioje auditorijoje nieko nėra.</translation>
    </message>
    <message>
        <source>That campaign is not known here.</source>
        <translation>Ši kampanija čia nežinoma.</translation>
    </message>
    <message>
        <source>This customer is not in that campaign&apos;s offer.</source>
        <translation>Šis klientas nepatenka į kampanijos pasiūlymą.</translation>
    </message>
    <message>
        <source>This offer was already used (here or at another counter).</source>
        <translation>Šis pasiūlymas jau panaudotas (čia arba prie kitos kasos).</translation>
    </message>
    <message>
        <source>That campaign is not running now.</source>
        <translation>Ši kampanija dabar nevyksta.</translation>
    </message>
    <message>
        <source>Record the sale first: the offer adds to it.</source>
        <translation>Pirmiausia užregistruokite pardavimą: pasiūlymas pridedamas prie jo.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and the owner allows none offline: try again soon.</source>
        <translation>Serveris nepasiekiamas pasiūlymui patvirtinti, o savininkas be ryšio jų neleidžia: netrukus bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and this counter&apos;s offline limit is used up.</source>
        <translation>Serveris nepasiekiamas pasiūlymui patvirtinti, o šios kasos limitas be ryšio išnaudotas.</translation>
    </message>
    <message>
        <source>This voucher cannot be read: scan it again or type the code under the QR.</source>
        <translation>Kupono nepavyksta nuskaityti: nuskaitykite dar kartą arba įveskite kodą po QR kodu.</translation>
    </message>
    <message>
        <source>Not one of our vouchers: it was changed, made up or is another shop&apos;s. Nothing applied.</source>
        <translation>Tai ne mūsų kuponas: jis pakeistas, suklastotas arba kitos parduotuvės. Nieko nepritaikyta.</translation>
    </message>
    <message>
        <source>This terminal cannot check vouchers yet: finish the set-up or sync with the hub once.</source>
        <translation>Šis terminalas dar negali tikrinti kuponų: užbaikite sąranką arba vieną kartą sinchronizuokite su serveriu.</translation>
    </message>
    <message>
        <source>This voucher&apos;s campaign has not reached this terminal yet: sync, then scan it again.</source>
        <translation>Šio kupono kampanija dar nepasiekė šio terminalo: sinchronizuokite ir nuskaitykite dar kartą.</translation>
    </message>
    <message>
        <source>This voucher is not valid yet: its campaign has not started.</source>
        <translation>Šis kuponas dar negalioja: jo kampanija dar neprasidėjo.</translation>
    </message>
    <message>
        <source>This voucher has expired: its campaign has ended. Nothing applied.</source>
        <translation>Šio kupono galiojimas baigėsi: jo kampanija pasibaigė. Nieko nepritaikyta.</translation>
    </message>
    <message>
        <source>This voucher was already used (here or at another counter). Nothing applied.</source>
        <translation>Šis kuponas jau panaudotas (čia arba prie kitos kasos). Nieko nepritaikyta.</translation>
    </message>
    <message>
        <source>This voucher&apos;s customer was erased: nothing to apply.</source>
        <translation>Šio kupono klientas ištrintas: nėra ką pritaikyti.</translation>
    </message>
    <message>
        <source>Happy hours are for everyone: they have no vouchers.</source>
        <translation>Laimingos valandos skirtos visiems: kuponų joms nėra.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Parduotuvei reikia pavadinimo.</translation>
    </message>
    <message>
        <source>“{0}” is not a currency: choose one from the list (like EUR or HUF).</source>
        <translation>„{0}“ nėra valiuta: pasirinkite iš sąrašo (pvz., EUR arba HUF).</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone: choose the shop&apos;s from the list (like Europe/Budapest).</source>
        <translation>„{0}“ nėra laiko juosta: pasirinkite parduotuvės juostą iš sąrašo (pvz., Europe/Vilnius).</translation>
    </message>
    <message>
        <source>“{0}” is not a country: choose one from the list.</source>
        <translation>„{0}“ nėra šalis: pasirinkite iš sąrašo.</translation>
    </message>
    <message>
        <source>“{0}” is not a web address: it starts with https:// (or http://).</source>
        <translation>„{0}“ nėra žiniatinklio adresas: jis prasideda https:// (arba http://).</translation>
    </message>
    <message>
        <source>A shop detail is too long (at most 300 characters).</source>
        <translation>Vienas parduotuvės duomuo per ilgas (ne daugiau kaip 300 simbolių).</translation>
    </message>
    <message>
        <source>The disk is full: this was NOT saved. Free some space on the disk, then try again.</source>
        <translation>Diskas pilnas: tai NEBUVO išsaugota. Atlaisvinkite vietos diske ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: this was NOT saved. Check the folder&apos;s permissions, then try again.</source>
        <translation>Į duomenų aplanką negalima rašyti: tai NEBUVO išsaugota. Patikrinkite aplanko teises ir bandykite dar kartą.</translation>
    </message>
    <message>
        <source>The database is damaged: this was NOT saved. Close the app and start it again to restore it.</source>
        <translation>Duomenų bazė sugadinta: tai NEBUVO išsaugota. Uždarykite programą ir paleiskite ją iš naujo, kad duomenų bazė būtų atkurta.</translation>
    </message>
    <message>
        <source>The database cannot be read: this was NOT saved. Check the disk, then start the app again.</source>
        <translation>Duomenų bazės nepavyksta nuskaityti: tai NEBUVO išsaugota. Patikrinkite diską, tada paleiskite programą iš naujo.</translation>
    </message>
    <message>
        <source>The database cannot be used: this was NOT saved. Start the app again.</source>
        <translation>Duomenų bazės negalima naudoti: tai NEBUVO išsaugota. Paleiskite programą iš naujo.</translation>
    </message>
    <message>
        <source>Your role does not allow this: ask a manager or the owner.</source>
        <translation>Jūsų pareigos to neleidžia: kreipkitės į vadovą arba savininką.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first.</source>
        <translation>Pirmiausia prisijunkite savo PIN kodu.</translation>
    </message>
    <message>
        <source>That staff member is not known here (or has left).</source>
        <translation>Šis darbuotojas čia nežinomas (arba išėjo iš darbo).</translation>
    </message>
    <message>
        <source>A PIN is digits only: at least 6 for owners and managers, 4 for cashiers.</source>
        <translation>PIN kodą sudaro tik skaitmenys: savininkams ir vadovams – ne mažiau kaip 6, kasininkams – ne mažiau kaip 4.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>Parduotuvėje turi būti bent vienas savininkas.</translation>
    </message>
    <message>
        <source>That is not an amount: type it like 4.50.</source>
        <translation>Tai ne suma: įveskite, pvz., 4,50.</translation>
    </message>
    <message>
        <source>These loyalty rules cannot work: check “{0}”.</source>
        <translation>Šios lojalumo taisyklės negali veikti: patikrinkite „{0}“.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Set-up saved. Ready for the first customer.</source>
        <translation>Sąranka išsaugota. Galima aptarnauti pirmąjį klientą.</translation>
    </message>
</context>
</TS>
