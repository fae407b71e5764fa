<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hu">
<context>
    <name>CameraLink</name>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Camera settings (Shift+F10)</source>
        <translation>Kamerabeállítások (Shift+F10)</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Ez nem a mi kártyánk.</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Test scan worked: card …{0}.</source>
        <translation>Sikeres próbabeolvasás: …{0} kártya.</translation>
    </message>
    <message>
        <source>Test scan worked: a receipt&apos;s feedback code.</source>
        <translation>Sikeres próbabeolvasás: egy nyugta visszajelzési kódja.</translation>
    </message>
    <message>
        <source>The camera reads codes: that one is not one of our cards.</source>
        <translation>A kamera olvassa a kódokat, de ez nem a mi kártyánk.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Hold a loyalty card (or any QR code) up to the camera. No camera? Skip: the USB scanner and typing work too.</source>
        <translation>Tartson egy hűségkártyát (vagy bármilyen QR-kódot) a kamera elé. Nincs kamera? Hagyja ki: a USB-olvasó és a gépelés is működik.</translation>
    </message>
    <message>
        <source>Which camera…</source>
        <translation>Melyik kamera…</translation>
    </message>
    <message>
        <source>Waiting for a test scan…</source>
        <translation>Várakozás próbabeolvasásra…</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Try again</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Scan with the barcode scanner or type the code.</source>
        <translation>Olvassa be vonalkódolvasóval, vagy írja be a kódot.</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>Kamera: indul…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>A kamera indul…</translation>
    </message>
    <message>
        <source>Camera on: hold the card&apos;s code up to it</source>
        <translation>A kamera be van kapcsolva: tartsa elé a kártya kódját</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>Kamera: nem található</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Nem található kamera.</translation>
    </message>
    <message>
        <source>Camera: disconnected, reconnecting…</source>
        <translation>Kamera: lecsatlakozott, újracsatlakozás…</translation>
    </message>
    <message>
        <source>The camera was disconnected. Trying to reconnect…</source>
        <translation>A kamera lecsatlakozott. Újracsatlakozás…</translation>
    </message>
    <message>
        <source>Camera: the video has ended</source>
        <translation>Kamera: a videó véget ért</translation>
    </message>
    <message>
        <source>The camera&apos;s video has ended.</source>
        <translation>A kamera videója véget ért.</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Kamera: kikapcsolva</translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation>A kamera ki van kapcsolva.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Ez nem a mi kártyánk.</translation>
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
        <translation>Kártyák beolvasása kamerával</translation>
    </message>
    <message>
        <source>Camera {0}</source>
        <translation>{0}. kamera</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Videofájl…</translation>
    </message>
    <message>
        <source>Folder of images…</source>
        <translation>Képeket tartalmazó mappa…</translation>
    </message>
    <message>
        <source>Show the picture like a mirror</source>
        <translation>Tükrözött kép</translation>
    </message>
    <message>
        <source> s</source>
        <translation> mp</translation>
    </message>
    <message>
        <source>The same card seen again within this time is the same scan.</source>
        <translation>Ha ugyanaz a kártya ennyi időn belül újra látható, az ugyanaz a beolvasás.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Felbontás</translation>
    </message>
    <message>
        <source>Same card again within</source>
        <translation>Ugyanaz a kártya újra ennyi időn belül</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Videofájl</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm)</source>
        <translation>Videók (*.mp4 *.avi *.mkv *.mov *.webm)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Képeket tartalmazó mappa</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Új kampány</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>Hiányzik nekünk!</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Veszélyeztetett</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Inaktív</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>Késésben a saját szokásukhoz képest</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>Születésnap ebben a hónapban</translation>
    </message>
    <message>
        <source>No visit for … days</source>
        <translation>… napja nem járt itt</translation>
    </message>
    <message>
        <source>Everyone (happy hours)</source>
        <translation>Mindenki (happy hours)</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Bónuszpontok</translation>
    </message>
    <message>
        <source>A free reward</source>
        <translation>Ingyenes jutalom</translation>
    </message>
    <message>
        <source>Stamps and points × on the next visit</source>
        <translation>Pecsétek és pontok × a következő látogatáskor</translation>
    </message>
    <message>
        <source>Happy hours: stamps and points ×</source>
        <translation>Happy hours: pecsétek és pontok ×</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Sze</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Cs</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Szo</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>V</translation>
    </message>
    <message>
        <source>Chosen at random and recorded: they get nothing, so the effect can be measured.</source>
        <translation>Véletlenszerűen kiválasztva és rögzítve: ők nem kapnak semmit, így a hatás mérhető.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kik</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Napok látogatás nélkül</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Ajánlat</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Jutalom</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Szorzó</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Órák</translation>
    </message>
    <message>
        <source>Days (none: every day)</source>
        <translation>Napok (egy sem: minden nap)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ettől</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>Eddig (bezárólag)</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Kontrollcsoport</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>Kampány</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>Back: offered</source>
        <translation>Visszatért: ajánlat</translation>
    </message>
    <message>
        <source>Back: control</source>
        <translation>Visszatért: kontrollcsoport</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>Hatás (95%)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Értékelés</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Vásárlónként</translation>
    </message>
    <message>
        <source>Cost · net</source>
        <translation>Költség · nettó</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Új kampány…</translation>
    </message>
    <message>
        <source>Print vouchers…</source>
        <translation>Kuponok nyomtatása…</translation>
    </message>
    <message>
        <source>The chosen campaign&apos;s vouchers with their QR codes, eight to an A4 sheet, for everyone offered who has not used it yet.</source>
        <translation>A kiválasztott kampány kuponjai QR-kóddal, nyolc egy A4-es lapon, mindenkinek, aki megkapta az ajánlatot, és még nem használta fel.</translation>
    </message>
    <message>
        <source>no control group</source>
        <translation>nincs kontrollcsoport</translation>
    </message>
    <message>
        <source>within the noise</source>
        <translation>a zajon belül</translation>
    </message>
    <message>
        <source>it worked</source>
        <translation>működött</translation>
    </message>
    <message>
        <source>fewer came back</source>
        <translation>kevesebben tértek vissza</translation>
    </message>
    <message>
        <source>running: </source>
        <translation>fut: </translation>
    </message>
    <message numerus="yes">
        <source>%n given twice offline</source>
        <translation>
            <numerusform>%n kétszer kiadva offline</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>Először válasszon egy kampányt a listából.</translation>
    </message>
    <message>
        <source>Save the vouchers</source>
        <translation>Kuponok mentése</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF-fájl (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the vouchers…</source>
        <translation>A kuponok készülnek…</translation>
    </message>
    <message>
        <source>No vouchers to print for “{0}”: everyone offered has used it.</source>
        <translation>Nincs nyomtatandó kupon ehhez: „{0}”: mindenki felhasználta az ajánlatot.</translation>
    </message>
    <message numerus="yes">
        <source>%n vouchers for “{0}” saved to {1}.</source>
        <translation>
            <numerusform>%n kupon („{0}”) mentve ide: {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vouchers could not be saved to {0}: {1}</source>
        <translation>A kuponokat nem sikerült ide menteni: {0}: {1}</translation>
    </message>
    <message>
        <source>Campaign started: {0} offered, {1} in the control group.</source>
        <translation>A kampány elindult: {0} kapott ajánlatot, {1} a kontrollcsoportban.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Loyalty card</source>
        <translation>Hűségkártya</translation>
    </message>
    <message>
        <source>Show this card at the counter to collect stamps and points.</source>
        <translation>Mutassa fel ezt a kártyát a pénztárnál, és gyűjtsön pecséteket és pontokat.</translation>
    </message>
    <message>
        <source>Show this screen at the counter to collect stamps and points.</source>
        <translation>Mutassa fel ezt a képernyőt a pénztárnál, és gyűjtsön pecséteket és pontokat.</translation>
    </message>
</context>
<context>
    <name>CashierView</name>
    <message>
        <source>This visit</source>
        <translation>Ez a látogatás</translation>
    </message>
    <message>
        <source>“{0}” is not an amount: type it like 4.50.</source>
        <translation>„{0}” nem összeg: így írja be: 4,50.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Ez nem a mi kártyánk.</translation>
    </message>
    <message>
        <source>A new card. Enrol the customer (F2) or just record the sale.</source>
        <translation>Új kártya. Regisztrálja a vásárlót (F2), vagy csak rögzítse az eladást.</translation>
    </message>
    <message>
        <source>Voucher: {0}. Ctrl+O applies it.</source>
        <translation>Kupon: {0}. A Ctrl+O alkalmazza.</translation>
    </message>
    <message>
        <source>No customer matches “{0}”.</source>
        <translation>Egy vásárló sem felel meg ennek: „{0}”.</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>Eladás: {0}</translation>
    </message>
    <message numerus="yes">
        <source>+%n stamps</source>
        <translation>
            <numerusform>+%n pecsét</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n pont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Happy hours: +%n stamps</source>
        <translation>
            <numerusform>Happy hours: +%n pecsét</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday bonus: +%n points</source>
        <translation>
            <numerusform>Születésnapi bónusz: +%n pont</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamp: this card already got one in this visit.</source>
        <translation>Nincs pecsét: ez a kártya ebben a látogatásban már kapott egyet.</translation>
    </message>
    <message>
        <source>Saved. Receipt {0}.</source>
        <translation>Mentve. Nyugta: {0}.</translation>
    </message>
    <message>
        <source>Redeemed: {0}</source>
        <translation>Beváltva: {0}</translation>
    </message>
    <message>
        <source>{0}: enjoy!</source>
        <translation>{0}: jó étvágyat!</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} will be added to this visit&apos;s sale.</source>
        <translation>A látogatás eladásához ×{0} pecsét és pont jár.</translation>
    </message>
    <message>
        <source>Offer applied: {0}</source>
        <translation>Ajánlat alkalmazva: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo in this visit.</source>
        <translation>Ebben a látogatásban nincs mit visszavonni.</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Visszavonva: {0}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}: {1}</source>
        <translation>Pontok módosítva ennyivel: {0}: {1}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}.</source>
        <translation>Pontok módosítva ennyivel: {0}.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Előbb nyissa meg a vásárlót (keresse név vagy telefonszám alapján).</translation>
    </message>
    <message>
        <source>Not refunded: a refund below zero needs the owner&apos;s PIN.</source>
        <translation>Nincs visszatérítés: a nulla alá vivő visszatérítéshez a tulajdonos PIN-kódja kell.</translation>
    </message>
    <message>
        <source>Receipt {0} refunded: {1} stamps and {2} points taken back.</source>
        <translation>A(z) {0} nyugta visszatérítve: visszavett pecsétek: {1}, pontok: {2}.</translation>
    </message>
    <message>
        <source>Not changed: {0} has {1} points, so taking away {2} would leave {3}. Take away at most {1}.</source>
        <translation>Nincs változás: {0} egyenlege {1} pont, {2} levonása után {3} maradna. Legfeljebb {1} vonható le.</translation>
    </message>
    <message>
        <source>The card …{0} is now {1}&apos;s.</source>
        <translation>A(z) …{0} kártya mostantól {1} kártyája.</translation>
    </message>
    <message>
        <source>Saved {0}&apos;s details.</source>
        <translation>{0} adatai mentve.</translation>
    </message>
    <message>
        <source>Enrolled {0}</source>
        <translation>Regisztrálva: {0}</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves the card for their phone.</source>
        <translation>A Ctrl+Shift+P elmenti a kártyát a telefonjára.</translation>
    </message>
    <message>
        <source>Welcome, {0}! A new card is ready to print: {1}</source>
        <translation>Üdvözöljük, {0}! Az új kártya nyomtatható: {1}</translation>
    </message>
    <message>
        <source>Welcome, {0}!</source>
        <translation>Üdvözöljük, {0}!</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Visits (bars) and revenue (line) per week</source>
        <translation>Látogatások (oszlop) és bevétel (vonal) hetente</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS hetente</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>Értékelések eloszlása (0–10)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Szegmensek mérete</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Új</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Törzsvásárló</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Veszélyeztetett</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Inaktív</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Scan a card, or type a code, phone number or name, then Enter</source>
        <translation>Olvasson be egy kártyát, vagy írjon be kódot, telefonszámot vagy nevet, majd Enter</translation>
    </message>
    <message>
        <source>Card code or search</source>
        <translation>Kártyakód vagy keresés</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Export contacts…</source>
        <translation>Elérhetőségek exportálása…</translation>
    </message>
    <message>
        <source>The offered group&apos;s customers who agreed to be contacted, with their offer: a CSV file for a mailing or SMS tool.</source>
        <translation>Az ajánlatot kapott csoport vásárlói, akik hozzájárultak a kapcsolatfelvételhez, az ajánlatukkal együtt: CSV-fájl levelező vagy SMS-küldő programhoz.</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s contacts</source>
        <translation>A kampány elérhetőségeinek mentése</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-fájlok (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n consented contact(s) of the offered group written to {0}.</source>
        <translation>
            <numerusform>Az ajánlatot kapott csoportból %n hozzájárulást adó vásárló elérhetősége mentve ide: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to be contacted, or erased.</source>
        <translation>
            <numerusform>%n vásárló kimaradt: nem járult hozzá a kapcsolatfelvételhez, vagy az adatait törölték.</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>A lemez megtelt.</translation>
    </message>
    <message>
        <source>This folder cannot be written: {0}.</source>
        <translation>Ebbe a mappába nem lehet írni: {0}.</translation>
    </message>
    <message>
        <source>This folder does not exist: {0}.</source>
        <translation>Ez a mappa nem létezik: {0}.</translation>
    </message>
    <message>
        <source>The file could not be written ({0}).</source>
        <translation>A fájlt nem sikerült írni ({0}).</translation>
    </message>
    <message>
        <source>No contacts were saved; choose another folder and try again.</source>
        <translation>Egyetlen elérhetőség sem lett mentve; válasszon másik mappát, és próbálja újra.</translation>
    </message>
</context>
<context>
    <name>CustomerDataActions</name>
    <message>
        <source>Erase customer&apos;s data</source>
        <translation>A vásárló adatainak törlése</translation>
    </message>
    <message>
        <source>Erase the personal data of {0}?</source>
        <translation>Törli {0} személyes adatait?</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, birthday and rating comments are removed from this terminal, its backups and logs, and from the hub and the other terminals at their next sync. The visits and points stay as anonymous numbers. This cannot be undone.</source>
        <translation>A név, a telefonszám, az e-mail-cím, a születésnap és az értékelésekhez írt megjegyzések törlődnek erről a terminálról, a biztonsági mentéseiből és a naplókból, a központi szerverről és a többi terminálról pedig a következő szinkronizáláskor. A látogatások és a pontok névtelen számokként megmaradnak. Ez nem vonható vissza.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Törlés</translation>
    </message>
    <message>
        <source>Folder for the customer&apos;s data</source>
        <translation>Mappa a vásárló adatainak</translation>
    </message>
    <message>
        <source>Export customer&apos;s data… (owner)</source>
        <translation>A vásárló adatainak exportálása… (tulajdonos)</translation>
    </message>
    <message>
        <source>Erase customer&apos;s data… (owner)</source>
        <translation>A vásárló adatainak törlése… (tulajdonos)</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Előbb nyissa meg a vásárlót (keresse név vagy telefonszám alapján).</translation>
    </message>
    <message>
        <source>Customer&apos;s data saved as {0}.json and .pdf.</source>
        <translation>A vásárló adatai mentve: {0}.json és .pdf.</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Nem sikerült írni ide: {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Semmi sem lett törölve.</translation>
    </message>
    <message>
        <source>Customer&apos;s personal data erased here ({0} backups cleaned). The hub and the other terminals erase it at their next sync.</source>
        <translation>A vásárló személyes adatai itt törölve ({0} biztonsági mentés megtisztítva). A központi szerver és a többi terminál a következő szinkronizáláskor törli őket.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>purchase</source>
        <translation>vásárlás</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>visszatérítés</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>javítás</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>üdvözlő bónusz</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>születésnapi bónusz</translation>
    </message>
    <message>
        <source>reward redeemed</source>
        <translation>jutalom beváltva</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>lejárt pontok</translation>
    </message>
    <message>
        <source>points adjusted by the shop</source>
        <translation>a bolt módosította a pontokat</translation>
    </message>
    <message>
        <source>two records merged</source>
        <translation>két adatlap összevonva</translation>
    </message>
    <message>
        <source>offer used</source>
        <translation>ajánlat felhasználva</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktív</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>letiltva</translation>
    </message>
    <message numerus="yes">
        <source>%n records in the ledger concern you; the JSON export lists each one.</source>
        <translation>
            <numerusform>A nyilvántartásban %n bejegyzés vonatkozik Önre; a JSON-export mindegyiket felsorolja.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>igen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nem</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nincs.</translation>
    </message>
    <message>
        <source>Personal data held about you</source>
        <translation>Az Önről tárolt személyes adatok</translation>
    </message>
    <message>
        <source>Exported on %1. Times are in the shop&apos;s time zone (%2).</source>
        <translation>Exportálva: %1. Az időpontok a bolt időzónája szerint értendők (%2).</translation>
    </message>
    <message>
        <source>This is everything the shop&apos;s loyalty terminal stores about you.</source>
        <translation>Ez minden, amit a bolt hűségprogram-terminálja Önről tárol.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Adatlap</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Vásárlóazonosító</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail-cím</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Hozzájárulás a reklámüzenetekhez</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Regisztráció</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importálva mint</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Adatok törölve</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Egyenleg</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Pecsétek</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Összes vásárlás</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Látogatások</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Beváltott jutalmak</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Első látogatás</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Utolsó látogatás</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kártyák</translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation>Kártyaszám vége</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Állapot</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Kiadva</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Visszatérítve</translation>
    </message>
    <message>
        <source>Points and stamps</source>
        <translation>Pontok és pecsétek</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi történt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Értékelések</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Mi volt fontos</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Szöveges vélemény</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Hozzájárulások története</translation>
    </message>
    <message>
        <source>given</source>
        <translation>megadva</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nincs megadva</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>🎂 Birthday this week</source>
        <translation>🎂 Születésnap ezen a héten</translation>
    </message>
    <message>
        <source>Rewards available now:</source>
        <translation>Most beváltható jutalmak:</translation>
    </message>
    <message>
        <source>Recent visits (F6: all, and refunds)</source>
        <translation>Legutóbbi látogatások (F6: mind, és visszatérítések)</translation>
    </message>
    <message>
        <source>Enrol a customer on this card (F2)</source>
        <translation>Vásárló regisztrálása erre a kártyára (F2)</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} bonus points are waiting</source>
        <translation>Üdv újra, {0} — {1} bónuszpont vár</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} is waiting</source>
        <translation>Üdv újra, {0} — {1} vár</translation>
    </message>
    <message>
        <source>Welcome back, {0} — stamps and points ×{1} on this visit</source>
        <translation>Üdv újra, {0} — ×{1} pecsét és pont ebben a látogatásban</translation>
    </message>
    <message>
        <source>No card: sale without loyalty</source>
        <translation>Nincs kártya: eladás hűségprogram nélkül</translation>
    </message>
    <message>
        <source>New card …{0}: not yet anyone&apos;s</source>
        <translation>Új kártya …{0}: még senkié</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>Eladás: {0}</translation>
    </message>
    <message>
        <source>+{0} stamps, +{1} points</source>
        <translation>+{0} pecsét, +{1} pont</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>visszatérítve</translation>
    </message>
    <message>
        <source>Reward: {0}</source>
        <translation>Jutalom: {0}</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Még nincs látogatás.</translation>
    </message>
    <message>
        <source>Balance below zero: {0} stamps, {1} points.</source>
        <translation>Negatív egyenleg: {0} pecsét, {1} pont.</translation>
    </message>
    <message>
        <source>A refund took back stamps or points a reward had already used.</source>
        <translation>Egy visszatérítés olyan pecséteket vagy pontokat vett vissza, amelyeket egy jutalom már felhasznált.</translation>
    </message>
    <message>
        <source>Rewards were redeemed at two counters while they could not reach each other.</source>
        <translation>Két pénztárnál váltottak be jutalmat, miközben azok nem érték el egymást.</translation>
    </message>
    <message>
        <source>A manual adjustment took away more than there was.</source>
        <translation>Egy kézi módosítás többet vont le, mint amennyi volt.</translation>
    </message>
    <message>
        <source>The next purchases fill it up again.</source>
        <translation>A következő vásárlások újra feltöltik.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(törölt vásárló)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Card full: a reward is ready</source>
        <translation>A kártya megtelt: a jutalom beváltható</translation>
    </message>
    <message numerus="yes">
        <source>%n more to the next reward</source>
        <translation>
            <numerusform>Még %n a következő jutalomig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n pont</numerusform>
        </translation>
    </message>
    <message>
        <source>first visit today</source>
        <translation>ma az első látogatás</translation>
    </message>
    <message>
        <source>Last visit: {0} · {1} · spent {2}</source>
        <translation>Utolsó látogatás: {0} · {1} · költés: {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n látogatás</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more this year for {1}</source>
        <translation>Még {0} idén a(z) {1} szinthez</translation>
    </message>
    <message>
        <source>Ctrl+{0}  Redeem {1}</source>
        <translation>Ctrl+{0}  Beváltás: {1}</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Service</source>
        <translation>Kiszolgálás</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Gyorsaság</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Minőség</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>Hangulat</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Tisztaság</translation>
    </message>
    <message>
        <source>Rate your visit  →</source>
        <translation>Értékelje a látogatást  →</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Köszönjük, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Köszönjük!</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>jutalom</translation>
    </message>
    <message>
        <source>Your %1 is waiting for you!</source>
        <translation>A jutalma vár Önre: %1!</translation>
    </message>
    <message>
        <source>Just 1 more to your %1</source>
        <translation>Már csak 1 kell: %1</translation>
    </message>
    <message>
        <source>%1 more to your %2</source>
        <translation>Még %1 kell: %2</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>Mennyire valószínű, hogy ajánlana minket egy barátjának?</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>Milyen volt ma a látogatása?</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>Nagyon elégedetlen</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Elégedetlen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Rendben</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Elégedett</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Nagyon elégedett</translation>
    </message>
    <message>
        <source>0 = not at all likely</source>
        <translation>0 = egyáltalán nem valószínű</translation>
    </message>
    <message>
        <source>10 = extremely likely</source>
        <translation>10 = rendkívül valószínű</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Kihagyás</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translation>Mi volt a legfontosabb az Ön számára?</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to tell us? (optional)</source>
        <translation>Szeretne még valamit üzenni nekünk? (nem kötelező)</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Írjon ide…</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Köszönöm, nem</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Köszönjük, hogy betért hozzánk!</translation>
    </message>
</context>
<context>
    <name>CustomerScreenLink</name>
    <message>
        <source>Customer screen settings (Shift+F11)</source>
        <translation>Vásárlói kijelző beállításai (Shift+F11)</translation>
    </message>
    <message>
        <source>Receipt code read: the customer screen asks for the rating.</source>
        <translation>Nyugtakód beolvasva: a vásárlói kijelző kéri az értékelést.</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <source>See you again soon!</source>
        <translation>Várjuk vissza hamarosan!</translation>
    </message>
    <message>
        <source>Customer screen</source>
        <translation>Vásárlói kijelző</translation>
    </message>
    <message>
        <source>This visit has already been rated. Thank you!</source>
        <translation>Ezt a látogatást már értékelték. Köszönjük!</translation>
    </message>
    <message>
        <source>Sorry, this receipt code cannot be used.</source>
        <translation>Sajnáljuk, ez a nyugtakód nem használható.</translation>
    </message>
    <message>
        <source>We&apos;re sorry it wasn&apos;t better. We&apos;ll put it right.</source>
        <translation>Sajnáljuk, hogy nem volt jobb. Rendbe hozzuk.</translation>
    </message>
</context>
<context>
    <name>DatabaseScreen</name>
    <message>
        <source>Loyalty Terminal — the database needs attention</source>
        <translation>Loyalty Terminal — az adatbázis figyelmet igényel</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Biztonsági mentések, a legújabb elöl</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>A kijelölt biztonsági mentés visszaállítása</translation>
    </message>
    <message>
        <source>Start with an empty database (the old file is kept aside)</source>
        <translation>Kezdés üres adatbázissal (a régi fájl félretéve megmarad)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Újra</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Kilépés</translation>
    </message>
    <message>
        <source>The shop&apos;s database is missing.</source>
        <translation>Az üzlet adatbázisa hiányzik.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged.</source>
        <translation>Az üzlet adatbázisa sérült.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is cut short.</source>
        <translation>Az üzlet adatbázisa csonka.</translation>
    </message>
    <message>
        <source>The shop&apos;s database cannot be read.</source>
        <translation>Az üzlet adatbázisa nem olvasható.</translation>
    </message>
    <message>
        <source>The data folder cannot be written.</source>
        <translation>Az adatmappába nem lehet írni.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>A lemez megtelt.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Az adatbázist nem sikerült frissíteni.</translation>
    </message>
    <message>
        <source>The database file is not in {0}, yet this terminal has had one. Nothing new is created until you choose how to bring the data back.</source>
        <translation>Az adatbázisfájl nincs meg itt: {0}, pedig ezen a terminálon már volt. Semmi új nem jön létre, amíg ki nem választja, hogyan hozza vissza az adatokat.</translation>
    </message>
    <message>
        <source>The file in {0} fails its check and cannot be used safely. It will be kept aside, not deleted.</source>
        <translation>A fájl ({0}) nem megy át az ellenőrzésen, ezért nem használható biztonságosan. Félre lesz téve, nem törlődik.</translation>
    </message>
    <message>
        <source>The file in {0} is shorter than it should be, as after a failed copy or a full disk. It will be kept aside, not deleted.</source>
        <translation>A fájl ({0}) rövidebb a kelleténél, ahogy egy sikertelen másolás vagy megtelt lemez után. Félre lesz téve, nem törlődik.</translation>
    </message>
    <message>
        <source>The system refuses to read the file in {0} (its permissions, or a failing disk).</source>
        <translation>A rendszer megtagadja a fájl olvasását itt: {0} (a jogosultságok vagy egy hibás lemez miatt).</translation>
    </message>
    <message>
        <source>Nothing can be saved in {0}: the folder or the disk is read-only. No sale could be recorded. Check the folder&apos;s permissions, then choose Try again.</source>
        <translation>Semmit nem lehet menteni ide ({0}): a mappa vagy a lemez csak olvasható. Egyetlen eladást sem lehetett rögzíteni. Ellenőrizze a mappa jogosultságait, majd válassza az Újra lehetőséget.</translation>
    </message>
    <message>
        <source>The disk that holds {0} has no space left: no sale could be saved. Free some space, then choose Try again.</source>
        <translation>Elfogyott a hely a lemezen, amelyen a(z) {0} található: egyetlen eladást sem lehetett menteni. Szabadítson fel helyet, majd válassza az Újra lehetőséget.</translation>
    </message>
    <message>
        <source>This version needs to update the file in {0} and could not; the file is unchanged. Fix what is said below, then choose Try again.</source>
        <translation>Ennek a verziónak frissítenie kellene a fájlt ({0}), de nem sikerült; a fájl változatlan. Javítsa ki az alább leírtakat, majd válassza az Újra lehetőséget.</translation>
    </message>
    <message>
        <source>Restore a backup below, or rebuild the database from the hub.</source>
        <translation>Állítson vissza egy alábbi biztonsági mentést, vagy építse újra az adatbázist a központi szerverről.</translation>
    </message>
    <message>
        <source>Restore a backup below.</source>
        <translation>Állítson vissza egy alábbi biztonsági mentést.</translation>
    </message>
    <message>
        <source>There is no backup: rebuild the database from the hub.</source>
        <translation>Nincs biztonsági mentés: építse újra az adatbázist a központi szerverről.</translation>
    </message>
    <message>
        <source>There is no backup and no hub is set: the data cannot be brought back here. You can start with an empty database; the old file stays aside for a specialist.</source>
        <translation>Nincs biztonsági mentés, és nincs központi szerver megadva: az adatokat itt nem lehet visszahozni. Kezdhet üres adatbázissal; a régi fájl félre lesz téve egy szakember számára.</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Részletek: {0}</translation>
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
        <translation>Újraépítés a központi szerverről ({0})</translation>
    </message>
    <message>
        <source>That backup cannot be used ({0}). Nothing was changed: choose another one.</source>
        <translation>Ez a biztonsági mentés nem használható ({0}). Semmi sem változott: válasszon egy másikat.</translation>
    </message>
    <message>
        <source>The hub did not give the data back ({0}). Nothing was changed: check the network and try again.</source>
        <translation>A központi szerver nem adta vissza az adatokat ({0}). Semmi sem változott: ellenőrizze a hálózatot, és próbálja újra.</translation>
    </message>
    <message>
        <source>{0} Nothing was changed.</source>
        <translation>{0} Semmi sem változott.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Előbb válasszon egy biztonsági mentést a listából.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>A biztonsági mentés visszaállítása…</translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation>A biztonsági mentés visszaállítva.</translation>
    </message>
    <message>
        <source>The database was rebuilt from the hub.</source>
        <translation>Az adatbázis újraépítve a központi szerverről.</translation>
    </message>
    <message>
        <source>Rebuilding the database from the hub…</source>
        <translation>Az adatbázis újraépítése a központi szerverről…</translation>
    </message>
    <message>
        <source>A new, empty database was started.</source>
        <translation>Új, üres adatbázis indult.</translation>
    </message>
    <message>
        <source>Starting an empty database…</source>
        <translation>Üres adatbázis indítása…</translation>
    </message>
    <message>
        <source>The database still cannot be used.</source>
        <translation>Az adatbázis továbbra sem használható.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Az adatbázis ellenőrzése…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Vásárló szerkesztése</translation>
    </message>
    <message>
        <source>Enrol a customer</source>
        <translation>Vásárló regisztrálása</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>pl. {0}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nev@pelda.hu</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (nem kötelező)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Naptár…</translation>
    </message>
    <message>
        <source>Agrees to receive offers by phone or e-mail</source>
        <translation>Hozzájárulok, hogy telefonon vagy e-mailben ajánlatokat kapjak</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>Az üzlet nyelve</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail-cím</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>The scanned card …{0} will be theirs.</source>
        <translation>A beolvasott …{0} kártya az övé lesz.</translation>
    </message>
    <message>
        <source>A new card will be issued for printing.</source>
        <translation>Új kártyát állítunk ki nyomtatásra.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Regisztrálás</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>A név megadása kötelező.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number: type it like {1}.</source>
        <translation>„{0}” nem telefonszám: így írja be: {1}.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address: it needs a name, @ and a domain, like name@example.com.</source>
        <translation>„{0}” nem e-mail-cím: kell bele egy név, @ és egy tartomány, például name@example.com.</translation>
    </message>
    <message>
        <source>“{0}” is not a birthday: type it like {1}, or pick it from the calendar.</source>
        <translation>„{0}” nem születésnap: így írja be: {1}, vagy válassza ki a naptárból.</translation>
    </message>
    <message>
        <source>This may be a customer we already have:</source>
        <translation>Lehet, hogy ez egy meglévő vásárló:</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>ugyanaz a telefonszám</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>ugyanaz az e-mail-cím</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>ugyanaz a név</translation>
    </message>
    <message>
        <source>Open {0} ({1}) · {2} points · {3}</source>
        <translation>{0} megnyitása ({1}) · {2} pont · {3}</translation>
    </message>
    <message>
        <source>Enrol a new customer anyway</source>
        <translation>Mégis új vásárló regisztrálása</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>We already have your rating for this visit. Thank you!</source>
        <translation>Erre a látogatásra már megkaptuk az értékelését. Köszönjük!</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Kiszolgálás</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Gyorsaság</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Minőség</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ár</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>Hangulat</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Tisztaság</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>Mennyire valószínű, hogy ajánlana minket egy barátjának?</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>Milyen volt a látogatása?</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not likely</source>
        <translation>Egyáltalán nem valószínű</translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation>Rendkívül valószínű</translation>
    </message>
    <message>
        <source>Anything else? (optional)</source>
        <translation>Még valami? (nem kötelező)</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Köszönjük a látogatását!</translation>
    </message>
    <message>
        <source>What mattered most?</source>
        <translation>Mi volt a legfontosabb az Ön számára?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Küldés</translation>
    </message>
    <message>
        <source>Rate your visit</source>
        <translation>Értékelje a látogatását</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Túl sok kérés</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Kérjük, próbálja újra később.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Ez a hivatkozás lejárt</translation>
    </message>
    <message>
        <source>Feedback codes are valid for a few weeks.</source>
        <translation>A visszajelzési kódok néhány hétig érvényesek.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Ez a hivatkozás érvénytelen</translation>
    </message>
    <message>
        <source>Please scan the code on your receipt again.</source>
        <translation>Kérjük, olvassa be újra a nyugtán lévő kódot.</translation>
    </message>
    <message>
        <source>Already rated</source>
        <translation>Már értékelte</translation>
    </message>
    <message>
        <source>Please choose a score</source>
        <translation>Kérjük, válasszon pontszámot</translation>
    </message>
    <message>
        <source>Go back and tap a score.</source>
        <translation>Lépjen vissza, és koppintson egy pontszámra.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Köszönjük!</translation>
    </message>
    <message>
        <source>Your rating has reached the shop.</source>
        <translation>Az értékelése megérkezett az üzlethez.</translation>
    </message>
</context>
<context>
    <name>FeedbackSettingsDialog</name>
    <message>
        <source>Customer screen</source>
        <translation>Vásárlói kijelző</translation>
    </message>
    <message>
        <source>How likely to recommend us, 0–10 (NPS)</source>
        <translation>Mennyire ajánlana minket, 0–10 (NPS)</translation>
    </message>
    <message>
        <source>How was your visit, five smileys (CSAT)</source>
        <translation>Milyen volt a látogatás, öt arc (CSAT)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> mp</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kérdés</translation>
    </message>
    <message>
        <source>“What mattered most?”
(one per line)</source>
        <translation>„Mi volt a legfontosabb?”
(soronként egy)</translation>
    </message>
    <message>
        <source>Message when idle</source>
        <translation>Üzenet nyugalmi állapotban</translation>
    </message>
    <message>
        <source>Back to idle after no touch for</source>
        <translation>Vissza nyugalmi állapotba, ha ennyi ideig nem érintik</translation>
    </message>
    <message>
        <source>Show the stamp card for (0: skip)</source>
        <translation>A pecsétgyűjtő kártya mutatása (0: kihagyás)</translation>
    </message>
    <message>
        <source>Give one to twelve different reasons, each under 40 characters.</source>
        <translation>Adjon meg egy–tizenkét különböző okot, mindegyik 40 karakternél rövidebb legyen.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Set-up again (language, shop, camera, printer, hub)…</source>
        <translation>Kezdeti beállítás újra (nyelv, üzlet, kamera, nyomtató, központi szerver)…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Loyalty Terminal</source>
        <translation>A Loyalty Terminal beállítása</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Lépés kihagyása</translation>
    </message>
    <message>
        <source>Printing the recovery code…</source>
        <translation>A helyreállítási kód nyomtatása…</translation>
    </message>
    <message>
        <source>Saved as {0}. Print it, then delete the file.</source>
        <translation>Mentve: {0}. Nyomtassa ki, majd törölje a fájlt.</translation>
    </message>
    <message>
        <source>The recovery code was sent to {0}.</source>
        <translation>A helyreállítási kód elküldve ide: {0}.</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>A helyreállítási kód mentése</translation>
    </message>
    <message>
        <source>The set-up could not be saved: {0}</source>
        <translation>A beállítást nem sikerült menteni: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Cashier&apos;s guide</source>
        <translation>Pénztárosi útmutató</translation>
    </message>
    <message>
        <source>1. Scan the customer&apos;s card (camera or USB scanner), or type a phone number or name and Enter. The scanner works whatever has the focus.</source>
        <translation>1. Olvassa be a vásárló kártyáját (kamerával vagy USB-olvasóval), vagy írjon be telefonszámot vagy nevet, és nyomjon Entert. Az olvasó bárhol működik.</translation>
    </message>
    <message>
        <source>2. Type the amount and press Enter: the sale, its stamps and points are saved at once.</source>
        <translation>2. Írja be az összeget, és nyomjon Entert: az eladás, a pecsétek és a pontok azonnal mentődnek.</translation>
    </message>
    <message>
        <source>3. A reward is ready? Tap it, or press Ctrl and its number.</source>
        <translation>3. Beváltható jutalom? Koppintson rá, vagy nyomja meg a Ctrl-t és a számát.</translation>
    </message>
    <message>
        <source>4. Esc: the next customer. A mistake in this visit? Ctrl+Z takes back the last action.</source>
        <translation>4. Esc: a következő vásárló. Hiba ebben a látogatásban? A Ctrl+Z visszavonja az utolsó műveletet.</translation>
    </message>
    <message>
        <source>No card? Record the sale anyway, or enrol the customer (F2). A refund needs the receipt number (F9), or the customer&apos;s history (F6).</source>
        <translation>Nincs kártya? Rögzítse így is az eladást, vagy regisztrálja a vásárlót (F2). A visszatérítéshez a nyugtaszám (F9) vagy a vásárló előzményei (F6) kellenek.</translation>
    </message>
    <message>
        <source>Scan, anywhere</source>
        <translation>Beolvasás, bárhol</translation>
    </message>
    <message>
        <source>Open the customer, or the receipt&apos;s rating</source>
        <translation>A vásárló megnyitása, vagy a nyugta értékelése</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Record the sale (in the amount) / search (in the code field)</source>
        <translation>Eladás rögzítése (az összegnél) / keresés (a kódmezőben)</translation>
    </message>
    <message>
        <source>Ctrl+1…9</source>
        <translation>Ctrl+1…9</translation>
    </message>
    <message>
        <source>Redeem the reward on that button</source>
        <translation>Az azon a gombon lévő jutalom beváltása</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Billentyű</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Mit csinál</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>{0} előzményei</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Pecsétek</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <source>(refunded)</source>
        <translation>(visszatérítve)</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(visszavonva)</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Még semmi.</translation>
    </message>
    <message>
        <source>Refund this sale…</source>
        <translation>Az eladás visszatérítése…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>“{0}” is this computer itself: customers&apos; phones cannot open it, so their receipts&apos; codes would lead nowhere.</source>
        <translation>A(z) „{0}” maga ez a számítógép: a vásárlók telefonjai nem tudják megnyitni, így a nyugták kódjai nem vezetnének sehová.</translation>
    </message>
    <message>
        <source>On the shop&apos;s network this computer is {0}.</source>
        <translation>Az üzlet hálózatán ennek a számítógépnek a címe: {0}.</translation>
    </message>
    <message>
        <source>Use the hub&apos;s address on the shop&apos;s network (it looks like http://192.168.1.20:8765).</source>
        <translation>A központi szerver címét adja meg az üzlet hálózatán (így néz ki: http://192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address starting with http://, for example http://192.168.1.20:8765.</source>
        <translation>Írja be a központi szerver címét http://-vel kezdve, például http://192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, or choose “No hub yet”.</source>
        <translation>Írja be a központi szerver címét, vagy válassza a „Még nincs központi szerver” lehetőséget.</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Ellenőrzés: {0}…</translation>
    </message>
    <message>
        <source>The hub answers at {0}.</source>
        <translation>A központi szerver válaszol itt: {0}.</translation>
    </message>
    <message>
        <source>{0} answered, but not as a hub (HTTP {1}).</source>
        <translation>A(z) {0} válaszolt, de nem központi szerverként (HTTP {1}).</translation>
    </message>
    <message>
        <source>No answer from {0}. Start the hub on the computer that stays on (python main.py hub --host 0.0.0.0), then check again.</source>
        <translation>Nincs válasz innen: {0}. Indítsa el a központi szervert azon a számítógépen, amely mindig be van kapcsolva (python main.py hub --host 0.0.0.0), majd ellenőrizze újra.</translation>
    </message>
    <message>
        <source>Hub and feedback codes</source>
        <translation>Központi szerver és visszajelzési kódok</translation>
    </message>
    <message>
        <source>Each receipt has a code for the customer&apos;s rating. With a hub that phones on the shop&apos;s Wi-Fi can reach, the code opens its rating page.</source>
        <translation>Minden nyugtán van egy kód a vásárló értékeléséhez. Ha van központi szerver, amelyet a telefonok elérnek az üzlet Wi-Fi-hálózatán, a kód megnyitja az értékelő oldalt.</translation>
    </message>
    <message>
        <source>No hub yet: receipts carry a code to hold to the counter camera</source>
        <translation>Még nincs központi szerver: a nyugtákon lévő kódot a pénztári kamera elé kell tartani</translation>
    </message>
    <message>
        <source>Use the hub at:</source>
        <translation>A központi szerver címe:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Ellenőrzés</translation>
    </message>
    <message>
        <source>The hub also syncs several counters (sync settings: Shift+F5). Change this later under Loyalty rules and shop (F10).</source>
        <translation>A központi szerver több pénztárat is szinkronizál (szinkronizálási beállítások: Shift+F5). Később módosíthatja itt: Hűségprogram szabályai és üzlet (F10).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Vásárlók importálása</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>Eladások importálása</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Oszlopok</translation>
    </message>
    <message>
        <source>Import nothing if any row is bad</source>
        <translation>Semmit ne importáljon, ha bármelyik sor hibás</translation>
    </message>
    <message>
        <source>Imported sales earn points under today&apos;s rules</source>
        <translation>Az importált eladások a mai szabályok szerint kapnak pontot</translation>
    </message>
    <message>
        <source>Otherwise the good rows are imported and the bad ones set aside, with their reasons, in %1.</source>
        <translation>Különben a jó sorok importálódnak, a hibásak pedig az okokkal együtt félre lesznek téve ide: %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importálás</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Csak ellenőrzés</translation>
    </message>
    <message>
        <source>Read and check every row; import nothing</source>
        <translation>Minden sor beolvasása és ellenőrzése; semmit nem importál</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>A fájl formátuma</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 BOM-mal</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (közép-európai)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (cirill)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (nyugat-európai)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Vessző</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Pontosvessző</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulátor</translation>
    </message>
    <message>
        <source>Point (4.50)</source>
        <translation>Pont (4.50)</translation>
    </message>
    <message>
        <source>Comma (4,50)</source>
        <translation>Vessző (4,50)</translation>
    </message>
    <message>
        <source>Day first (01.04.2025)</source>
        <translation>Nap elöl (01.04.2025)</translation>
    </message>
    <message>
        <source>Month first (4/1/2025)</source>
        <translation>Hónap elöl (4/1/2025)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kódolás</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Elválasztó</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Tizedesjel</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dátumok</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Felismert</translation>
    </message>
    <message>
        <source>Customer (the old system&apos;s key)</source>
        <translation>Vásárló (a régi rendszer azonosítója)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dátum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Időpont</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail-cím</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Születésnap</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Hozzájárulás</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(nincs a fájlban)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>%1. oszlop</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>vessző</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>pontosvessző</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulátor</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>nap elöl</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>hónap elöl</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>tizedespont</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>tizedesvessző</translation>
    </message>
    <message>
        <source>Read as: %1, %2-separated, %3, dates %4</source>
        <translation>Beolvasás: %1, elválasztó: %2, %3, dátumok: %4</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Felismert: %1</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 az előzőhöz képest</translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation>nincs előző adat</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>nincs értékelés</translation>
    </message>
    <message numerus="yes">
        <source>95%: %1 to %2, %n ratings</source>
        <translation>
            <numerusform>95%: %1 – %2, %n értékelés</numerusform>
        </translation>
    </message>
    <message>
        <source>change within the noise</source>
        <translation>a változás a zajon belül van</translation>
    </message>
    <message>
        <source>nobody was active in the previous period</source>
        <translation>az előző időszakban senki sem volt aktív</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Nyelv</translation>
    </message>
    <message>
        <source>Welcome! A few steps set up the counter; skip any of them, and change everything later in the settings. First, the language of the screens: it changes at once.</source>
        <translation>Üdvözöljük! Néhány lépésben beállítjuk a pénztárat; bármelyik kihagyható, és később mindent módosíthat a beállításokban. Először a képernyők nyelve: azonnal átvált.</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>At risk</source>
        <translation>Veszélyeztetett</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Inaktív</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>Késésben a szokásához képest</translation>
    </message>
    <message>
        <source>Overdrawn</source>
        <translation>Negatív egyenleg</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Új</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail-cím</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Utolsó látogatás</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Napok látogatás nélkül</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Szokásos szünet (nap)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Költés</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Vásárló</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Kiszolgálta</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Utókövetés</translation>
    </message>
    <message>
        <source>Contacted…</source>
        <translation>Megkeresve…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>Megoldva…</translation>
    </message>
    <message>
        <source>Recovery offer…</source>
        <translation>Kiengesztelő ajánlat…</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Alacsony értékelések</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(nincs hozzájárulás)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>nyitott</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>megkeresve</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>megoldva</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(nincs kártya)</translation>
    </message>
    <message>
        <source>Answered within 48 h: {0} of {1} · came back after: {2}</source>
        <translation>48 órán belül megválaszolva: {0} / {1} · utána visszatért: {2}</translation>
    </message>
</context>
<context>
    <name>LowScoreAlert</name>
    <message>
        <source>OK</source>
        <translation>Rendben</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Egy vásárló</translation>
    </message>
    <message>
        <source>%1 rated this visit %2/%3</source>
        <translation>%1 erre a látogatásra ezt adta: %2/%3</translation>
    </message>
    <message>
        <source>: unhappy about %1</source>
        <translation>: elégedetlen ezzel: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} — Loyalty Terminal</source>
        <translation>{0} — Hűségterminál</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Dolgozom…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Műveletek</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Egyéb</translation>
    </message>
    <message>
        <source>Enrol (F2)</source>
        <translation>Regisztrál
(F2)</translation>
    </message>
    <message>
        <source>Find (F3)</source>
        <translation>Keres
(F3)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>Módosít
(F4)</translation>
    </message>
    <message>
        <source>History (F6)</source>
        <translation>Előzmények
(F6)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Vissza
(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Next (Esc)</source>
        <translation>Tovább
(Esc)</translation>
    </message>
    <message>
        <source>Refund (F9)</source>
        <translation>Visszatérít
(F9)</translation>
    </message>
    <message>
        <source>Owner (F8)</source>
        <translation>Tulajdonos
(F8)</translation>
    </message>
    <message>
        <source>Adjust points… (owner, Shift+F9)</source>
        <translation>Pontok módosítása… (tulajdonos, Shift+F9)</translation>
    </message>
    <message>
        <source>Lost card (F7)</source>
        <translation>Elveszett kártya (F7)</translation>
    </message>
    <message>
        <source>Card for the phone… (Ctrl+Shift+P)</source>
        <translation>Kártya a telefonra… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Merge with another record… (owner, Shift+F4)</source>
        <translation>Összevonás egy másik adatlappal… (tulajdonos, Shift+F4)</translation>
    </message>
    <message>
        <source>Loyalty rules and shop (F10)</source>
        <translation>Hűségprogram szabályai és üzlet (F10)</translation>
    </message>
    <message>
        <source>Cashier&apos;s guide (F1)</source>
        <translation>Pénztárosi útmutató (F1)</translation>
    </message>
    <message>
        <source>Customer screen (F11)</source>
        <translation>Vásárlói kijelző (F11)</translation>
    </message>
    <message>
        <source>More… (F12)</source>
        <translation>Egyéb…
(F12)</translation>
    </message>
    <message>
        <source>Ready. Scan a card or type a code.</source>
        <translation>Kész. Kártyát vagy kódot vár.</translation>
    </message>
    <message>
        <source>Change owner PIN…</source>
        <translation>Tulajdonosi PIN-kód módosítása…</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Nyugta nyomtatása (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves it for their phone.</source>
        <translation>A Ctrl+Shift+P elmenti a telefonjára.</translation>
    </message>
    <message>
        <source>No printer for the new card …{0}: it is saved as {1} to print later.</source>
        <translation>Nincs nyomtató az új …{0} kártyához: {1} néven mentettük, később kinyomtatható.</translation>
    </message>
    <message>
        <source>New card …{0} sent to {1}.</source>
        <translation>Az új …{0} kártya elküldve ide: {1}.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Előbb nyissa meg a vásárlót (keresse név vagy telefonszám alapján).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nincs)</translation>
    </message>
    <message>
        <source>Lost card</source>
        <translation>Elveszett kártya</translation>
    </message>
    <message>
        <source>Block {0}&apos;s card {1} and issue a new one?
The old card stops working at once; the stamps and points stay with {0}.</source>
        <translation>Letiltja {0} {1} kártyáját, és újat ad ki?
A régi kártya azonnal megszűnik működni; a pecsétek és pontok {0} vásárlónál maradnak.</translation>
    </message>
    <message>
        <source>Block and issue a new card</source>
        <translation>Letiltás és új kártya kiadása</translation>
    </message>
    <message>
        <source>Old card blocked. New card for {0}: {1}</source>
        <translation>A régi kártya letiltva. {0} új kártyája: {1}</translation>
    </message>
    <message>
        <source>Open the customer to keep first, then merge the other record into them.</source>
        <translation>Előbb nyissa meg a megtartandó vásárlót, majd vonja össze vele a másik adatlapot.</translation>
    </message>
    <message>
        <source>Merging customers needs the owner&apos;s PIN.</source>
        <translation>A vásárlók összevonásához a tulajdonos PIN-kódja kell.</translation>
    </message>
    <message>
        <source>Merge into {0}: which other record?</source>
        <translation>Összevonás ezzel: {0}. Melyik másik adatlap?</translation>
    </message>
    <message>
        <source>Merge {0} ({1}, {2} stamps, {3} points, {4} visits) into {5} ({6}, {7} stamps, {8} points, {9} visits)?
Afterwards there is one customer, {5}, with all the stamps, points, cards and visits of both. The counter cannot undo this.</source>
        <translation>Összevonja {0} ({1}, pecsét: {2}, pont: {3}, látogatás: {4}) adatlapját ezzel: {5} ({6}, pecsét: {7}, pont: {8}, látogatás: {9})?
Utána egy vásárló lesz, {5}, mindkettő összes pecsétjével, pontjával, kártyájával és látogatásával. A pénztár ezt nem tudja visszavonni.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Vásárlók összevonása</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Összevonás</translation>
    </message>
    <message>
        <source>{0} is now part of {1}: {2} stamps, {3} points.</source>
        <translation>{0} mostantól {1} része: {2} pecsét, {3} pont.</translation>
    </message>
    <message>
        <source>The owner&apos;s screen closed after a few idle minutes.</source>
        <translation>A tulajdonosi képernyő néhány perc tétlenség után bezárult.</translation>
    </message>
    <message>
        <source>Points to add (negative to take away) for {0}:</source>
        <translation>Hozzáadandó pontok (negatív: levonás) – {0}:</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Pontok módosítása</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Ok (megmarad az előzményekben):</translation>
    </message>
    <message>
        <source>No change: an adjustment needs a reason.</source>
        <translation>Nincs változás: a módosításhoz ok kell.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Részletek másolása</translation>
    </message>
    <message>
        <source>Settings need the owner&apos;s PIN.</source>
        <translation>A beállításokhoz a tulajdonos PIN-kódja kell.</translation>
    </message>
    <message>
        <source>Owner PIN changed.</source>
        <translation>A tulajdonosi PIN-kód módosítva.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Beállítások mentve.</translation>
    </message>
    <message>
        <source>Enrol a customer or issue a card first: a card&apos;s code can be saved only right after that.</source>
        <translation>Előbb regisztráljon egy vásárlót vagy adjon ki kártyát: a kártya kódja csak közvetlenül utána menthető.</translation>
    </message>
    <message>
        <source>Saving files is not available on this terminal.</source>
        <translation>Ezen a terminálon nem lehet fájlokat menteni.</translation>
    </message>
    <message>
        <source>Save the card for a phone</source>
        <translation>A kártya mentése telefonra</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>Kép (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF-fájl (*.pdf)</translation>
    </message>
    <message>
        <source>Card …{0} saved for the phone as {1}.</source>
        <translation>A(z) …{0} kártya elmentve a telefonhoz: {1}.</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>a naplófájl</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Hiba történt</translation>
    </message>
    <message>
        <source>The terminal hit an unexpected problem. Nothing already confirmed is lost.
Details are in {0}.</source>
        <translation>A terminál váratlan hibába ütközött. A már megerősített adatok nem vesztek el.
Részletek: {0}.</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Szinkronizálás most (F5)</translation>
    </message>
    <message>
        <source>Sync settings (Shift+F5)</source>
        <translation>Szinkronizálási beállítások (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Elfelejtette a PIN-kódot?</translation>
    </message>
    <message>
        <source>Change owner PIN</source>
        <translation>Tulajdonosi PIN-kód módosítása</translation>
    </message>
    <message>
        <source>Type the recovery code printed at set-up, and a new PIN.</source>
        <translation>Írja be a beállításkor kinyomtatott helyreállítási kódot és egy új PIN-kódot.</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one ({0} to {1} digits).</source>
        <translation>Írja be a jelenlegi PIN-kódot, majd az újat ({0}–{1} számjegy).</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Helyreállítási kód</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Jelenlegi PIN-kód</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Új PIN-kód</translation>
    </message>
    <message>
        <source>Repeat new PIN</source>
        <translation>Új PIN-kód még egyszer</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>A PIN-kód {0}–{1} számjegyből áll.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>A két új PIN-kód eltér.</translation>
    </message>
    <message>
        <source>New PIN set. Your next recovery code (the old one no longer works): {0}
Write it down or print it from the set-up, and keep it away from the counter.</source>
        <translation>Az új PIN-kód beállítva. A következő helyreállítási kódja (a régi már nem érvényes): {0}
Írja fel, vagy nyomtassa ki a beállításból, és ne tartsa a pénztár közelében.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Túl sok hibás próbálkozás. Próbálja újra %n másodperc múlva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Hibás helyreállítási kód.</translation>
    </message>
    <message>
        <source>Wrong current PIN.</source>
        <translation>Hibás jelenlegi PIN-kód.</translation>
    </message>
    <message numerus="yes">
        <source>%n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Még %n próbálkozás a zárolásig.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal has no recovery code. Ask for help to reset the PIN.</source>
        <translation>Ennek a terminálnak nincs helyreállítási kódja. Kérjen segítséget a PIN-kód visszaállításához.</translation>
    </message>
    <message>
        <source>No PIN is set yet: open the owner&apos;s screen (F8) to choose one.</source>
        <translation>Még nincs PIN-kód beállítva: nyissa meg a tulajdonosi képernyőt (F8), és válasszon egyet.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>szóköz</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Törlés</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <source>Owner dashboard</source>
        <translation>Tulajdonosi irányítópult</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampányok</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Ma</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Az elmúlt 7 nap</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Az elmúlt 30 nap</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Az elmúlt 90 nap</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Az elmúlt 12 hónap</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Egyéni…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Frissítés</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV-exportálás</translation>
    </message>
    <message>
        <source>The period&apos;s numbers…</source>
        <translation>Az időszak számai…</translation>
    </message>
    <message>
        <source>The list shown (win-back, VIP…)…</source>
        <translation>A látható lista (visszacsalogatás, VIP…)…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-jelentés…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importálás…</translation>
    </message>
    <message>
        <source>Customers from CSV…</source>
        <translation>Vásárlók CSV-ből…</translation>
    </message>
    <message>
        <source>Sales from CSV…</source>
        <translation>Eladások CSV-ből…</translation>
    </message>
    <message>
        <source>%1 rows were set aside, with their reasons, in %2.</source>
        <translation>%1 sor félre lett téve az okokkal együtt ide: %2.</translation>
    </message>
    <message>
        <source>Nothing imported: %1 problems.</source>
        <translation>Semmi sem lett importálva: %1 probléma.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Semmi sem lett importálva: %1</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Vissza a pénztárhoz</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Időszak</translation>
    </message>
    <message>
        <source>%1 · compared with %2 – %3</source>
        <translation>%1 · összehasonlítva: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>The ledger was tampered with: %n record(s) were changed, removed or slipped in after they were written (the first from terminal %1). Compare with a backup; &apos;python main.py verify&apos; lists them all.</source>
        <translation>
            <numerusform>A naplót megváltoztatták: %n bejegyzést a rögzítése után módosítottak, töröltek vagy utólag szúrtak be (az elsőt a(z) %1 terminálon). Vesse össze egy biztonsági mentéssel; a &apos;python main.py verify&apos; mindet kilistázza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub found %n record(s) from this terminal that break the ledger&apos;s chain: they were changed before they were sent.</source>
        <translation>
            <numerusform>A központi szerver %n olyan bejegyzést talált ettől a termináltól, amely megtöri a napló láncát: elküldése előtt módosították.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Mentés másként</translation>
    </message>
    <message>
        <source>Choose one of the customer lists first.</source>
        <translation>Előbb válasszon egy vásárlói listát.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Mentve: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importálás</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- és szövegfájlok (*.csv *.txt *.tsv);;Minden fájl (*)</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Ellenőrzés</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Összesítés</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 can be imported, %3 are already there, %4 have problems. Nothing was imported.</source>
        <translation>%1 sor ellenőrizve: %2 importálható, %3 már megvan, %4 hibás. Semmi sem lett importálva.</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 were already there.</source>
        <translation>%1 sor importálva; %2 már megvolt.</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Megkeresve</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Megoldva</translation>
    </message>
    <message>
        <source>Note (what was said or done):</source>
        <translation>Megjegyzés (mit mondtak vagy tettek):</translation>
    </message>
    <message>
        <source>Recovery offer</source>
        <translation>Kiengesztelő ajánlat</translation>
    </message>
    <message>
        <source>Bonus points waiting at {0}&apos;s next visit:</source>
        <translation>{0} következő látogatásakor váró bónuszpontok:</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>a vásárló</translation>
    </message>
    <message>
        <source>Put it right: {0}</source>
        <translation>Jóvátétel: {0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner</source>
        <translation>Tulajdonos</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>Adja meg a tulajdonos PIN-kódját.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kód</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN-kód még egyszer</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Elfelejtette a PIN-kódot?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Ellenőrzés…</translation>
    </message>
    <message>
        <source>Choose the owner&apos;s PIN (6 to 12 digits). It guards the dashboard, settings and manual adjustments.</source>
        <translation>Válassza ki a tulajdonos PIN-kódját (6–12 számjegy). Ez védi az irányítópultot, a beállításokat és a kézi módosításokat.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>A két PIN-kód eltér.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Túl sok hibás PIN-kód. Próbálja újra %n másodperc múlva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Hibás PIN-kód. Még %n próbálkozás a zárolásig.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>A PIN-kód 6–12 számjegyből áll.</translation>
    </message>
    <message>
        <source>A PIN is already set.</source>
        <translation>PIN-kód már be van állítva.</translation>
    </message>
    <message>
        <source>No PIN is set yet.</source>
        <translation>Még nincs PIN-kód beállítva.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Owner PIN</source>
        <translation>Tulajdonosi PIN-kód</translation>
    </message>
    <message>
        <source>The PIN guards the owner&apos;s dashboard, the settings and manual adjustments.</source>
        <translation>A PIN-kód védi a tulajdonosi irányítópultot, a beállításokat és a kézi módosításokat.</translation>
    </message>
    <message>
        <source>A PIN is already set. Change it later with the old one (More → Change owner PIN).</source>
        <translation>Már van beállított PIN-kód. Később a régivel módosíthatja (Egyéb → Tulajdonosi PIN-kód módosítása).</translation>
    </message>
    <message>
        <source>Choose {0} to {1} digits. Skip, and the first person to open the owner&apos;s screen (F8) chooses it.</source>
        <translation>Válasszon {0}–{1} számjegyet. Ha kihagyja, az választja ki, aki először nyitja meg a tulajdonosi képernyőt (F8).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kód</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN-kód még egyszer</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>A PIN-kód {0}–{1} számjegyből áll.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>A két PIN-kód eltér.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print receipt</source>
        <translation>Nyugta nyomtatása</translation>
    </message>
    <message>
        <source>Print (or reprint) the last receipt</source>
        <translation>Az utolsó nyugta nyomtatása (vagy újranyomtatása)</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Nyugta mentése PDF-ként…</translation>
    </message>
    <message>
        <source>Print receipts automatically</source>
        <translation>Nyugták automatikus nyomtatása</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>Nyomtatóbeállítások…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Nyugta mentése PDF-ként</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-fájlok (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printing the test page…</source>
        <translation>Tesztoldal nyomtatása…</translation>
    </message>
    <message>
        <source>Test page sent to {0}. Both ends of the line should be on the paper.</source>
        <translation>Tesztoldal elküldve ide: {0}. A vonal mindkét végének a papíron kell lennie.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>A tesztoldal nem nyomtatódott ki: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>a rendszer alapértelmezett nyomtatója</translation>
    </message>
    <message>
        <source>Receipts go to {0}, on a {1} mm roll.</source>
        <translation>Nyugtanyomtató: {0}, {1} mm-es tekercs.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Nyugtanyomtató</translation>
    </message>
    <message>
        <source>Print a test page to see the printer and the roll width are right.</source>
        <translation>Nyomtasson tesztoldalt, hogy lássa, jó-e a nyomtató és a tekercs szélessége.</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Tesztoldal nyomtatása</translation>
    </message>
    <message>
        <source>Printer and paper…</source>
        <translation>Nyomtató és papír…</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printer settings</source>
        <translation>Nyomtatóbeállítások</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>A rendszer alapértelmezett nyomtatója</translation>
    </message>
    <message>
        <source>{0} mm roll</source>
        <translation>{0} mm-es tekercs</translation>
    </message>
    <message>
        <source>Print the receipt automatically after each sale</source>
        <translation>A nyugta automatikus nyomtatása minden eladás után</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Nyomtató</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papír</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer found. The sale is saved; use “Save receipt as PDF”.</source>
        <translation>Nem található nyomtató. Az eladás mentve; használja a „Nyugta mentése PDF-ként” lehetőséget.</translation>
    </message>
    <message>
        <source>Printer “{detail}” not available. The sale is saved; check it or choose another.</source>
        <translation>A(z) „{detail}” nyomtató nem érhető el. Az eladás mentve; ellenőrizze, vagy válasszon másikat.</translation>
    </message>
    <message>
        <source>The printer refused the receipt (offline? paper?). The sale is saved; reprint when ready.</source>
        <translation>A nyomtató nem fogadta a nyugtát (nincs csatlakoztatva? papír?). Az eladás mentve; nyomtassa újra, ha kész.</translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation>Még nincs újranyomtatható nyugta.</translation>
    </message>
    <message>
        <source>Receipt {detail} was not found.</source>
        <translation>A(z) {detail} nyugta nem található.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {detail}</source>
        <translation>A PDF-et nem sikerült menteni: {detail}</translation>
    </message>
    <message>
        <source>Printing failed (an internal error, see the log). The sale is saved.</source>
        <translation>A nyomtatás nem sikerült (belső hiba, lásd a naplót). Az eladás mentve.</translation>
    </message>
    <message>
        <source>Receipt {number} sent to {where}.</source>
        <translation>A(z) {number} nyugta elküldve ide: {where}.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import problems: %1</source>
        <translation>Importálási problémák: %1</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>A lista mentése…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>A problémák mentése</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;Szöveg (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Mentve: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Nem sikerült menteni: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Sor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probléma</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Rendben</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Mentés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Bezárás</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Alkalmaz</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Igen</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nem</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Elvetés</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message numerus="yes">
        <source>%n more stamps to %1</source>
        <translation>
            <numerusform>Még %n pecsét: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>Még %n pont: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Köszönjük a vásárlást!</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Nyugta %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Terminál: %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nyugta</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ÖSSZESEN</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Szint</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Kapott pontok</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Születésnapi bónusz</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Beváltva</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Pontegyenleg</translation>
    </message>
    <message>
        <source>Stamps (+%1)</source>
        <translation>Pecsétek (+%1)</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Pecsétek</translation>
    </message>
    <message>
        <source>Card full: %1 is yours!</source>
        <translation>A kártya megtelt: %1 az Öné!</translation>
    </message>
    <message>
        <source>How was your visit? Hold this receipt to the counter camera to rate us.</source>
        <translation>Milyen volt a látogatása? Az értékeléshez tartsa ezt a nyugtát a pénztárnál lévő kamera elé.</translation>
    </message>
    <message>
        <source>How was your visit? Scan to rate us.</source>
        <translation>Milyen volt a látogatás? Olvassa be, és értékeljen minket.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Helyreállítási kód</translation>
    </message>
    <message>
        <source>For a forgotten PIN: print it and keep it away from the counter.</source>
        <translation>Elfelejtett PIN-kód esetére: nyomtassa ki, és ne tartsa a pénztár közelében.</translation>
    </message>
    <message>
        <source>This code sets a new PIN when the old one is forgotten (F8, then “Forgot the PIN?”). It is shown only now.</source>
        <translation>Ez a kód új PIN-kódot állít be, ha a régit elfelejtette (F8, majd „Elfelejtette a PIN-kódot?”). Csak most jelenik meg.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Nyomtatás</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Mentés PDF-ként…</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund a sale</source>
        <translation>Eladás visszatérítése</translation>
    </message>
    <message>
        <source>Receipt number, e.g. S1-T1-000123</source>
        <translation>Nyugtaszám, pl. S1-T1-000123</translation>
    </message>
    <message>
        <source>Show the sale</source>
        <translation>Az eladás megjelenítése</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Visszatérítés</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Mégse</translation>
    </message>
    <message>
        <source>Which sale? Type or scan the receipt number.</source>
        <translation>Melyik eladás? Írja be vagy olvassa be a nyugtaszámot.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(törölt vásárló)</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>nincs kártya</translation>
    </message>
    <message>
        <source>Receipt {0}
Sold {1}
Amount {2}
Customer: {3}
The refund takes back: stamps {4}, points {5}</source>
        <translation>Nyugta: {0}
Eladva: {1}
Összeg: {2}
Vásárló: {3}
A visszatérítés visszavesz: pecsét {4}, pont {5}</translation>
    </message>
    <message>
        <source>This sale was already refunded.</source>
        <translation>Ezt az eladást már visszatérítették.</translation>
    </message>
    <message>
        <source>Refund (owner)</source>
        <translation>Visszatérítés (tulajdonos)</translation>
    </message>
    <message>
        <source>the refund takes back stamps already spent on a reward ({0}): the stamp balance becomes {1}</source>
        <translation>a visszatérítés egy jutalomra már elköltött pecséteket vesz vissza ({0}): a pecsétegyenleg {1} lesz</translation>
    </message>
    <message>
        <source>the refund takes back {0} points already spent: the points balance becomes {1}</source>
        <translation>a visszatérítés {0} már elköltött pontot vesz vissza: a pontegyenleg {1} lesz</translation>
    </message>
    <message>
        <source>Below zero: {0}. It needs the owner&apos;s PIN.</source>
        <translation>Nulla alatt: {0}. Ehhez a tulajdonos PIN-kódja kell.</translation>
    </message>
</context>
<context>
    <name>RelativeDay</name>
    <message>
        <source>today</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>tegnap</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n napja</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1: loyalty report</source>
        <translation>%1: hűségprogram-jelentés</translation>
    </message>
    <message>
        <source>%1 (time zone %2); previous period %3</source>
        <translation>%1 (időzóna: %2); előző időszak: %3</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Ez az időszak</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Előző</translation>
    </message>
    <message>
        <source>The change in %1 from the previous period is within the noise (95% confidence).</source>
        <translation>A(z) %1 változása az előző időszakhoz képest a zajon belül van (95%-os megbízhatóság).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>új</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>törzsvásárló</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>veszélyeztetett</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>inaktív</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Látogatások hetente</translation>
    </message>
    <message>
        <source>Revenue per week (%1)</source>
        <translation>Bevétel hetente (%1)</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS hetente</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>Értékelések eloszlása (0–10)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Szegmensek mérete</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Veszélyeztetett</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Inaktív</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>Késésben a saját szokásukhoz képest</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Utolsó látogatás</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Napok látogatás nélkül</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Költés</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(nincs hozzájárulás)</translation>
    </message>
    <message>
        <source>Latest low ratings</source>
        <translation>Legutóbbi alacsony értékelések</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Mikor</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontszám</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Ok</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Megjegyzés</translation>
    </message>
    <message>
        <source>Campaigns: offered group against the control group</source>
        <translation>Kampányok: az ajánlatot kapók a kontrollcsoporttal szemben</translation>
    </message>
    <message>
        <source>Came back: a sale in the campaign&apos;s window. The lift&apos;s 95 % interval holding zero means the difference is within the noise.</source>
        <translation>Visszatért: eladás a kampány időszakában. Ha a hatás 95%-os intervalluma tartalmazza a nullát, a különbség a zajon belül van.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampány</translation>
    </message>
    <message>
        <source>Offered: back</source>
        <translation>Ajánlatot kapott: visszatért</translation>
    </message>
    <message>
        <source>Control: back</source>
        <translation>Kontroll: visszatért</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>Hatás (95%)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Költség</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Nettó</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>zaj</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Mutató</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Loyalty rules</source>
        <translation>A hűségprogram szabályai</translation>
    </message>
    <message>
        <source>Start from a template; every number and reward can be changed later (F10).</source>
        <translation>Kezdjen egy sablonból; minden szám és jutalom később módosítható (F10).</translation>
    </message>
    <message>
        <source>Café stamp card</source>
        <translation>Kávézó: pecsétgyűjtő kártya</translation>
    </message>
    <message>
        <source>Salon points</source>
        <translation>Szalon: pontgyűjtés</translation>
    </message>
    <message>
        <source>Retail tiers</source>
        <translation>Kiskereskedelem: szintek</translation>
    </message>
    <message>
        <source>Stamps and points (standard)</source>
        <translation>Pecsétek és pontok (alapértelmezett)</translation>
    </message>
    <message>
        <source>Keep the current rules</source>
        <translation>A jelenlegi szabályok megtartása</translation>
    </message>
    <message numerus="yes">
        <source>A stamp per visit; a full card of %n stamp(s): {0}.</source>
        <translation>
            <numerusform>Látogatásonként egy pecsét; a teli kártya (%n pecsét) jutalma: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per unit spent; rewards: {0}.</source>
        <translation>
            <numerusform>Minden elköltött egység után %n pont; jutalmak: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiers: {0}.</source>
        <translation>Szintek: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on a birthday.</source>
        <translation>
            <numerusform>Születésnapra %n pont.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <source>Sale amount</source>
        <translation>Eladás összege</translation>
    </message>
    <message>
        <source>Record sale  ⏎</source>
        <translation>Eladás rögzítése  ⏎</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find a customer</source>
        <translation>Vásárló keresése</translation>
    </message>
    <message>
        <source>Name, phone number or card code</source>
        <translation>Név, telefonszám vagy kártyakód</translation>
    </message>
    <message>
        <source>{0}   {1}   · {2} points · {3} stamps</source>
        <translation>{0}   {1}   · {2} pont · {3} pecsét</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n vásárló található</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty rules and shop details</source>
        <translation>A hűségprogram szabályai és az üzlet adatai</translation>
    </message>
    <message>
        <source>Stamps and points</source>
        <translation>Pecsétek és pontok</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Jutalmak</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Szintek</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Üzlet</translation>
    </message>
    <message>
        <source>Stamps for a full card</source>
        <translation>Pecsétek száma a teli kártyához</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Kapott pontok</translation>
    </message>
    <message>
        <source>One stamp per card within (minutes)</source>
        <translation>Kártyánként egy pecsét ennyi időn belül (perc)</translation>
    </message>
    <message>
        <source>Welcome bonus (points)</source>
        <translation>Üdvözlő bónusz (pont)</translation>
    </message>
    <message>
        <source>Birthday bonus (points)</source>
        <translation>Születésnapi bónusz (pont)</translation>
    </message>
    <message>
        <source>Birthday window (± days)</source>
        <translation>Születésnapi időszak (± nap)</translation>
    </message>
    <message>
        <source>Points expire after months without a visit (0: never)</source>
        <translation>A pontok lejárnak ennyi hónap látogatás nélkül (0: soha)</translation>
    </message>
    <message>
        <source>One stamp per visit</source>
        <translation>Látogatásonként egy pecsét</translation>
    </message>
    <message>
        <source>One stamp per amount spent</source>
        <translation>Egy pecsét minden elköltött összeg után</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Pecsétek</translation>
    </message>
    <message>
        <source>for each amount spent</source>
        <translation>minden elköltött összeg után</translation>
    </message>
    <message>
        <source>Amount per stamp</source>
        <translation>Összeg pecsétenként</translation>
    </message>
    <message>
        <source>Smallest sale that earns a stamp</source>
        <translation>A legkisebb pecsétet érő eladás</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points after the tier multiplier.</source>
        <translation>A pontokat a szintszorzó után lefelé kerekítjük egész pontra.</translation>
    </message>
    <message>
        <source>Type the amount that earns the points, e.g. 1 or 100.</source>
        <translation>Írja be az összeget, amely után a pontok járnak, pl. 1 vagy 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n points per %1, rounded down</source>
        <translation>
            <numerusform>%n pont %1 után, lefelé kerekítve</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Sor hozzáadása</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>A kijelölt sor törlése</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kód</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontok</translation>
    </message>
    <message>
        <source>12-month spend</source>
        <translation>12 havi költés</translation>
    </message>
    <message>
        <source>or visits</source>
        <translation>vagy látogatás</translation>
    </message>
    <message>
        <source>Points %</source>
        <translation>Pont %</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Az üzlet neve</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Időzóna</translation>
    </message>
    <message>
        <source>Country (phone numbers, dates)</source>
        <translation>Ország (telefonszámok, dátumok)</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Nyugta lábléce</translation>
    </message>
    <message>
        <source>Feedback page address</source>
        <translation>A visszajelzési oldal címe</translation>
    </message>
    <message>
        <source>The saved time zone “{0}” is not one: choose the shop&apos;s from the list.</source>
        <translation>A mentett „{0}” nem időzóna: válassza ki az üzletét a listából.</translation>
    </message>
    <message>
        <source>Language (screens, receipts, feedback page)</source>
        <translation>Nyelv (képernyők, nyugták, visszajelzési oldal)</translation>
    </message>
    <message>
        <source>No hub address: receipts carry a code to hold to the counter camera.</source>
        <translation>Nincs megadva központi szerver: a nyugtákon lévő kódot a pénztári kamera elé kell tartani.</translation>
    </message>
    <message>
        <source>This address is this computer itself: customers&apos; phones cannot open it. Receipts carry a code for the counter camera instead. Use the hub&apos;s address on the shop&apos;s network, such as http://192.168.1.20:8765/f.</source>
        <translation>Ez a cím maga ez a számítógép: a vásárlók telefonjai nem tudják megnyitni. A nyugtákon ehelyett a pénztári kamerának szóló kód lesz. A központi szerver címét adja meg az üzlet hálózatán, például http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>Not a web address: receipts carry a code for the counter camera instead. It starts with http://, such as http://192.168.1.20:8765/f.</source>
        <translation>Ez nem webcím: a nyugtákon ehelyett a pénztári kamerának szóló kód lesz. A cím http://-vel kezdődik, például http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>“{0}” is not an amount.</source>
        <translation>„{0}” nem összeg.</translation>
    </message>
    <message>
        <source>Rewards and tiers need whole numbers and amounts.</source>
        <translation>A jutalmakhoz és szintekhez egész számok és összegek kellenek.</translation>
    </message>
    <message>
        <source>These rules cannot work: check “{0}”.</source>
        <translation>Ezek a szabályok nem működhetnek: ellenőrizze ezt: „{0}”.</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>End-of-shift report</source>
        <translation>Műszakzáró jelentés</translation>
    </message>
    <message>
        <source>Shift report for {0}</source>
        <translation>Műszakjelentés: {0}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ki</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Eladások</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Összeg</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Visszatérítések</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Visszatérített összeg</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>Kiadott pecsétek</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Jóváírt pontok</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Jutalmak</translation>
    </message>
    <message>
        <source>Manual adjustments</source>
        <translation>Kézi módosítások</translation>
    </message>
    <message>
        <source>{0}  {1} points by {2}: {3}</source>
        <translation>{0}  {1} pont ({2}): {3}</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Rendellenességek</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Nincs.</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>Nyomtatás a nyugtanyomtatón</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Mentés PDF-ként…</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Az egész nap</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>Senki sem volt bejelentkezve</translation>
    </message>
    <message>
        <source>the same customer again within minutes</source>
        <translation>ugyanaz a vásárló újra, perceken belül</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>pecsétek eladás nélkül</translation>
    </message>
    <message>
        <source>a big adjustment</source>
        <translation>nagy összegű módosítás</translation>
    </message>
</context>
<context>
    <name>ShiftReportLink</name>
    <message>
        <source>End-of-shift report… (manager)</source>
        <translation>Műszakzáró jelentés… (vezető)</translation>
    </message>
    <message>
        <source>No receipt printer is set up: save it as a PDF.</source>
        <translation>Nincs beállítva nyugtanyomtató: mentse PDF-ként.</translation>
    </message>
    <message>
        <source>The shift report is being printed.</source>
        <translation>A műszakjelentés nyomtatása folyamatban.</translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation>A műszakjelentés mentése</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-fájlok (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Nem sikerült menteni: {0}</translation>
    </message>
    <message>
        <source>Shift report saved as {0}.</source>
        <translation>A műszakjelentés mentve: {0}.</translation>
    </message>
</context>
<context>
    <name>ShiftRoll</name>
    <message>
        <source>repeat sale</source>
        <translation>ismételt eladás</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>pecsétek eladás nélkül</translation>
    </message>
    <message>
        <source>big adjustment</source>
        <translation>nagy összegű módosítás</translation>
    </message>
    <message>
        <source>the welcome bonus</source>
        <translation>üdvözlő bónusz</translation>
    </message>
    <message>
        <source>the birthday bonus</source>
        <translation>születésnapi bónusz</translation>
    </message>
    <message>
        <source>a campaign offer</source>
        <translation>kampányajánlat</translation>
    </message>
    <message>
        <source>merging two records</source>
        <translation>két adatlap összevonása</translation>
    </message>
    <message>
        <source>an undo</source>
        <translation>visszavonás</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Az egész nap</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Munkatárs %1</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>Senki sem volt bejelentkezve</translation>
    </message>
    <message numerus="yes">
        <source>another sale %n min after the last</source>
        <translation>
            <numerusform>újabb eladás %n perccel az előző után</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n pont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamps from %1</source>
        <translation>
            <numerusform>%n pecsét: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift report %1</source>
        <translation>Műszakjelentés: %1</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Eladások (%1)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Visszatérítések (%1)</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>Kiadott pecsétek</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Jóváírt pontok</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Beváltott jutalmak</translation>
    </message>
    <message>
        <source>Adjusted at %1: %2</source>
        <translation>Módosítás (%1): %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>vásárló: %1</translation>
    </message>
    <message>
        <source>%1: shift report for %2 (time zone %3)</source>
        <translation>%1: műszakjelentés, %2 (időzóna: %3)</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Austria</source>
        <translation>Ausztria</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgium</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Csehország</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Németország</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Észtország</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finnország</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Franciaország</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Egyesült Királyság</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Magyarország</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Írország</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Olaszország</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litvánia</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Lettország</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Hollandia</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Lengyelország</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Románia</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Szlovákia</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanyolország</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Svédország</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Ukrajna</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Egyesült Államok</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Az Ön üzlete</translation>
    </message>
    <message>
        <source>Printed on receipts and cards. Change it later under Loyalty rules and shop (F10).</source>
        <translation>A nyugtákra és a kártyákra kerül. Később módosíthatja itt: Hűségprogram szabályai és üzlet (F10).</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Az üzlet neve</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cím</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ország</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Pénznem</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Időzóna</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone. Choose one from the list, such as Europe/Budapest.</source>
        <translation>A(z) „{0}” nem időzóna. Válasszon egyet a listából, például Europe/Budapest.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Bejelentkezés</translation>
    </message>
    <message>
        <source>Who is at the counter? Tap your name, then type your PIN.</source>
        <translation>Ki van a pultnál? Koppintson a nevére, majd írja be a PIN-kódját.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kód</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>pénztáros</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>vezető</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>tulajdonos</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Előbb koppintson a nevére.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Túl sok hibás PIN-kód. Próbálja újra %n másodperc múlva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Hibás PIN-kód. Még %n próbálkozás a zárolásig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Munkatársak</translation>
    </message>
    <message>
        <source>Has left (cannot sign in)</source>
        <translation>Kilépett (nem tud bejelentkezni)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Munkatárs hozzáadása</translation>
    </message>
    <message>
        <source>cashier: sells, enrols, redeems</source>
        <translation>pénztáros: eladás, regisztrálás, jutalmak beváltása</translation>
    </message>
    <message>
        <source>manager: also refunds, adjusts points, sets the rules</source>
        <translation>vezető: ezen felül visszatérítés, pontok módosítása, szabályok beállítása</translation>
    </message>
    <message>
        <source>owner: also the books, customers&apos; data and staff</source>
        <translation>tulajdonos: ezen felül könyvelés, vásárlói adatok és munkatársak</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Név</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Szerepkör</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kód</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>PIN-kód még egyszer</translation>
    </message>
    <message>
        <source>PINs: at least {0} digits for owners and managers (they open the books and the rules), {1} for cashiers.</source>
        <translation>PIN-kód: a tulajdonosoknak és a vezetőknek legalább {0} számjegy (ők férnek hozzá a könyveléshez és a szabályokhoz), a pénztárosoknak {1}.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hozzáadás</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (kilépett)</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>pénztáros</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>vezető</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>tulajdonos</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>A két PIN-kód eltér.</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Előbb válasszon egy munkatársat a listából.</translation>
    </message>
</context>
<context>
    <name>StaffLink</name>
    <message>
        <source>Sign in (Shift+F6)</source>
        <translation>Bejelentkezés (Shift+F6)</translation>
    </message>
    <message>
        <source>Sign in / change staff</source>
        <translation>Bejelentkezés / munkatárs váltása</translation>
    </message>
    <message>
        <source>Staff… (owner)</source>
        <translation>Munkatársak… (tulajdonos)</translation>
    </message>
    <message>
        <source>{0} — Shift+F6 to change</source>
        <translation>{0} — váltás: Shift+F6</translation>
    </message>
    <message>
        <source>No staff yet: the owner adds them under More → Staff…</source>
        <translation>Még nincsenek munkatársak: a tulajdonos az Egyéb → Munkatársak… menüpontban veheti fel őket.</translation>
    </message>
    <message>
        <source>Signed in: {0}.</source>
        <translation>Bejelentkezve: {0}.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs a manager or the owner.</source>
        <translation>{0} van bejelentkezve: ehhez vezető vagy a tulajdonos kell.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs the owner.</source>
        <translation>{0} van bejelentkezve: ehhez a tulajdonos kell.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first (Shift+F6).</source>
        <translation>Előbb jelentkezzen be a PIN-kódjával (Shift+F6).</translation>
    </message>
</context>
<context>
    <name>StampStrip</name>
    <message numerus="yes">
        <source>%n of %1 stamps</source>
        <translation>
            <numerusform>%n / %1 pecsét</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Sales</source>
        <translation>Eladások</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Bevétel</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Átlagos kosárérték</translation>
    </message>
    <message>
        <source>Identified sales</source>
        <translation>Azonosított eladások</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Aktív vásárlók</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Új vásárlók</translation>
    </message>
    <message>
        <source>Visits per customer</source>
        <translation>Látogatás vásárlónként</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Visszatérő vásárlók aránya</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Megtartási arány</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Lemorzsolódás</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (4–5 of 5)</source>
        <translation>Ügyfél-elégedettség (CSAT, 4–5 az 5-ből)</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Válaszadási arány</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Ügyfélélettartam-érték</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Veszélyeztetett</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Inaktív</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>Késésben a szokásához képest</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Kiadott pontok</translation>
    </message>
    <message>
        <source>Stamps issued</source>
        <translation>Kiadott pecsétek</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Beváltott jutalmak</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Beváltott pontok</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>Fennálló pontok</translation>
    </message>
    <message>
        <source>Overdrawn customers</source>
        <translation>Negatív egyenlegű vásárlók</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Értékelések</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 százalékpont</translation>
    </message>
    <message>
        <source>new</source>
        <translation>új</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync with the hub</source>
        <translation>Szinkronizálás a központi szerverrel</translation>
    </message>
    <message>
        <source>from: main.py hub add-terminal NAME</source>
        <translation>innen: main.py hub add-terminal NÉV</translation>
    </message>
    <message>
        <source> min</source>
        <translation> perc</translation>
    </message>
    <message>
        <source>Refuse redemptions</source>
        <translation>Beváltások elutasítása</translation>
    </message>
    <message>
        <source>Allow a few, then refuse</source>
        <translation>Néhányat engedélyez, aztán elutasít</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>A központi szerver címe</translation>
    </message>
    <message>
        <source>This terminal&apos;s token</source>
        <translation>A terminál tokenje</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Szinkronizálás gyakorisága</translation>
    </message>
    <message>
        <source>When the hub cannot be reached</source>
        <translation>Ha a központi szerver nem érhető el</translation>
    </message>
    <message>
        <source>Redemptions allowed until the next sync</source>
        <translation>Engedélyezett beváltások a következő szinkronizálásig</translation>
    </message>
    <message>
        <source>Sales never wait for the hub. Leave the address empty to turn sync off.</source>
        <translation>Az eladások sosem várnak a központi szerverre. Hagyja üresen a címet a szinkronizálás kikapcsolásához.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: checking…</source>
        <translation>Szinkronizálás: ellenőrzés…</translation>
    </message>
    <message>
        <source>no hub set</source>
        <translation>nincs központi szerver megadva</translation>
    </message>
    <message>
        <source>the hub cannot be reached</source>
        <translation>a központi szerver nem érhető el</translation>
    </message>
    <message>
        <source>the hub refused this terminal&apos;s token</source>
        <translation>a központi szerver elutasította a terminál tokenjét</translation>
    </message>
    <message>
        <source>the hub refused some data; see the log</source>
        <translation>a központi szerver egyes adatokat elutasított; lásd a naplót</translation>
    </message>
    <message>
        <source>the hub had an error; will retry</source>
        <translation>hiba a központi szerveren; újrapróbálkozunk</translation>
    </message>
    <message>
        <source>the hub was restored; syncing again</source>
        <translation>a központi szervert visszaállították; újraszinkronizálás</translation>
    </message>
    <message numerus="yes">
        <source>Sync off (no hub set) · %n events not sent</source>
        <translation>
            <numerusform>Szinkronizálás ki · elküldetlen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Még nem volt szinkronizálás</translation>
    </message>
    <message>
        <source>Last sync {0}</source>
        <translation>Utolsó szinkronizálás: {0}</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>minden elküldve</translation>
    </message>
    <message>
        <source>1 event waiting</source>
        <translation>1 esemény várakozik</translation>
    </message>
    <message numerus="yes">
        <source>%n events waiting</source>
        <translation>
            <numerusform>%n esemény várakozik</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events set aside</source>
        <translation>
            <numerusform>%n esemény félretéve</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>Vouchers</source>
        <translation>Kuponok</translation>
    </message>
    <message numerus="yes">
        <source>%n bonus points</source>
        <translation>
            <numerusform>%n bónuszpont</numerusform>
        </translation>
    </message>
    <message>
        <source>Your gift: {0}</source>
        <translation>Ajándékunk: {0}</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} on your next visit</source>
        <translation>Pecsétek és pontok ×{0} a következő látogatáskor</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Kupon</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>{0} részére</translation>
    </message>
    <message>
        <source>Valid until {0}</source>
        <translation>Érvényes: {0}-ig</translation>
    </message>
    <message>
        <source>Show this voucher at the counter. It can be used once.</source>
        <translation>Mutassa fel ezt a kupont a pénztárnál. Egyszer használható fel.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>This visit was already rated: one rating per visit.</source>
        <translation>Ezt a látogatást már értékelték: látogatásonként egy értékelés.</translation>
    </message>
    <message>
        <source>That visit is not known on this terminal.</source>
        <translation>Ez a látogatás nem ismert ezen a terminálon.</translation>
    </message>
    <message>
        <source>No sale with this receipt here (yet): it may be from another till.</source>
        <translation>Ehhez a nyugtához (még) nincs eladás itt: lehet, hogy másik kasszáról való.</translation>
    </message>
    <message>
        <source>That score is not on the scale.</source>
        <translation>Ez a pontszám nincs a skálán.</translation>
    </message>
    <message>
        <source>That reason is too long.</source>
        <translation>Ez az ok túl hosszú.</translation>
    </message>
    <message>
        <source>The customer screen settings are not valid.</source>
        <translation>A vásárlói kijelző beállításai érvénytelenek.</translation>
    </message>
    <message>
        <source>That receipt code is damaged: try again, or type the receipt number.</source>
        <translation>A nyugtakód sérült: próbálja újra, vagy írja be a nyugtaszámot.</translation>
    </message>
    <message>
        <source>That receipt code is not from this shop.</source>
        <translation>Ez a nyugtakód nem ebből az üzletből származik.</translation>
    </message>
    <message>
        <source>That receipt code has expired.</source>
        <translation>Ez a nyugtakód lejárt.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enrolled</source>
        <translation>Regisztrálva</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Eladás</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Visszatérítés</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Visszavonva</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Üdvözlő bónusz</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Születésnapi bónusz</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Jutalom</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Lejárt pontok</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Pontmódosítás</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Értékelés</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Új kártya</translation>
    </message>
    <message>
        <source>Card given</source>
        <translation>Kártya átadva</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>Kártya letiltva</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Adatlapok összevonva</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Törölve</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not one of our cards.</source>
        <translation>Ez nem a mi kártyánk.</translation>
    </message>
    <message>
        <source>That card code has a typing error: please check it and try again.</source>
        <translation>A kártyakódban elírás van: ellenőrizze, és próbálja újra.</translation>
    </message>
    <message>
        <source>This card was reported lost and is blocked. Look the customer up by name.</source>
        <translation>Ezt a kártyát elveszettként jelentették, és le van tiltva. Keresse a vásárlót név alapján.</translation>
    </message>
    <message>
        <source>This card was not issued by this shop.</source>
        <translation>Ezt a kártyát nem ez az üzlet adta ki.</translation>
    </message>
    <message>
        <source>That customer is not known here.</source>
        <translation>Ez a vásárló itt nem ismert.</translation>
    </message>
    <message>
        <source>That customer&apos;s data was erased.</source>
        <translation>Ennek a vásárlónak az adatait törölték.</translation>
    </message>
    <message>
        <source>That was already undone.</source>
        <translation>Ezt már visszavonták.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nincs mit visszavonni.</translation>
    </message>
    <message>
        <source>No receipt with that number.</source>
        <translation>Nincs ilyen számú nyugta.</translation>
    </message>
    <message>
        <source>That card already belongs to a customer.</source>
        <translation>Ez a kártya már egy vásárlóé.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Adjon meg nullánál nagyobb összeget.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>A név megadása kötelező.</translation>
    </message>
    <message>
        <source>That language is not one we speak.</source>
        <translation>Ezt a nyelvet nem ismerjük.</translation>
    </message>
    <message>
        <source>That is not a birthday: a real date, not in the future.</source>
        <translation>Ez nem születésnap: valós dátum kell, nem jövőbeli.</translation>
    </message>
    <message>
        <source>That is not a phone number: type it as you would dial it.</source>
        <translation>Ez nem telefonszám: úgy írja be, ahogy tárcsázná.</translation>
    </message>
    <message>
        <source>That is not an e-mail address: it needs a name, @ and a domain.</source>
        <translation>Ez nem e-mail-cím: kell bele egy név, @ és egy tartomány.</translation>
    </message>
    <message>
        <source>That is the same customer: choose the other record.</source>
        <translation>Ez ugyanaz a vásárló: válassza a másik adatlapot.</translation>
    </message>
    <message>
        <source>That record was already merged into another customer.</source>
        <translation>Ezt az adatlapot már összevonták egy másik vásárlóval.</translation>
    </message>
    <message>
        <source>Not done: that would take the balance below zero.</source>
        <translation>Nem történt meg: az egyenleg nulla alá menne.</translation>
    </message>
    <message>
        <source>The reward cannot be confirmed right now.</source>
        <translation>A jutalmat most nem lehet megerősíteni.</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>Ez a jutalom már nem létezik.</translation>
    </message>
    <message>
        <source>Not enough stamps for that reward yet.</source>
        <translation>Még nincs elég pecsét ehhez a jutalomhoz.</translation>
    </message>
    <message>
        <source>Not enough points for that reward yet.</source>
        <translation>Még nincs elég pont ehhez a jutalomhoz.</translation>
    </message>
    <message>
        <source>The hub says this reward was already used at another counter: not redeemed.</source>
        <translation>A központi szerver szerint ezt a jutalmat már beváltották egy másik pénztárnál: nincs beváltva.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, and the owner allows no rewards offline: try again soon.</source>
        <translation>A központi szerver nem érhető el, és a tulajdonos offline nem enged jutalmat: próbálja újra hamarosan.</translation>
    </message>
    <message>
        <source>The hub cannot be reached and this counter&apos;s offline reward limit is used up.</source>
        <translation>A központi szerver nem érhető el, és ennek a pénztárnak az offline jutalomkerete elfogyott.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A kampánynak név kell.</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>A kampány csak a kezdete után érhet véget.</translation>
    </message>
    <message>
        <source>That offer cannot work: check the points, the multiplier or the hours.</source>
        <translation>Ez az ajánlat nem működhet: ellenőrizze a pontokat, a szorzót vagy az órákat.</translation>
    </message>
    <message>
        <source>That reward is not in the catalogue.</source>
        <translation>Ez a jutalom nincs a katalógusban.</translation>
    </message>
    <message>
        <source>The control group must be from 0 to 99 percent.</source>
        <translation>A kontrollcsoport 0 és 99 százalék között lehet.</translation>
    </message>
    <message>
        <source>Nobody is in that audience today.</source>
        <translation>Ma senki sincs ebben a körben.</translation>
    </message>
    <message>
        <source>That campaign is not known here.</source>
        <translation>Ez a kampány itt nem ismert.</translation>
    </message>
    <message>
        <source>This customer is not in that campaign&apos;s offer.</source>
        <translation>Ez a vásárló nem kapta meg a kampány ajánlatát.</translation>
    </message>
    <message>
        <source>This offer was already used (here or at another counter).</source>
        <translation>Ezt az ajánlatot már felhasználták (itt vagy egy másik pénztárnál).</translation>
    </message>
    <message>
        <source>That campaign is not running now.</source>
        <translation>Ez a kampány most nem fut.</translation>
    </message>
    <message>
        <source>Record the sale first: the offer adds to it.</source>
        <translation>Előbb rögzítse az eladást: az ajánlat ahhoz adódik.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and the owner allows none offline: try again soon.</source>
        <translation>A központi szerver nem érhető el az ajánlat megerősítéséhez, és a tulajdonos offline nem engedélyezi: próbálja újra hamarosan.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and this counter&apos;s offline limit is used up.</source>
        <translation>A központi szerver nem érhető el az ajánlat megerősítéséhez, és ennek a pénztárnak az offline kerete elfogyott.</translation>
    </message>
    <message>
        <source>This voucher cannot be read: scan it again or type the code under the QR.</source>
        <translation>Ez a kupon nem olvasható: olvassa be újra, vagy írja be a QR-kód alatti kódot.</translation>
    </message>
    <message>
        <source>Not one of our vouchers: it was changed, made up or is another shop&apos;s. Nothing applied.</source>
        <translation>Ez nem a mi kuponunk: megváltoztatták, kitalálták, vagy egy másik üzleté. Semmi sem lett alkalmazva.</translation>
    </message>
    <message>
        <source>This terminal cannot check vouchers yet: finish the set-up or sync with the hub once.</source>
        <translation>Ez a terminál még nem tud kuponokat ellenőrizni: fejezze be a beállítást, vagy szinkronizáljon egyszer a központi szerverrel.</translation>
    </message>
    <message>
        <source>This voucher&apos;s campaign has not reached this terminal yet: sync, then scan it again.</source>
        <translation>Ennek a kuponnak a kampánya még nem jutott el erre a terminálra: szinkronizáljon, majd olvassa be újra.</translation>
    </message>
    <message>
        <source>This voucher is not valid yet: its campaign has not started.</source>
        <translation>Ez a kupon még nem érvényes: a kampánya még nem kezdődött el.</translation>
    </message>
    <message>
        <source>This voucher has expired: its campaign has ended. Nothing applied.</source>
        <translation>Ez a kupon lejárt: a kampánya véget ért. Semmi sem lett alkalmazva.</translation>
    </message>
    <message>
        <source>This voucher was already used (here or at another counter). Nothing applied.</source>
        <translation>Ezt a kupont már felhasználták (itt vagy egy másik pénztárnál). Semmi sem lett alkalmazva.</translation>
    </message>
    <message>
        <source>This voucher&apos;s customer was erased: nothing to apply.</source>
        <translation>Ennek a kuponnak a vásárlóját törölték: nincs mit alkalmazni.</translation>
    </message>
    <message>
        <source>Happy hours are for everyone: they have no vouchers.</source>
        <translation>A happy hours mindenkinek szól: nincsenek hozzá kuponok.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Az üzletnek név kell.</translation>
    </message>
    <message>
        <source>“{0}” is not a currency: choose one from the list (like EUR or HUF).</source>
        <translation>„{0}” nem pénznem: válasszon a listából (például EUR vagy HUF).</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone: choose the shop&apos;s from the list (like Europe/Budapest).</source>
        <translation>„{0}” nem időzóna: válassza ki az üzletét a listából (például Europe/Budapest).</translation>
    </message>
    <message>
        <source>“{0}” is not a country: choose one from the list.</source>
        <translation>„{0}” nem ország: válasszon a listából.</translation>
    </message>
    <message>
        <source>“{0}” is not a web address: it starts with https:// (or http://).</source>
        <translation>„{0}” nem webcím: https://-sel (vagy http://-vel) kezdődik.</translation>
    </message>
    <message>
        <source>A shop detail is too long (at most 300 characters).</source>
        <translation>Az üzlet egyik adata túl hosszú (legfeljebb 300 karakter).</translation>
    </message>
    <message>
        <source>The disk is full: this was NOT saved. Free some space on the disk, then try again.</source>
        <translation>A lemez megtelt: ez NEM lett mentve. Szabadítson fel helyet a lemezen, majd próbálja újra.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: this was NOT saved. Check the folder&apos;s permissions, then try again.</source>
        <translation>Az adatmappába nem lehet írni: ez NEM lett mentve. Ellenőrizze a mappa jogosultságait, majd próbálja újra.</translation>
    </message>
    <message>
        <source>The database is damaged: this was NOT saved. Close the app and start it again to restore it.</source>
        <translation>Az adatbázis sérült: ez NEM lett mentve. Zárja be az alkalmazást, és indítsa el újra a visszaállításhoz.</translation>
    </message>
    <message>
        <source>The database cannot be read: this was NOT saved. Check the disk, then start the app again.</source>
        <translation>Az adatbázis nem olvasható: ez NEM lett mentve. Ellenőrizze a lemezt, majd indítsa el újra az alkalmazást.</translation>
    </message>
    <message>
        <source>The database cannot be used: this was NOT saved. Start the app again.</source>
        <translation>Az adatbázis nem használható: ez NEM lett mentve. Indítsa el újra az alkalmazást.</translation>
    </message>
    <message>
        <source>Your role does not allow this: ask a manager or the owner.</source>
        <translation>Az Ön szerepköre ezt nem engedi: kérjen meg egy vezetőt vagy a tulajdonost.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first.</source>
        <translation>Előbb jelentkezzen be a PIN-kódjával.</translation>
    </message>
    <message>
        <source>That staff member is not known here (or has left).</source>
        <translation>Ez a munkatárs itt nem ismert (vagy kilépett).</translation>
    </message>
    <message>
        <source>A PIN is digits only: at least 6 for owners and managers, 4 for cashiers.</source>
        <translation>A PIN-kód csak számjegyekből állhat: a tulajdonosoknak és a vezetőknek legalább 6, a pénztárosoknak legalább 4.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>Az üzletnek legalább egy tulajdonosra van szüksége.</translation>
    </message>
    <message>
        <source>That is not an amount: type it like 4.50.</source>
        <translation>Ez nem összeg: így írja be: 4,50.</translation>
    </message>
    <message>
        <source>These loyalty rules cannot work: check “{0}”.</source>
        <translation>Ezek a hűségprogram-szabályok nem működhetnek: ellenőrizze ezt: „{0}”.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Set-up saved. Ready for the first customer.</source>
        <translation>A beállítás mentve. Jöhet az első vásárló.</translation>
    </message>
</context>
</TS>
