<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>CameraLink</name>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Camera settings (Shift+F10)</source>
        <translation>Налаштування камери (Shift+F10)</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Це не наша картка.</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Test scan worked: card …{0}.</source>
        <translation>Тестове сканування вдалося: картка …{0}.</translation>
    </message>
    <message>
        <source>Test scan worked: a receipt&apos;s feedback code.</source>
        <translation>Тестове сканування вдалося: код відгуку з чека.</translation>
    </message>
    <message>
        <source>The camera reads codes: that one is not one of our cards.</source>
        <translation>Камера зчитує коди, але це не наша картка.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Hold a loyalty card (or any QR code) up to the camera. No camera? Skip: the USB scanner and typing work too.</source>
        <translation>Піднесіть до камери картку лояльності (або будь-який QR-код). Немає камери? Пропустіть цей крок: USB-сканер і введення вручну теж працюють.</translation>
    </message>
    <message>
        <source>Which camera…</source>
        <translation>Вибрати камеру…</translation>
    </message>
    <message>
        <source>Waiting for a test scan…</source>
        <translation>Очікування тестового сканування…</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Try again</source>
        <translation>Спробувати знову</translation>
    </message>
    <message>
        <source>Scan with the barcode scanner or type the code.</source>
        <translation>Відскануйте сканером штрихкодів або введіть код.</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>Камера: запуск…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Запуск камери…</translation>
    </message>
    <message>
        <source>Camera on: hold the card&apos;s code up to it</source>
        <translation>Камеру ввімкнено: піднесіть до неї код картки</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>Камера: не знайдено</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Камеру не знайдено.</translation>
    </message>
    <message>
        <source>Camera: disconnected, reconnecting…</source>
        <translation>Камера: від’єднано, повторне підключення…</translation>
    </message>
    <message>
        <source>The camera was disconnected. Trying to reconnect…</source>
        <translation>Камеру від’єднано. Пробуємо підключитися знову…</translation>
    </message>
    <message>
        <source>Camera: the video has ended</source>
        <translation>Камера: відео закінчилося</translation>
    </message>
    <message>
        <source>The camera&apos;s video has ended.</source>
        <translation>Відео камери закінчилося.</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Камера: вимкнена</translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation>Камеру вимкнено.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Це не наша картка.</translation>
    </message>
</context>
<context>
    <name>CameraSettingsDialog</name>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Scan cards with the camera</source>
        <translation>Сканувати картки камерою</translation>
    </message>
    <message>
        <source>Camera {0}</source>
        <translation>Камера {0}</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Відеофайл…</translation>
    </message>
    <message>
        <source>Folder of images…</source>
        <translation>Тека із зображеннями…</translation>
    </message>
    <message>
        <source>Show the picture like a mirror</source>
        <translation>Показувати зображення дзеркально</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The same card seen again within this time is the same scan.</source>
        <translation>Та сама картка, побачена знову протягом цього часу, вважається тим самим скануванням.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Роздільність</translation>
    </message>
    <message>
        <source>Same card again within</source>
        <translation>Та сама картка знову протягом</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Відеофайл</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm)</source>
        <translation>Відео (*.mp4 *.avi *.mkv *.mov *.webm)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Тека із зображеннями</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Нова кампанія</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>Ми сумуємо за вами!</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Під загрозою відтоку</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Неактивні</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>Запізнюються за своїм ритмом</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>День народження цього місяця</translation>
    </message>
    <message>
        <source>No visit for … days</source>
        <translation>Без візитів … днів</translation>
    </message>
    <message>
        <source>Everyone (happy hours)</source>
        <translation>Усі (щасливі години)</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Бонусні бали</translation>
    </message>
    <message>
        <source>A free reward</source>
        <translation>Винагорода в подарунок</translation>
    </message>
    <message>
        <source>Stamps and points × on the next visit</source>
        <translation>Штампи й бали × під час наступного візиту</translation>
    </message>
    <message>
        <source>Happy hours: stamps and points ×</source>
        <translation>Щасливі години: штампи й бали ×</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Нд</translation>
    </message>
    <message>
        <source>Chosen at random and recorded: they get nothing, so the effect can be measured.</source>
        <translation>Обираються випадково й записуються: вони нічого не отримують, щоб можна було виміряти ефект.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Днів без візитів</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Пропозиція</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Винагорода</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Множник</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Години</translation>
    </message>
    <message>
        <source>Days (none: every day)</source>
        <translation>Дні (не вибрано: щодня)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>З</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>По (включно)</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Контрольна група</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Back: offered</source>
        <translation>Повернулися: з пропозицією</translation>
    </message>
    <message>
        <source>Back: control</source>
        <translation>Повернулися: контрольна група</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>Приріст (95 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Висновок</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>На клієнта</translation>
    </message>
    <message>
        <source>Cost · net</source>
        <translation>Витрати · підсумок</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Нова кампанія…</translation>
    </message>
    <message>
        <source>Print vouchers…</source>
        <translation>Друк купонів…</translation>
    </message>
    <message>
        <source>The chosen campaign&apos;s vouchers with their QR codes, eight to an A4 sheet, for everyone offered who has not used it yet.</source>
        <translation>Купони вибраної кампанії з QR-кодами, по вісім на аркуші A4, для всіх, кому зроблено пропозицію і хто ще нею не скористався.</translation>
    </message>
    <message>
        <source>no control group</source>
        <translation>немає контрольної групи</translation>
    </message>
    <message>
        <source>within the noise</source>
        <translation>у межах похибки</translation>
    </message>
    <message>
        <source>it worked</source>
        <translation>спрацювало</translation>
    </message>
    <message>
        <source>fewer came back</source>
        <translation>повернулося менше</translation>
    </message>
    <message>
        <source>running: </source>
        <translation>триває: </translation>
    </message>
    <message numerus="yes">
        <source>%n given twice offline</source>
        <translation>
            <numerusform>%n видано двічі без зв’язку</numerusform>
            <numerusform>%n видано двічі без зв’язку</numerusform>
            <numerusform>%n видано двічі без зв’язку</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>Спершу виберіть кампанію у списку.</translation>
    </message>
    <message>
        <source>Save the vouchers</source>
        <translation>Зберегти купони</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the vouchers…</source>
        <translation>Купони готуються…</translation>
    </message>
    <message>
        <source>No vouchers to print for “{0}”: everyone offered has used it.</source>
        <translation>Для «{0}» нічого друкувати: усі, кому зроблено пропозицію, уже нею скористалися.</translation>
    </message>
    <message numerus="yes">
        <source>%n vouchers for “{0}” saved to {1}.</source>
        <translation>
            <numerusform>%n купон для «{0}» збережено в {1}.</numerusform>
            <numerusform>%n купони для «{0}» збережено в {1}.</numerusform>
            <numerusform>%n купонів для «{0}» збережено в {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vouchers could not be saved to {0}: {1}</source>
        <translation>Не вдалося зберегти купони в {0}: {1}</translation>
    </message>
    <message>
        <source>Campaign started: {0} offered, {1} in the control group.</source>
        <translation>Кампанію запущено: пропозицію отримали {0}, у контрольній групі {1}.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Loyalty card</source>
        <translation>Картка лояльності</translation>
    </message>
    <message>
        <source>Show this card at the counter to collect stamps and points.</source>
        <translation>Покажіть цю картку на касі, щоб збирати штампи й бали.</translation>
    </message>
    <message>
        <source>Show this screen at the counter to collect stamps and points.</source>
        <translation>Покажіть цей екран на касі, щоб збирати штампи й бали.</translation>
    </message>
</context>
<context>
    <name>CashierView</name>
    <message>
        <source>This visit</source>
        <translation>Цей візит</translation>
    </message>
    <message>
        <source>“{0}” is not an amount: type it like 4.50.</source>
        <translation>«{0}» — не сума: введіть, наприклад, 4,50.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Це не наша картка.</translation>
    </message>
    <message>
        <source>A new card. Enrol the customer (F2) or just record the sale.</source>
        <translation>Нова картка. Зареєструйте клієнта (F2) або просто проведіть продаж.</translation>
    </message>
    <message>
        <source>Voucher: {0}. Ctrl+O applies it.</source>
        <translation>Купон: {0}. Ctrl+O застосовує його.</translation>
    </message>
    <message>
        <source>No customer matches “{0}”.</source>
        <translation>Немає клієнтів за запитом «{0}».</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>Продаж {0}</translation>
    </message>
    <message numerus="yes">
        <source>+%n stamps</source>
        <translation>
            <numerusform>+%n штамп</numerusform>
            <numerusform>+%n штампи</numerusform>
            <numerusform>+%n штампів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n бал</numerusform>
            <numerusform>+%n бали</numerusform>
            <numerusform>+%n балів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Happy hours: +%n stamps</source>
        <translation>
            <numerusform>Щасливі години: +%n штамп</numerusform>
            <numerusform>Щасливі години: +%n штампи</numerusform>
            <numerusform>Щасливі години: +%n штампів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday bonus: +%n points</source>
        <translation>
            <numerusform>Подарунок до дня народження: +%n бал</numerusform>
            <numerusform>Подарунок до дня народження: +%n бали</numerusform>
            <numerusform>Подарунок до дня народження: +%n балів</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamp: this card already got one in this visit.</source>
        <translation>Без штампа: ця картка вже отримала штамп за цей візит.</translation>
    </message>
    <message>
        <source>Saved. Receipt {0}.</source>
        <translation>Збережено. Чек {0}.</translation>
    </message>
    <message>
        <source>Redeemed: {0}</source>
        <translation>Видано винагороду: {0}</translation>
    </message>
    <message>
        <source>{0}: enjoy!</source>
        <translation>{0}: смачного!</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} will be added to this visit&apos;s sale.</source>
        <translation>До продажу цього візиту буде нараховано штампи й бали ×{0}.</translation>
    </message>
    <message>
        <source>Offer applied: {0}</source>
        <translation>Пропозицію застосовано: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo in this visit.</source>
        <translation>У цьому візиті нічого скасовувати.</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Скасовано: {0}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}: {1}</source>
        <translation>Бали скориговано на {0}: {1}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}.</source>
        <translation>Бали скориговано на {0}.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Спочатку відкрийте клієнта (знайдіть за ім’ям або телефоном).</translation>
    </message>
    <message>
        <source>Not refunded: a refund below zero needs the owner&apos;s PIN.</source>
        <translation>Повернення не виконано: повернення нижче нуля потребує PIN власника.</translation>
    </message>
    <message>
        <source>Receipt {0} refunded: {1} stamps and {2} points taken back.</source>
        <translation>Повернення за чеком {0}: списано штампів: {1}, балів: {2}.</translation>
    </message>
    <message>
        <source>Not changed: {0} has {1} points, so taking away {2} would leave {3}. Take away at most {1}.</source>
        <translation>Без змін: у клієнта {0} балів: {1}, списання {2} залишить {3}. Списати можна не більше {1}.</translation>
    </message>
    <message>
        <source>The card …{0} is now {1}&apos;s.</source>
        <translation>Картка …{0} тепер належить клієнту {1}.</translation>
    </message>
    <message>
        <source>Saved {0}&apos;s details.</source>
        <translation>Дані клієнта {0} збережено.</translation>
    </message>
    <message>
        <source>Enrolled {0}</source>
        <translation>Зареєстровано клієнта: {0}</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves the card for their phone.</source>
        <translation>Ctrl+Shift+P зберігає картку для телефона клієнта.</translation>
    </message>
    <message>
        <source>Welcome, {0}! A new card is ready to print: {1}</source>
        <translation>Ласкаво просимо, {0}! Нова картка готова до друку: {1}</translation>
    </message>
    <message>
        <source>Welcome, {0}!</source>
        <translation>Ласкаво просимо, {0}!</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Visits (bars) and revenue (line) per week</source>
        <translation>Візити (стовпці) і виторг (лінія) за тижнями</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS за тижнями</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>Розподіл оцінок (0–10)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Розміри сегментів</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Постійні</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Під загрозою відтоку</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Неактивні</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Scan a card, or type a code, phone number or name, then Enter</source>
        <translation>Відскануйте картку або введіть код, телефон чи ім’я, потім Enter</translation>
    </message>
    <message>
        <source>Card code or search</source>
        <translation>Код картки або пошук</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Export contacts…</source>
        <translation>Експорт контактів…</translation>
    </message>
    <message>
        <source>The offered group&apos;s customers who agreed to be contacted, with their offer: a CSV file for a mailing or SMS tool.</source>
        <translation>Клієнти з групи з пропозицією, які дали згоду на отримання повідомлень, разом із їхньою пропозицією: файл CSV для сервісу e-mail- або SMS-розсилок.</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s contacts</source>
        <translation>Зберегти контакти кампанії</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файли CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n consented contact(s) of the offered group written to {0}.</source>
        <translation>
            <numerusform>Збережено в {0}: %n контакт із групи з пропозицією (є згода на повідомлення).</numerusform>
            <numerusform>Збережено в {0}: %n контакти з групи з пропозицією (є згода на повідомлення).</numerusform>
            <numerusform>Збережено в {0}: %n контактів із групи з пропозицією (є згода на повідомлення).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to be contacted, or erased.</source>
        <translation>
            <numerusform>Не включено: %n клієнт (немає згоди на повідомлення або дані видалено).</numerusform>
            <numerusform>Не включено: %n клієнти (немає згоди на повідомлення або дані видалено).</numerusform>
            <numerusform>Не включено: %n клієнтів (немає згоди на повідомлення або дані видалено).</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заповнений.</translation>
    </message>
    <message>
        <source>This folder cannot be written: {0}.</source>
        <translation>У цю теку не вдається записати: {0}.</translation>
    </message>
    <message>
        <source>This folder does not exist: {0}.</source>
        <translation>Такої теки немає: {0}.</translation>
    </message>
    <message>
        <source>The file could not be written ({0}).</source>
        <translation>Не вдалося записати файл ({0}).</translation>
    </message>
    <message>
        <source>No contacts were saved; choose another folder and try again.</source>
        <translation>Контакти не збережено; виберіть іншу теку й спробуйте знову.</translation>
    </message>
</context>
<context>
    <name>CustomerDataActions</name>
    <message>
        <source>Erase customer&apos;s data</source>
        <translation>Видалення даних клієнта</translation>
    </message>
    <message>
        <source>Erase the personal data of {0}?</source>
        <translation>Видалити персональні дані клієнта {0}?</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, birthday and rating comments are removed from this terminal, its backups and logs, and from the hub and the other terminals at their next sync. The visits and points stay as anonymous numbers. This cannot be undone.</source>
        <translation>Ім’я, телефон, e-mail, дату народження й коментарі до оцінок буде видалено з цього термінала, його резервних копій і журналів, а також із центрального сервера та інших терміналів під час наступної синхронізації. Візити й бали залишаться як знеособлені числа. Цю дію не можна скасувати.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Folder for the customer&apos;s data</source>
        <translation>Тека для даних клієнта</translation>
    </message>
    <message>
        <source>Export customer&apos;s data… (owner)</source>
        <translation>Експорт даних клієнта… (власник)</translation>
    </message>
    <message>
        <source>Erase customer&apos;s data… (owner)</source>
        <translation>Видалити дані клієнта… (власник)</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Спочатку відкрийте клієнта (знайдіть за ім’ям або телефоном).</translation>
    </message>
    <message>
        <source>Customer&apos;s data saved as {0}.json and .pdf.</source>
        <translation>Дані клієнта збережено у файли {0}.json і .pdf.</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Не вдалося записати в {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Нічого не видалено.</translation>
    </message>
    <message>
        <source>Customer&apos;s personal data erased here ({0} backups cleaned). The hub and the other terminals erase it at their next sync.</source>
        <translation>Персональні дані клієнта видалено на цьому терміналі (очищено резервних копій: {0}). Центральний сервер та інші термінали видалять їх під час наступної синхронізації.</translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message>
        <source>purchase</source>
        <translation>покупка</translation>
    </message>
    <message>
        <source>refund</source>
        <translation>повернення</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>виправлення</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>вітальний бонус</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>подарунок до дня народження</translation>
    </message>
    <message>
        <source>reward redeemed</source>
        <translation>отримано винагороду</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>бали згоріли</translation>
    </message>
    <message>
        <source>points adjusted by the shop</source>
        <translation>бали скориговано магазином</translation>
    </message>
    <message>
        <source>two records merged</source>
        <translation>два записи об’єднано</translation>
    </message>
    <message>
        <source>offer used</source>
        <translation>використано пропозицію</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокована</translation>
    </message>
    <message numerus="yes">
        <source>%n records in the ledger concern you; the JSON export lists each one.</source>
        <translation>
            <numerusform>Вас стосується %n запис у журналі операцій; у файлі JSON наведено кожен.</numerusform>
            <numerusform>Вас стосуються %n записи в журналі операцій; у файлі JSON наведено кожен.</numerusform>
            <numerusform>Вас стосуються %n записів у журналі операцій; у файлі JSON наведено кожен.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <source>Personal data held about you</source>
        <translation>Ваші персональні дані, які ми зберігаємо</translation>
    </message>
    <message>
        <source>Exported on %1. Times are in the shop&apos;s time zone (%2).</source>
        <translation>Вивантажено %1. Час зазначено за часовим поясом магазину (%2).</translation>
    </message>
    <message>
        <source>This is everything the shop&apos;s loyalty terminal stores about you.</source>
        <translation>Це все, що термінал програми лояльності магазину зберігає про вас.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профіль</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Номер клієнта</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Згода на отримання повідомлень</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Реєстрація</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Імпортовано як</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Дані видалено</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампи</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Сума покупок</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Отримано винагород</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Перший візит</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Картки</translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation>Останні знаки картки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Видано</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Повернено</translation>
    </message>
    <message>
        <source>Points and stamps</source>
        <translation>Бали та штампи</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Операція</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оцінки</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Що було важливо</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Історія згод</translation>
    </message>
    <message>
        <source>given</source>
        <translation>надано</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не надано</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>🎂 Birthday this week</source>
        <translation>🎂 День народження цього тижня</translation>
    </message>
    <message>
        <source>Rewards available now:</source>
        <translation>Доступні винагороди:</translation>
    </message>
    <message>
        <source>Recent visits (F6: all, and refunds)</source>
        <translation>Останні візити (F6: усі та повернення)</translation>
    </message>
    <message>
        <source>Enrol a customer on this card (F2)</source>
        <translation>Зареєструвати клієнта на цю картку (F2)</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} bonus points are waiting</source>
        <translation>З поверненням, {0} — чекають бонусні бали: {1}</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} is waiting</source>
        <translation>З поверненням, {0} — на вас чекає: {1}</translation>
    </message>
    <message>
        <source>Welcome back, {0} — stamps and points ×{1} on this visit</source>
        <translation>З поверненням, {0} — штампи й бали ×{1} за цей візит</translation>
    </message>
    <message>
        <source>No card: sale without loyalty</source>
        <translation>Без картки: продаж без програми лояльності</translation>
    </message>
    <message>
        <source>New card …{0}: not yet anyone&apos;s</source>
        <translation>Нова картка …{0}: поки нічия</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>Продаж {0}</translation>
    </message>
    <message>
        <source>+{0} stamps, +{1} points</source>
        <translation>штампи: +{0}, бали: +{1}</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>повернено</translation>
    </message>
    <message>
        <source>Reward: {0}</source>
        <translation>Винагорода: {0}</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Візитів поки немає.</translation>
    </message>
    <message>
        <source>Balance below zero: {0} stamps, {1} points.</source>
        <translation>Баланс нижче нуля: штампи: {0}, бали: {1}.</translation>
    </message>
    <message>
        <source>A refund took back stamps or points a reward had already used.</source>
        <translation>Повернення списало штампи або бали, вже витрачені на винагороду.</translation>
    </message>
    <message>
        <source>Rewards were redeemed at two counters while they could not reach each other.</source>
        <translation>Винагороди видано на двох касах, поки вони не могли зв’язатися між собою.</translation>
    </message>
    <message>
        <source>A manual adjustment took away more than there was.</source>
        <translation>Ручне коригування списало більше, ніж було.</translation>
    </message>
    <message>
        <source>The next purchases fill it up again.</source>
        <translation>Наступні покупки знову його поповнять.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(видалений клієнт)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Card full: a reward is ready</source>
        <translation>Картка заповнена: винагорода готова</translation>
    </message>
    <message numerus="yes">
        <source>%n more to the next reward</source>
        <translation>
            <numerusform>Ще %n до наступної винагороди</numerusform>
            <numerusform>Ще %n до наступної винагороди</numerusform>
            <numerusform>Ще %n до наступної винагороди</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n бал</numerusform>
            <numerusform>%n бали</numerusform>
            <numerusform>%n балів</numerusform>
        </translation>
    </message>
    <message>
        <source>first visit today</source>
        <translation>перший візит сьогодні</translation>
    </message>
    <message>
        <source>Last visit: {0} · {1} · spent {2}</source>
        <translation>Останній візит: {0} · {1} · витрачено {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more this year for {1}</source>
        <translation>Ще {0} цього року до рівня «{1}»</translation>
    </message>
    <message>
        <source>Ctrl+{0}  Redeem {1}</source>
        <translation>Ctrl+{0}  Видати: {1}</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Service</source>
        <translation>Обслуговування</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Швидкість</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Якість</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>Атмосфера</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <source>Rate your visit  →</source>
        <translation>Оцінити візит  →</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Дякуємо, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Дякуємо!</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>винагорода</translation>
    </message>
    <message>
        <source>Your %1 is waiting for you!</source>
        <translation>На вас чекає винагорода: %1!</translation>
    </message>
    <message>
        <source>Just 1 more to your %1</source>
        <translation>Ще лише 1 — і ваша винагорода: %1</translation>
    </message>
    <message>
        <source>%1 more to your %2</source>
        <translation>Ще %1 — і ваша винагорода: %2</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>Наскільки ймовірно, що ви порекомендуєте нас другові?</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>Як минув ваш візит сьогодні?</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>Дуже незадоволений</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Незадоволений</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Задоволений</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Дуже задоволений</translation>
    </message>
    <message>
        <source>0 = not at all likely</source>
        <translation>0 = точно не порекомендую</translation>
    </message>
    <message>
        <source>10 = extremely likely</source>
        <translation>10 = обов’язково порекомендую</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустити</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translation>Що було для вас найважливішим?</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to tell us? (optional)</source>
        <translation>Хочете щось нам сказати? (необов’язково)</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Напишіть тут…</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Ні, дякую</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Дякуємо, що завітали до нас!</translation>
    </message>
</context>
<context>
    <name>CustomerScreenLink</name>
    <message>
        <source>Customer screen settings (Shift+F11)</source>
        <translation>Налаштування екрана клієнта (Shift+F11)</translation>
    </message>
    <message>
        <source>Receipt code read: the customer screen asks for the rating.</source>
        <translation>Код чека зчитано: екран клієнта запитує оцінку.</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <source>See you again soon!</source>
        <translation>Чекаємо на вас знову!</translation>
    </message>
    <message>
        <source>Customer screen</source>
        <translation>Екран клієнта</translation>
    </message>
    <message>
        <source>This visit has already been rated. Thank you!</source>
        <translation>Цей візит уже оцінено. Дякуємо!</translation>
    </message>
    <message>
        <source>Sorry, this receipt code cannot be used.</source>
        <translation>Вибачте, цей код чека не можна використати.</translation>
    </message>
    <message>
        <source>We&apos;re sorry it wasn&apos;t better. We&apos;ll put it right.</source>
        <translation>Нам шкода, що було не краще. Ми це виправимо.</translation>
    </message>
</context>
<context>
    <name>DatabaseScreen</name>
    <message>
        <source>Loyalty Terminal — the database needs attention</source>
        <translation>Термінал лояльності — база даних потребує уваги</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервні копії, спочатку новіші</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Відновити вибрану резервну копію</translation>
    </message>
    <message>
        <source>Start with an empty database (the old file is kept aside)</source>
        <translation>Почати з порожньої бази даних (старий файл буде збережено окремо)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Спробувати знову</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Вийти</translation>
    </message>
    <message>
        <source>The shop&apos;s database is missing.</source>
        <translation>Базу даних магазину не знайдено.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged.</source>
        <translation>База даних магазину пошкоджена.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is cut short.</source>
        <translation>База даних магазину неповна.</translation>
    </message>
    <message>
        <source>The shop&apos;s database cannot be read.</source>
        <translation>Не вдається прочитати базу даних магазину.</translation>
    </message>
    <message>
        <source>The data folder cannot be written.</source>
        <translation>Не вдається записати в теку даних.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заповнений.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Не вдалося оновити базу даних.</translation>
    </message>
    <message>
        <source>The database file is not in {0}, yet this terminal has had one. Nothing new is created until you choose how to bring the data back.</source>
        <translation>Файлу бази даних немає в {0}, хоча на цьому терміналі він був. Нічого нового не буде створено, доки ви не виберете, як повернути дані.</translation>
    </message>
    <message>
        <source>The file in {0} fails its check and cannot be used safely. It will be kept aside, not deleted.</source>
        <translation>Файл у {0} не пройшов перевірку, і ним не можна безпечно користуватися. Його буде збережено окремо, а не видалено.</translation>
    </message>
    <message>
        <source>The file in {0} is shorter than it should be, as after a failed copy or a full disk. It will be kept aside, not deleted.</source>
        <translation>Файл у {0} коротший, ніж має бути, — як після невдалого копіювання або переповнення диска. Його буде збережено окремо, а не видалено.</translation>
    </message>
    <message>
        <source>The system refuses to read the file in {0} (its permissions, or a failing disk).</source>
        <translation>Система не дає прочитати файл у {0} (через права доступу або несправний диск).</translation>
    </message>
    <message>
        <source>Nothing can be saved in {0}: the folder or the disk is read-only. No sale could be recorded. Check the folder&apos;s permissions, then choose Try again.</source>
        <translation>У {0} нічого не можна зберегти: тека або диск доступні лише для читання. Записати продаж неможливо. Перевірте права доступу до теки, потім виберіть «Спробувати знову».</translation>
    </message>
    <message>
        <source>The disk that holds {0} has no space left: no sale could be saved. Free some space, then choose Try again.</source>
        <translation>На диску з {0} не залишилося місця: зберегти продаж неможливо. Звільніть місце, потім виберіть «Спробувати знову».</translation>
    </message>
    <message>
        <source>This version needs to update the file in {0} and could not; the file is unchanged. Fix what is said below, then choose Try again.</source>
        <translation>Цій версії потрібно оновити файл у {0}, але це не вдалося; файл не змінено. Виправте те, що вказано нижче, потім виберіть «Спробувати знову».</translation>
    </message>
    <message>
        <source>Restore a backup below, or rebuild the database from the hub.</source>
        <translation>Відновіть резервну копію нижче або відтворіть базу даних із центрального сервера.</translation>
    </message>
    <message>
        <source>Restore a backup below.</source>
        <translation>Відновіть резервну копію нижче.</translation>
    </message>
    <message>
        <source>There is no backup: rebuild the database from the hub.</source>
        <translation>Резервної копії немає: відтворіть базу даних із центрального сервера.</translation>
    </message>
    <message>
        <source>There is no backup and no hub is set: the data cannot be brought back here. You can start with an empty database; the old file stays aside for a specialist.</source>
        <translation>Резервної копії немає, і центральний сервер не задано: тут дані повернути неможливо. Можна почати з порожньої бази даних; старий файл залишиться окремо для фахівця.</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Подробиці: {0}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0} о {1}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0}, розмір {1}</translation>
    </message>
    <message>
        <source>Rebuild from the hub ({0})</source>
        <translation>Відтворити з центрального сервера ({0})</translation>
    </message>
    <message>
        <source>That backup cannot be used ({0}). Nothing was changed: choose another one.</source>
        <translation>Цю резервну копію не можна використати ({0}). Нічого не змінено: виберіть іншу.</translation>
    </message>
    <message>
        <source>The hub did not give the data back ({0}). Nothing was changed: check the network and try again.</source>
        <translation>Центральний сервер не повернув дані ({0}). Нічого не змінено: перевірте мережу й спробуйте знову.</translation>
    </message>
    <message>
        <source>{0} Nothing was changed.</source>
        <translation>{0} Нічого не змінено.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Спочатку виберіть резервну копію у списку.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Відновлення резервної копії…</translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation>Резервну копію відновлено.</translation>
    </message>
    <message>
        <source>The database was rebuilt from the hub.</source>
        <translation>Базу даних відтворено з центрального сервера.</translation>
    </message>
    <message>
        <source>Rebuilding the database from the hub…</source>
        <translation>Відтворення бази даних із центрального сервера…</translation>
    </message>
    <message>
        <source>A new, empty database was started.</source>
        <translation>Створено нову порожню базу даних.</translation>
    </message>
    <message>
        <source>Starting an empty database…</source>
        <translation>Створення порожньої бази даних…</translation>
    </message>
    <message>
        <source>The database still cannot be used.</source>
        <translation>Базою даних досі неможливо користуватися.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Перевірка бази даних…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Редагувати клієнта</translation>
    </message>
    <message>
        <source>Enrol a customer</source>
        <translation>Зареєструвати клієнта</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>наприклад, {0}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>imya@example.ua</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (необов’язково)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календар…</translation>
    </message>
    <message>
        <source>Agrees to receive offers by phone or e-mail</source>
        <translation>Згода на отримання пропозицій телефоном або ел. поштою</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>Мова магазину</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>The scanned card …{0} will be theirs.</source>
        <translation>Відсканована картка …{0} стане його карткою.</translation>
    </message>
    <message>
        <source>A new card will be issued for printing.</source>
        <translation>Буде випущено нову картку для друку.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зареєструвати</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Потрібно вказати ім’я.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number: type it like {1}.</source>
        <translation>«{0}» — не номер телефону: введіть, наприклад, {1}.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address: it needs a name, @ and a domain, like name@example.com.</source>
        <translation>«{0}» — не адреса ел. пошти: потрібні ім’я, @ і домен, наприклад name@example.com.</translation>
    </message>
    <message>
        <source>“{0}” is not a birthday: type it like {1}, or pick it from the calendar.</source>
        <translation>«{0}» — не дата народження: введіть, наприклад, {1}, або виберіть у календарі.</translation>
    </message>
    <message>
        <source>This may be a customer we already have:</source>
        <translation>Можливо, це вже наявний клієнт:</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>той самий телефон</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>та сама ел. пошта</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>те саме ім’я</translation>
    </message>
    <message>
        <source>Open {0} ({1}) · {2} points · {3}</source>
        <translation>Відкрити: {0} ({1}) · бали: {2} · {3}</translation>
    </message>
    <message>
        <source>Enrol a new customer anyway</source>
        <translation>Усе одно зареєструвати нового клієнта</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>We already have your rating for this visit. Thank you!</source>
        <translation>Ми вже отримали вашу оцінку цього візиту. Дякуємо!</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуговування</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Швидкість</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Якість</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Ціна</translation>
    </message>
    <message>
        <source>Atmosphere</source>
        <translation>Атмосфера</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Чистота</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>Наскільки ймовірно, що ви порекомендуєте нас другові?</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>Як минув ваш візит?</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Not likely</source>
        <translation>Точно не порекомендую</translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation>Обов’язково порекомендую</translation>
    </message>
    <message>
        <source>Anything else? (optional)</source>
        <translation>Щось іще? (необов’язково)</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Дякуємо за візит!</translation>
    </message>
    <message>
        <source>What mattered most?</source>
        <translation>Що було для вас найважливішим?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Rate your visit</source>
        <translation>Оцініть ваш візит</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Забагато запитів</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Будь ласка, спробуйте пізніше.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Термін дії посилання минув</translation>
    </message>
    <message>
        <source>Feedback codes are valid for a few weeks.</source>
        <translation>Коди для відгуків дійсні кілька тижнів.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Посилання недійсне</translation>
    </message>
    <message>
        <source>Please scan the code on your receipt again.</source>
        <translation>Будь ласка, відскануйте код на чеку ще раз.</translation>
    </message>
    <message>
        <source>Already rated</source>
        <translation>Оцінку вже отримано</translation>
    </message>
    <message>
        <source>Please choose a score</source>
        <translation>Будь ласка, виберіть оцінку</translation>
    </message>
    <message>
        <source>Go back and tap a score.</source>
        <translation>Поверніться назад і натисніть на оцінку.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Дякуємо!</translation>
    </message>
    <message>
        <source>Your rating has reached the shop.</source>
        <translation>Вашу оцінку передано магазину.</translation>
    </message>
</context>
<context>
    <name>FeedbackSettingsDialog</name>
    <message>
        <source>Customer screen</source>
        <translation>Екран клієнта</translation>
    </message>
    <message>
        <source>How likely to recommend us, 0–10 (NPS)</source>
        <translation>Імовірність рекомендації, 0–10 (NPS)</translation>
    </message>
    <message>
        <source>How was your visit, five smileys (CSAT)</source>
        <translation>Як минув візит, п’ять смайликів (CSAT)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>“What mattered most?”
(one per line)</source>
        <translation>«Що було найважливішим?»
(по одному в рядку)</translation>
    </message>
    <message>
        <source>Message when idle</source>
        <translation>Повідомлення в режимі очікування</translation>
    </message>
    <message>
        <source>Back to idle after no touch for</source>
        <translation>Повернення в режим очікування, якщо не торкатися</translation>
    </message>
    <message>
        <source>Show the stamp card for (0: skip)</source>
        <translation>Показувати картку зі штампами (0: пропустити)</translation>
    </message>
    <message>
        <source>Give one to twelve different reasons, each under 40 characters.</source>
        <translation>Вкажіть від однієї до дванадцяти різних причин, кожна коротша за 40 символів.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Set-up again (language, shop, camera, printer, hub)…</source>
        <translation>Повторне налаштування (мова, магазин, камера, принтер, сервер)…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Loyalty Terminal</source>
        <translation>Налаштування Терміналу лояльності</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Пропустити цей крок</translation>
    </message>
    <message>
        <source>Printing the recovery code…</source>
        <translation>Друк коду відновлення…</translation>
    </message>
    <message>
        <source>Saved as {0}. Print it, then delete the file.</source>
        <translation>Збережено як {0}. Надрукуйте його, потім видаліть файл.</translation>
    </message>
    <message>
        <source>The recovery code was sent to {0}.</source>
        <translation>Код відновлення надіслано на {0}.</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Зберегти код відновлення</translation>
    </message>
    <message>
        <source>The set-up could not be saved: {0}</source>
        <translation>Не вдалося зберегти налаштування: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Cashier&apos;s guide</source>
        <translation>Пам’ятка касира</translation>
    </message>
    <message>
        <source>1. Scan the customer&apos;s card (camera or USB scanner), or type a phone number or name and Enter. The scanner works whatever has the focus.</source>
        <translation>1. Відскануйте картку клієнта (камерою або USB-сканером) чи введіть телефон або ім’я й натисніть Enter. Сканер працює, де б не був фокус.</translation>
    </message>
    <message>
        <source>2. Type the amount and press Enter: the sale, its stamps and points are saved at once.</source>
        <translation>2. Введіть суму й натисніть Enter: продаж, його штампи й бали зберігаються одразу.</translation>
    </message>
    <message>
        <source>3. A reward is ready? Tap it, or press Ctrl and its number.</source>
        <translation>3. Винагорода готова? Натисніть на неї або Ctrl і її номер.</translation>
    </message>
    <message>
        <source>4. Esc: the next customer. A mistake in this visit? Ctrl+Z takes back the last action.</source>
        <translation>4. Esc: наступний клієнт. Помилка в цьому візиті? Ctrl+Z скасовує останню дію.</translation>
    </message>
    <message>
        <source>No card? Record the sale anyway, or enrol the customer (F2). A refund needs the receipt number (F9), or the customer&apos;s history (F6).</source>
        <translation>Немає картки? Усе одно проведіть продаж або зареєструйте клієнта (F2). Для повернення потрібен номер чека (F9) або історія клієнта (F6).</translation>
    </message>
    <message>
        <source>Scan, anywhere</source>
        <translation>Сканування, будь-де</translation>
    </message>
    <message>
        <source>Open the customer, or the receipt&apos;s rating</source>
        <translation>Відкрити клієнта або оцінку за чеком</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Record the sale (in the amount) / search (in the code field)</source>
        <translation>Провести продаж (у полі суми) / пошук (у полі коду)</translation>
    </message>
    <message>
        <source>Ctrl+1…9</source>
        <translation>Ctrl+1…9</translation>
    </message>
    <message>
        <source>Redeem the reward on that button</source>
        <translation>Видати винагороду з цієї кнопки</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавіша</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Що робить</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Історія: {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампи</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>(refunded)</source>
        <translation>(повернено)</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(скасовано)</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Поки нічого.</translation>
    </message>
    <message>
        <source>Refund this sale…</source>
        <translation>Повернути цей продаж…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>“{0}” is this computer itself: customers&apos; phones cannot open it, so their receipts&apos; codes would lead nowhere.</source>
        <translation>«{0}» — це сам цей комп’ютер: телефони клієнтів не зможуть його відкрити, тож коди на чеках нікуди не вестимуть.</translation>
    </message>
    <message>
        <source>On the shop&apos;s network this computer is {0}.</source>
        <translation>У мережі магазину цей комп’ютер має адресу {0}.</translation>
    </message>
    <message>
        <source>Use the hub&apos;s address on the shop&apos;s network (it looks like http://192.168.1.20:8765).</source>
        <translation>Вкажіть адресу центрального сервера в мережі магазину (вона має вигляд http://192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address starting with http://, for example http://192.168.1.20:8765.</source>
        <translation>Введіть адресу центрального сервера, що починається з http://, наприклад http://192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, or choose “No hub yet”.</source>
        <translation>Введіть адресу центрального сервера або виберіть «Поки без сервера».</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Перевірка {0}…</translation>
    </message>
    <message>
        <source>The hub answers at {0}.</source>
        <translation>Центральний сервер відповідає за адресою {0}.</translation>
    </message>
    <message>
        <source>{0} answered, but not as a hub (HTTP {1}).</source>
        <translation>{0} відповідає, але не як центральний сервер (HTTP {1}).</translation>
    </message>
    <message>
        <source>No answer from {0}. Start the hub on the computer that stays on (python main.py hub --host 0.0.0.0), then check again.</source>
        <translation>{0} не відповідає. Запустіть центральний сервер на комп’ютері, який завжди ввімкнений (python main.py hub --host 0.0.0.0), потім перевірте знову.</translation>
    </message>
    <message>
        <source>Hub and feedback codes</source>
        <translation>Центральний сервер і коди для відгуків</translation>
    </message>
    <message>
        <source>Each receipt has a code for the customer&apos;s rating. With a hub that phones on the shop&apos;s Wi-Fi can reach, the code opens its rating page.</source>
        <translation>На кожному чеку є код, за яким клієнт може поставити оцінку. Якщо центральний сервер доступний для телефонів у Wi-Fi магазину, код відкриває сторінку оцінки.</translation>
    </message>
    <message>
        <source>No hub yet: receipts carry a code to hold to the counter camera</source>
        <translation>Поки без сервера: на чеках буде код, який підносять до камери на касі</translation>
    </message>
    <message>
        <source>Use the hub at:</source>
        <translation>Центральний сервер за адресою:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Перевірити</translation>
    </message>
    <message>
        <source>The hub also syncs several counters (sync settings: Shift+F5). Change this later under Loyalty rules and shop (F10).</source>
        <translation>Центральний сервер також синхронізує кілька кас (налаштування синхронізації: Shift+F5). Змінити це можна пізніше в розділі «Правила лояльності й магазин» (F10).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Імпорт клієнтів</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>Імпорт продажів</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Стовпці</translation>
    </message>
    <message>
        <source>Import nothing if any row is bad</source>
        <translation>Нічого не імпортувати, якщо є хоч один некоректний рядок</translation>
    </message>
    <message>
        <source>Imported sales earn points under today&apos;s rules</source>
        <translation>Нараховувати бали за імпортовані продажі за поточними правилами</translation>
    </message>
    <message>
        <source>Otherwise the good rows are imported and the bad ones set aside, with their reasons, in %1.</source>
        <translation>Інакше коректні рядки буде імпортовано, а некоректні — відкладено разом із причинами в %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпортувати</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Лише перевірити</translation>
    </message>
    <message>
        <source>Read and check every row; import nothing</source>
        <translation>Прочитати й перевірити кожен рядок, нічого не імпортуючи</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>Формат файлу</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 з BOM</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноєвропейська)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кирилиця)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (західноєвропейська)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Кома</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Крапка з комою</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Point (4.50)</source>
        <translation>Крапка (4.50)</translation>
    </message>
    <message>
        <source>Comma (4,50)</source>
        <translation>Кома (4,50)</translation>
    </message>
    <message>
        <source>Day first (01.04.2025)</source>
        <translation>Спочатку день (01.04.2025)</translation>
    </message>
    <message>
        <source>Month first (4/1/2025)</source>
        <translation>Спочатку місяць (4/1/2025)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодування</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Роздільник</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Десятковий знак</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Дати</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Автоматично</translation>
    </message>
    <message>
        <source>Customer (the old system&apos;s key)</source>
        <translation>Клієнт (ключ зі старої системи)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День народження</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(немає у файлі)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>стовпець %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>кома</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>крапка з комою</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>спочатку день</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>спочатку місяць</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>десяткова крапка</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>десяткова кома</translation>
    </message>
    <message>
        <source>Read as: %1, %2-separated, %3, dates %4</source>
        <translation>Прочитано як: %1, роздільник — %2, %3, дати: %4</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Автоматично: %1</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 до попереднього періоду</translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation>немає даних за попередній період</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>немає оцінок</translation>
    </message>
    <message numerus="yes">
        <source>95%: %1 to %2, %n ratings</source>
        <translation>
            <numerusform>95%: від %1 до %2, %n оцінка</numerusform>
            <numerusform>95%: від %1 до %2, %n оцінки</numerusform>
            <numerusform>95%: від %1 до %2, %n оцінок</numerusform>
        </translation>
    </message>
    <message>
        <source>change within the noise</source>
        <translation>зміна в межах похибки</translation>
    </message>
    <message>
        <source>nobody was active in the previous period</source>
        <translation>у попередньому періоді активних клієнтів не було</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Welcome! A few steps set up the counter; skip any of them, and change everything later in the settings. First, the language of the screens: it changes at once.</source>
        <translation>Ласкаво просимо! Кілька кроків — і каса налаштована; будь-який крок можна пропустити, а все змінити пізніше в налаштуваннях. Спершу мова екранів: вона змінюється одразу.</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>At risk</source>
        <translation>Під загрозою відтоку</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Неактивні</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>Запізнюються за своїм ритмом</translation>
    </message>
    <message>
        <source>Overdrawn</source>
        <translation>Від’ємний баланс</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нові</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Днів без візитів</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Звична перерва (днів)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Served by</source>
        <translation>Обслуговував(ла)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>Contacted…</source>
        <translation>Зв’язалися…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>Вирішено…</translation>
    </message>
    <message>
        <source>Recovery offer…</source>
        <translation>Пропозиція-вибачення…</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Низькі оцінки</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(немає згоди)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>відкрито</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>зв’язалися</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>вирішено</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(без картки)</translation>
    </message>
    <message>
        <source>Answered within 48 h: {0} of {1} · came back after: {2}</source>
        <translation>Відповідь протягом 48 год: {0} з {1} · повернулися після: {2}</translation>
    </message>
</context>
<context>
    <name>LowScoreAlert</name>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>%1 rated this visit %2/%3</source>
        <translation>%1 оцінив(ла) візит на %2/%3</translation>
    </message>
    <message>
        <source>: unhappy about %1</source>
        <translation>: незадоволений(а): %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} — Loyalty Terminal</source>
        <translation>{0} — Термінал лояльності</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ще</translation>
    </message>
    <message>
        <source>Enrol (F2)</source>
        <translation>Реєстрація
(F2)</translation>
    </message>
    <message>
        <source>Find (F3)</source>
        <translation>Знайти
(F3)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>Редагувати
(F4)</translation>
    </message>
    <message>
        <source>History (F6)</source>
        <translation>Історія
(F6)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Скасувати
(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Next (Esc)</source>
        <translation>Наступний
(Esc)</translation>
    </message>
    <message>
        <source>Refund (F9)</source>
        <translation>Повернення
(F9)</translation>
    </message>
    <message>
        <source>Owner (F8)</source>
        <translation>Власник
(F8)</translation>
    </message>
    <message>
        <source>Adjust points… (owner, Shift+F9)</source>
        <translation>Скоригувати бали… (власник, Shift+F9)</translation>
    </message>
    <message>
        <source>Lost card (F7)</source>
        <translation>Втрачена картка (F7)</translation>
    </message>
    <message>
        <source>Card for the phone… (Ctrl+Shift+P)</source>
        <translation>Картка для телефона… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Merge with another record… (owner, Shift+F4)</source>
        <translation>Об’єднати з іншим записом… (власник, Shift+F4)</translation>
    </message>
    <message>
        <source>Loyalty rules and shop (F10)</source>
        <translation>Правила лояльності й магазин (F10)</translation>
    </message>
    <message>
        <source>Cashier&apos;s guide (F1)</source>
        <translation>Пам’ятка касира (F1)</translation>
    </message>
    <message>
        <source>Customer screen (F11)</source>
        <translation>Екран клієнта (F11)</translation>
    </message>
    <message>
        <source>More… (F12)</source>
        <translation>Ще…
(F12)</translation>
    </message>
    <message>
        <source>Ready. Scan a card or type a code.</source>
        <translation>Готово. Відскануйте картку або введіть код.</translation>
    </message>
    <message>
        <source>Change owner PIN…</source>
        <translation>Змінити PIN власника…</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Друк чека (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves it for their phone.</source>
        <translation>Ctrl+Shift+P зберігає її для телефона клієнта.</translation>
    </message>
    <message>
        <source>No printer for the new card …{0}: it is saved as {1} to print later.</source>
        <translation>Немає принтера для нової картки …{0}: її збережено як {1}, надрукуйте пізніше.</translation>
    </message>
    <message>
        <source>New card …{0} sent to {1}.</source>
        <translation>Нову картку …{0} надіслано на {1}.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Спочатку відкрийте клієнта (знайдіть за ім’ям або телефоном).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Lost card</source>
        <translation>Втрачена картка</translation>
    </message>
    <message>
        <source>Block {0}&apos;s card {1} and issue a new one?
The old card stops working at once; the stamps and points stay with {0}.</source>
        <translation>Заблокувати картку {1} клієнта {0} і випустити нову?
Стара картка одразу перестане працювати; штампи й бали залишаться у клієнта {0}.</translation>
    </message>
    <message>
        <source>Block and issue a new card</source>
        <translation>Заблокувати й випустити нову</translation>
    </message>
    <message>
        <source>Old card blocked. New card for {0}: {1}</source>
        <translation>Стару картку заблоковано. Нова картка для {0}: {1}</translation>
    </message>
    <message>
        <source>Open the customer to keep first, then merge the other record into them.</source>
        <translation>Спочатку відкрийте клієнта, якого залишаєте, потім об’єднайте з ним інший запис.</translation>
    </message>
    <message>
        <source>Merging customers needs the owner&apos;s PIN.</source>
        <translation>Для об’єднання клієнтів потрібен PIN власника.</translation>
    </message>
    <message>
        <source>Merge into {0}: which other record?</source>
        <translation>Об’єднати з {0}: який запис?</translation>
    </message>
    <message>
        <source>Merge {0} ({1}, {2} stamps, {3} points, {4} visits) into {5} ({6}, {7} stamps, {8} points, {9} visits)?
Afterwards there is one customer, {5}, with all the stamps, points, cards and visits of both. The counter cannot undo this.</source>
        <translation>Об’єднати {0} ({1}, штампи: {2}, бали: {3}, візити: {4}) з {5} ({6}, штампи: {7}, бали: {8}, візити: {9})?
Після цього залишиться один клієнт, {5}, з усіма штампами, балами, картками й візитами обох. Каса не може це скасувати.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Об’єднання клієнтів</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <source>{0} is now part of {1}: {2} stamps, {3} points.</source>
        <translation>{0} тепер частина запису {1}: штампи: {2}, бали: {3}.</translation>
    </message>
    <message>
        <source>The owner&apos;s screen closed after a few idle minutes.</source>
        <translation>Екран власника закрився після кількох хвилин бездіяльності.</translation>
    </message>
    <message>
        <source>Points to add (negative to take away) for {0}:</source>
        <translation>Скільки балів нарахувати (від’ємне — списати) для {0}:</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Коригування балів</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Причина (зберігається в історії):</translation>
    </message>
    <message>
        <source>No change: an adjustment needs a reason.</source>
        <translation>Без змін: для коригування потрібна причина.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копіювати подробиці</translation>
    </message>
    <message>
        <source>Settings need the owner&apos;s PIN.</source>
        <translation>Для налаштувань потрібен PIN власника.</translation>
    </message>
    <message>
        <source>Owner PIN changed.</source>
        <translation>PIN власника змінено.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Налаштування збережено.</translation>
    </message>
    <message>
        <source>Enrol a customer or issue a card first: a card&apos;s code can be saved only right after that.</source>
        <translation>Спочатку зареєструйте клієнта або випустіть картку: код картки можна зберегти лише одразу після цього.</translation>
    </message>
    <message>
        <source>Saving files is not available on this terminal.</source>
        <translation>На цьому терміналі не можна зберігати файли.</translation>
    </message>
    <message>
        <source>Save the card for a phone</source>
        <translation>Зберегти картку для телефона</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>Зображення (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card …{0} saved for the phone as {1}.</source>
        <translation>Картку …{0} збережено для телефона як {1}.</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Щось пішло не так</translation>
    </message>
    <message>
        <source>The terminal hit an unexpected problem. Nothing already confirmed is lost.
Details are in {0}.</source>
        <translation>Термінал натрапив на непередбачену помилку. Нічого з уже підтвердженого не втрачено.
Подробиці: {0}.</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Синхронізувати зараз (F5)</translation>
    </message>
    <message>
        <source>Sync settings (Shift+F5)</source>
        <translation>Налаштування синхронізації (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Забули PIN?</translation>
    </message>
    <message>
        <source>Change owner PIN</source>
        <translation>Зміна PIN власника</translation>
    </message>
    <message>
        <source>Type the recovery code printed at set-up, and a new PIN.</source>
        <translation>Введіть код відновлення, надрукований під час налаштування, і новий PIN.</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one ({0} to {1} digits).</source>
        <translation>Введіть поточний PIN, потім новий (від {0} до {1} цифр).</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код відновлення</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Поточний PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новий PIN</translation>
    </message>
    <message>
        <source>Repeat new PIN</source>
        <translation>Повторіть новий PIN</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>PIN має містити від {0} до {1} цифр.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Нові PIN-коди не збігаються.</translation>
    </message>
    <message>
        <source>New PIN set. Your next recovery code (the old one no longer works): {0}
Write it down or print it from the set-up, and keep it away from the counter.</source>
        <translation>Новий PIN задано. Ваш новий код відновлення (старий більше не діє): {0}
Запишіть його або надрукуйте в налаштуваннях і зберігайте подалі від каси.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних спроб. Повторіть через %n секунду.</numerusform>
            <numerusform>Забагато неправильних спроб. Повторіть через %n секунди.</numerusform>
            <numerusform>Забагато неправильних спроб. Повторіть через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Неправильний код відновлення.</translation>
    </message>
    <message>
        <source>Wrong current PIN.</source>
        <translation>Неправильний поточний PIN.</translation>
    </message>
    <message numerus="yes">
        <source>%n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>До блокування лишилася %n спроба.</numerusform>
            <numerusform>До блокування лишилося %n спроби.</numerusform>
            <numerusform>До блокування лишилося %n спроб.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal has no recovery code. Ask for help to reset the PIN.</source>
        <translation>На цьому терміналі немає коду відновлення. Зверніться по допомогу, щоб скинути PIN.</translation>
    </message>
    <message>
        <source>No PIN is set yet: open the owner&apos;s screen (F8) to choose one.</source>
        <translation>PIN ще не задано: відкрийте екран власника (F8), щоб його вибрати.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>пробіл</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <source>Owner dashboard</source>
        <translation>Панель керування власника</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампанії</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Останні 90 днів</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Останні 12 місяців</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Власний період…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт у CSV</translation>
    </message>
    <message>
        <source>The period&apos;s numbers…</source>
        <translation>Показники періоду…</translation>
    </message>
    <message>
        <source>The list shown (win-back, VIP…)…</source>
        <translation>Показаний список (повернення клієнтів, VIP…)…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Звіт у PDF…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Імпорт…</translation>
    </message>
    <message>
        <source>Customers from CSV…</source>
        <translation>Клієнти з CSV…</translation>
    </message>
    <message>
        <source>Sales from CSV…</source>
        <translation>Продажі з CSV…</translation>
    </message>
    <message>
        <source>%1 rows were set aside, with their reasons, in %2.</source>
        <translation>Відкладені рядки (%1) разом із причинами збережено в %2.</translation>
    </message>
    <message>
        <source>Nothing imported: %1 problems.</source>
        <translation>Нічого не імпортовано, проблем: %1.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Назад до каси</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>%1 · compared with %2 – %3</source>
        <translation>%1 · порівняно з %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>The ledger was tampered with: %n record(s) were changed, removed or slipped in after they were written (the first from terminal %1). Compare with a backup; &apos;python main.py verify&apos; lists them all.</source>
        <translation>
            <numerusform>Журнал було змінено: %n запис змінено, видалено або вставлено заднім числом (перший — з терміналу %1). Звірте з резервною копією; &apos;python main.py verify&apos; покаже всі.</numerusform>
            <numerusform>Журнал було змінено: %n записи змінено, видалено або вставлено заднім числом (перший — з терміналу %1). Звірте з резервною копією; &apos;python main.py verify&apos; покаже всі.</numerusform>
            <numerusform>Журнал було змінено: %n записів змінено, видалено або вставлено заднім числом (перший — з терміналу %1). Звірте з резервною копією; &apos;python main.py verify&apos; покаже всі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub found %n record(s) from this terminal that break the ledger&apos;s chain: they were changed before they were sent.</source>
        <translation>
            <numerusform>Центральний сервер знайшов %n запис із цього терміналу, що порушує ланцюжок журналу: його змінили до надсилання.</numerusform>
            <numerusform>Центральний сервер знайшов %n записи з цього терміналу, що порушують ланцюжок журналу: їх змінили до надсилання.</numerusform>
            <numerusform>Центральний сервер знайшов %n записів із цього терміналу, що порушують ланцюжок журналу: їх змінили до надсилання.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Зберегти як</translation>
    </message>
    <message>
        <source>Choose one of the customer lists first.</source>
        <translation>Спочатку виберіть один зі списків клієнтів.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файли CSV і текстові файли (*.csv *.txt *.tsv);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 can be imported, %3 are already there, %4 have problems. Nothing was imported.</source>
        <translation>Перевірено рядків: %1. Можна імпортувати: %2, уже є: %3, з проблемами: %4. Нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 were already there.</source>
        <translation>Імпортовано рядків: %1; вже були: %2.</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Зв’язалися</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Note (what was said or done):</source>
        <translation>Нотатка (що сказали або зробили):</translation>
    </message>
    <message>
        <source>Recovery offer</source>
        <translation>Пропозиція-вибачення</translation>
    </message>
    <message>
        <source>Bonus points waiting at {0}&apos;s next visit:</source>
        <translation>Бонусні бали до наступного візиту клієнта {0}:</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>клієнт</translation>
    </message>
    <message>
        <source>Put it right: {0}</source>
        <translation>Виправляємо: {0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>Введіть PIN власника.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Повторіть PIN</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Забули PIN?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Перевірка…</translation>
    </message>
    <message>
        <source>Choose the owner&apos;s PIN (6 to 12 digits). It guards the dashboard, settings and manual adjustments.</source>
        <translation>Виберіть PIN власника (від 6 до 12 цифр). Він захищає панель керування, налаштування й ручні коригування.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коди не збігаються.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних PIN. Повторіть через %n секунду.</numerusform>
            <numerusform>Забагато неправильних PIN. Повторіть через %n секунди.</numerusform>
            <numerusform>Забагато неправильних PIN. Повторіть через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Неправильний PIN. До блокування лишилася %n спроба.</numerusform>
            <numerusform>Неправильний PIN. До блокування лишилося %n спроби.</numerusform>
            <numerusform>Неправильний PIN. До блокування лишилося %n спроб.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>PIN має містити від 6 до 12 цифр.</translation>
    </message>
    <message>
        <source>A PIN is already set.</source>
        <translation>PIN уже задано.</translation>
    </message>
    <message>
        <source>No PIN is set yet.</source>
        <translation>PIN ще не задано.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Owner PIN</source>
        <translation>PIN власника</translation>
    </message>
    <message>
        <source>The PIN guards the owner&apos;s dashboard, the settings and manual adjustments.</source>
        <translation>PIN захищає панель керування власника, налаштування й ручні коригування.</translation>
    </message>
    <message>
        <source>A PIN is already set. Change it later with the old one (More → Change owner PIN).</source>
        <translation>PIN уже задано. Змінити його можна пізніше, знаючи старий (Ще → Змінити PIN власника).</translation>
    </message>
    <message>
        <source>Choose {0} to {1} digits. Skip, and the first person to open the owner&apos;s screen (F8) chooses it.</source>
        <translation>Виберіть від {0} до {1} цифр. Якщо пропустите цей крок, PIN вибере той, хто першим відкриє екран власника (F8).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Повторіть PIN</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>PIN має містити від {0} до {1} цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коди не збігаються.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print receipt</source>
        <translation>Друк чека</translation>
    </message>
    <message>
        <source>Print (or reprint) the last receipt</source>
        <translation>Надрукувати (або передрукувати) останній чек</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Зберегти чек у PDF…</translation>
    </message>
    <message>
        <source>Print receipts automatically</source>
        <translation>Друкувати чеки автоматично</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>Налаштування принтера…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Зберегти чек у PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printing the test page…</source>
        <translation>Друк тестової сторінки…</translation>
    </message>
    <message>
        <source>Test page sent to {0}. Both ends of the line should be on the paper.</source>
        <translation>Тестову сторінку надіслано на {0}. Обидва кінці лінії мають бути на папері.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>Тестову сторінку не надруковано: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>типовий принтер системи</translation>
    </message>
    <message>
        <source>Receipts go to {0}, on a {1} mm roll.</source>
        <translation>Чеки надсилаються на {0}, рулон {1} мм.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Принтер чеків</translation>
    </message>
    <message>
        <source>Print a test page to see the printer and the roll width are right.</source>
        <translation>Надрукуйте тестову сторінку, щоб перевірити принтер і ширину рулону.</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Надрукувати тестову сторінку</translation>
    </message>
    <message>
        <source>Printer and paper…</source>
        <translation>Принтер і папір…</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printer settings</source>
        <translation>Налаштування принтера</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Типовий принтер системи</translation>
    </message>
    <message>
        <source>{0} mm roll</source>
        <translation>Рулон {0} мм</translation>
    </message>
    <message>
        <source>Print the receipt automatically after each sale</source>
        <translation>Автоматично друкувати чек після кожного продажу</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer found. The sale is saved; use “Save receipt as PDF”.</source>
        <translation>Принтер не знайдено. Продаж збережено; скористайтеся «Зберегти чек у PDF».</translation>
    </message>
    <message>
        <source>Printer “{detail}” not available. The sale is saved; check it or choose another.</source>
        <translation>Принтер «{detail}» недоступний. Продаж збережено; перевірте його або виберіть інший.</translation>
    </message>
    <message>
        <source>The printer refused the receipt (offline? paper?). The sale is saved; reprint when ready.</source>
        <translation>Принтер не прийняв чек (вимкнений? папір?). Продаж збережено; передрукуйте, коли він буде готовий.</translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation>Поки немає чека для передруку.</translation>
    </message>
    <message>
        <source>Receipt {detail} was not found.</source>
        <translation>Чек {detail} не знайдено.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {detail}</source>
        <translation>Не вдалося зберегти PDF: {detail}</translation>
    </message>
    <message>
        <source>Printing failed (an internal error, see the log). The sale is saved.</source>
        <translation>Друк не вдався (внутрішня помилка, див. журнал). Продаж збережено.</translation>
    </message>
    <message>
        <source>Receipt {number} sent to {where}.</source>
        <translation>Чек {number} надіслано на {where}.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import problems: %1</source>
        <translation>Проблеми імпорту: %1</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Зберегти список…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Зберегти список проблем</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;Текст (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не вдалося зберегти: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Гаразд</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Так</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ні</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не зберігати</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message numerus="yes">
        <source>%n more stamps to %1</source>
        <translation>
            <numerusform>Ще %n штамп до винагороди «%1»</numerusform>
            <numerusform>Ще %n штампи до винагороди «%1»</numerusform>
            <numerusform>Ще %n штампів до винагороди «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>Ще %n бал до винагороди «%1»</numerusform>
            <numerusform>Ще %n бали до винагороди «%1»</numerusform>
            <numerusform>Ще %n балів до винагороди «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Дякуємо за візит!</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Термінал %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>РАЗОМ</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Нараховано балів</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Подарунок до дня народження</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Баланс балів</translation>
    </message>
    <message>
        <source>Stamps (+%1)</source>
        <translation>Штампи (+%1)</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампи</translation>
    </message>
    <message>
        <source>Card full: %1 is yours!</source>
        <translation>Картка заповнена: %1 — ваш подарунок!</translation>
    </message>
    <message>
        <source>How was your visit? Hold this receipt to the counter camera to rate us.</source>
        <translation>Як минув візит? Піднесіть цей чек до камери на касі й оцініть нас.</translation>
    </message>
    <message>
        <source>How was your visit? Scan to rate us.</source>
        <translation>Як минув візит? Відскануйте й оцініть нас.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Код відновлення</translation>
    </message>
    <message>
        <source>For a forgotten PIN: print it and keep it away from the counter.</source>
        <translation>На випадок, якщо забудете PIN: надрукуйте його й зберігайте подалі від каси.</translation>
    </message>
    <message>
        <source>This code sets a new PIN when the old one is forgotten (F8, then “Forgot the PIN?”). It is shown only now.</source>
        <translation>Цей код дає змогу задати новий PIN, якщо старий забуто (F8, потім «Забули PIN?»). Його показано лише зараз.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Надрукувати</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Зберегти як PDF…</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund a sale</source>
        <translation>Повернення продажу</translation>
    </message>
    <message>
        <source>Receipt number, e.g. S1-T1-000123</source>
        <translation>Номер чека, наприклад S1-T1-000123</translation>
    </message>
    <message>
        <source>Show the sale</source>
        <translation>Показати продаж</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Which sale? Type or scan the receipt number.</source>
        <translation>Який продаж? Введіть або відскануйте номер чека.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(видалений клієнт)</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>без картки</translation>
    </message>
    <message>
        <source>Receipt {0}
Sold {1}
Amount {2}
Customer: {3}
The refund takes back: stamps {4}, points {5}</source>
        <translation>Чек {0}
Продано: {1}
Сума: {2}
Клієнт: {3}
Повернення спише: штампи {4}, бали {5}</translation>
    </message>
    <message>
        <source>This sale was already refunded.</source>
        <translation>За цим продажем уже було повернення.</translation>
    </message>
    <message>
        <source>Refund (owner)</source>
        <translation>Повернення (власник)</translation>
    </message>
    <message>
        <source>the refund takes back stamps already spent on a reward ({0}): the stamp balance becomes {1}</source>
        <translation>повернення списує штампи, вже витрачені на винагороду ({0}): баланс штампів стане {1}</translation>
    </message>
    <message>
        <source>the refund takes back {0} points already spent: the points balance becomes {1}</source>
        <translation>повернення списує вже витрачені бали ({0}): баланс балів стане {1}</translation>
    </message>
    <message>
        <source>Below zero: {0}. It needs the owner&apos;s PIN.</source>
        <translation>Нижче нуля: {0}. Потрібен PIN власника.</translation>
    </message>
</context>
<context>
    <name>RelativeDay</name>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>учора</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1: loyalty report</source>
        <translation>%1: звіт програми лояльності</translation>
    </message>
    <message>
        <source>%1 (time zone %2); previous period %3</source>
        <translation>%1 (часовий пояс %2); попередній період %3</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Цей період</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Попередній</translation>
    </message>
    <message>
        <source>The change in %1 from the previous period is within the noise (95% confidence).</source>
        <translation>Зміна %1 порівняно з попереднім періодом у межах похибки (довіра 95%).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нові</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>постійні</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>під загрозою</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>неактивні</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Візити за тижнями</translation>
    </message>
    <message>
        <source>Revenue per week (%1)</source>
        <translation>Виторг за тижнями (%1)</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS за тижнями</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>Розподіл оцінок (0–10)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Розміри сегментів</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Під загрозою відтоку</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Неактивні</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>Запізнюються за своїм ритмом</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Останній візит</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Днів без візитів</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Витрачено</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(немає згоди)</translation>
    </message>
    <message>
        <source>Latest low ratings</source>
        <translation>Останні низькі оцінки</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>Campaigns: offered group against the control group</source>
        <translation>Кампанії: група з пропозицією проти контрольної групи</translation>
    </message>
    <message>
        <source>Came back: a sale in the campaign&apos;s window. The lift&apos;s 95 % interval holding zero means the difference is within the noise.</source>
        <translation>Повернувся: продаж у період кампанії. Якщо 95-відсотковий інтервал приросту містить нуль, різниця в межах похибки.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампанія</translation>
    </message>
    <message>
        <source>Offered: back</source>
        <translation>З пропозицією: повернулися</translation>
    </message>
    <message>
        <source>Control: back</source>
        <translation>Контроль: повернулися</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>Приріст (95 %)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Підсумок</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>похибка</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Показник</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Loyalty rules</source>
        <translation>Правила лояльності</translation>
    </message>
    <message>
        <source>Start from a template; every number and reward can be changed later (F10).</source>
        <translation>Почніть із шаблону; кожне число й винагороду можна змінити пізніше (F10).</translation>
    </message>
    <message>
        <source>Café stamp card</source>
        <translation>Картка зі штампами для кав’ярні</translation>
    </message>
    <message>
        <source>Salon points</source>
        <translation>Бали для салону</translation>
    </message>
    <message>
        <source>Retail tiers</source>
        <translation>Рівні для магазину</translation>
    </message>
    <message>
        <source>Stamps and points (standard)</source>
        <translation>Штампи й бали (стандарт)</translation>
    </message>
    <message>
        <source>Keep the current rules</source>
        <translation>Залишити поточні правила</translation>
    </message>
    <message numerus="yes">
        <source>A stamp per visit; a full card of %n stamp(s): {0}.</source>
        <translation>
            <numerusform>Один штамп за візит; повна картка — %n штамп: {0}.</numerusform>
            <numerusform>Один штамп за візит; повна картка — %n штампи: {0}.</numerusform>
            <numerusform>Один штамп за візит; повна картка — %n штампів: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per unit spent; rewards: {0}.</source>
        <translation>
            <numerusform>%n бал за кожну витрачену одиницю валюти; винагороди: {0}.</numerusform>
            <numerusform>%n бали за кожну витрачену одиницю валюти; винагороди: {0}.</numerusform>
            <numerusform>%n балів за кожну витрачену одиницю валюти; винагороди: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiers: {0}.</source>
        <translation>Рівні: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on a birthday.</source>
        <translation>
            <numerusform>%n бал у подарунок до дня народження.</numerusform>
            <numerusform>%n бали в подарунок до дня народження.</numerusform>
            <numerusform>%n балів у подарунок до дня народження.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <source>Sale amount</source>
        <translation>Сума продажу</translation>
    </message>
    <message>
        <source>Record sale  ⏎</source>
        <translation>Провести продаж  ⏎</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find a customer</source>
        <translation>Знайти клієнта</translation>
    </message>
    <message>
        <source>Name, phone number or card code</source>
        <translation>Ім’я, телефон або код картки</translation>
    </message>
    <message>
        <source>{0}   {1}   · {2} points · {3} stamps</source>
        <translation>{0}   {1}   · бали: {2} · штампи: {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Знайдено %n клієнта</numerusform>
            <numerusform>Знайдено %n клієнти</numerusform>
            <numerusform>Знайдено %n клієнтів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty rules and shop details</source>
        <translation>Правила лояльності й дані магазину</translation>
    </message>
    <message>
        <source>Stamps and points</source>
        <translation>Штампи й бали</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Винагороди</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Рівні</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Stamps for a full card</source>
        <translation>Штампів на повну картку</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Нараховується балів</translation>
    </message>
    <message>
        <source>One stamp per card within (minutes)</source>
        <translation>Один штамп на картку протягом (хвилин)</translation>
    </message>
    <message>
        <source>Welcome bonus (points)</source>
        <translation>Вітальний бонус (бали)</translation>
    </message>
    <message>
        <source>Birthday bonus (points)</source>
        <translation>Подарунок до дня народження (бали)</translation>
    </message>
    <message>
        <source>Birthday window (± days)</source>
        <translation>Вікно дня народження (± днів)</translation>
    </message>
    <message>
        <source>Points expire after months without a visit (0: never)</source>
        <translation>Бали згорають через стільки місяців без візитів (0: ніколи)</translation>
    </message>
    <message>
        <source>One stamp per visit</source>
        <translation>Один штамп за візит</translation>
    </message>
    <message>
        <source>One stamp per amount spent</source>
        <translation>Один штамп за кожну витрачену суму</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампи</translation>
    </message>
    <message>
        <source>for each amount spent</source>
        <translation>за кожну витрачену суму</translation>
    </message>
    <message>
        <source>Amount per stamp</source>
        <translation>Сума за штамп</translation>
    </message>
    <message>
        <source>Smallest sale that earns a stamp</source>
        <translation>Мінімальний продаж для штампа</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points after the tier multiplier.</source>
        <translation>Бали округлюються вниз до цілих після множника рівня.</translation>
    </message>
    <message>
        <source>Type the amount that earns the points, e.g. 1 or 100.</source>
        <translation>Введіть суму, за яку нараховуються бали, наприклад 1 або 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n points per %1, rounded down</source>
        <translation>
            <numerusform>%n бал за %1, з округленням униз</numerusform>
            <numerusform>%n бали за %1, з округленням униз</numerusform>
            <numerusform>%n балів за %1, з округленням униз</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Видалити вибраний рядок</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Бали</translation>
    </message>
    <message>
        <source>12-month spend</source>
        <translation>Витрати за 12 місяців</translation>
    </message>
    <message>
        <source>or visits</source>
        <translation>або візитів</translation>
    </message>
    <message>
        <source>Points %</source>
        <translation>Бали, %</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Назва магазину</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Country (phone numbers, dates)</source>
        <translation>Країна (телефони, дати)</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Нижній рядок чека</translation>
    </message>
    <message>
        <source>Feedback page address</source>
        <translation>Адреса сторінки відгуків</translation>
    </message>
    <message>
        <source>The saved time zone “{0}” is not one: choose the shop&apos;s from the list.</source>
        <translation>Збережений часовий пояс «{0}» не існує: виберіть пояс магазину зі списку.</translation>
    </message>
    <message>
        <source>Language (screens, receipts, feedback page)</source>
        <translation>Мова (екрани, чеки, сторінка відгуків)</translation>
    </message>
    <message>
        <source>No hub address: receipts carry a code to hold to the counter camera.</source>
        <translation>Адресу центрального сервера не вказано: на чеках буде код, який підносять до камери на касі.</translation>
    </message>
    <message>
        <source>This address is this computer itself: customers&apos; phones cannot open it. Receipts carry a code for the counter camera instead. Use the hub&apos;s address on the shop&apos;s network, such as http://192.168.1.20:8765/f.</source>
        <translation>Ця адреса вказує на сам цей комп’ютер: телефони клієнтів не зможуть її відкрити. Тому на чеках буде код для камери на касі. Вкажіть адресу центрального сервера в мережі магазину, наприклад http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>Not a web address: receipts carry a code for the counter camera instead. It starts with http://, such as http://192.168.1.20:8765/f.</source>
        <translation>Це не вебадреса, тому на чеках буде код для камери на касі. Адреса починається з http://, наприклад http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>“{0}” is not an amount.</source>
        <translation>«{0}» — не сума.</translation>
    </message>
    <message>
        <source>Rewards and tiers need whole numbers and amounts.</source>
        <translation>Для винагород і рівнів потрібні цілі числа й суми.</translation>
    </message>
    <message>
        <source>These rules cannot work: check “{0}”.</source>
        <translation>Ці правила не можуть працювати: перевірте «{0}».</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>End-of-shift report</source>
        <translation>Звіт за зміну</translation>
    </message>
    <message>
        <source>Shift report for {0}</source>
        <translation>Звіт за зміну: {0}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Працівник</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сума</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Сума повернень</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>Видано штампів</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Нараховано балів</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Винагороди</translation>
    </message>
    <message>
        <source>Manual adjustments</source>
        <translation>Ручні коригування</translation>
    </message>
    <message>
        <source>{0}  {1} points by {2}: {3}</source>
        <translation>{0}  бали {1} ({2}): {3}</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Незвичні операції</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Немає.</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>Друк на принтері чеків</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Зберегти як PDF…</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Разом за день</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>Вхід не виконано</translation>
    </message>
    <message>
        <source>the same customer again within minutes</source>
        <translation>той самий клієнт знову за кілька хвилин</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>штампи без продажу</translation>
    </message>
    <message>
        <source>a big adjustment</source>
        <translation>велике коригування</translation>
    </message>
</context>
<context>
    <name>ShiftReportLink</name>
    <message>
        <source>End-of-shift report… (manager)</source>
        <translation>Звіт за зміну… (менеджер)</translation>
    </message>
    <message>
        <source>No receipt printer is set up: save it as a PDF.</source>
        <translation>Принтер чеків не налаштовано: збережіть звіт як PDF.</translation>
    </message>
    <message>
        <source>The shift report is being printed.</source>
        <translation>Звіт за зміну друкується.</translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation>Зберегти звіт за зміну</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файли PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Не вдалося зберегти: {0}</translation>
    </message>
    <message>
        <source>Shift report saved as {0}.</source>
        <translation>Звіт за зміну збережено як {0}.</translation>
    </message>
</context>
<context>
    <name>ShiftRoll</name>
    <message>
        <source>repeat sale</source>
        <translation>повторний продаж</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>штампи без продажу</translation>
    </message>
    <message>
        <source>big adjustment</source>
        <translation>велике коригування</translation>
    </message>
    <message>
        <source>the welcome bonus</source>
        <translation>вітальний бонус</translation>
    </message>
    <message>
        <source>the birthday bonus</source>
        <translation>подарунок до дня народження</translation>
    </message>
    <message>
        <source>a campaign offer</source>
        <translation>пропозиція кампанії</translation>
    </message>
    <message>
        <source>merging two records</source>
        <translation>об’єднання двох записів</translation>
    </message>
    <message>
        <source>an undo</source>
        <translation>скасування операції</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Разом за день</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Працівник %1</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>Вхід не виконано</translation>
    </message>
    <message numerus="yes">
        <source>another sale %n min after the last</source>
        <translation>
            <numerusform>ще один продаж через %n хвилину після попереднього</numerusform>
            <numerusform>ще один продаж через %n хвилини після попереднього</numerusform>
            <numerusform>ще один продаж через %n хвилин після попереднього</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n бал</numerusform>
            <numerusform>%n бали</numerusform>
            <numerusform>%n балів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamps from %1</source>
        <translation>
            <numerusform>%n штамп — %1</numerusform>
            <numerusform>%n штампи — %1</numerusform>
            <numerusform>%n штампів — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift report %1</source>
        <translation>Звіт за зміну: %1</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Продажі (%1)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Повернення (%1)</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>Видано штампів</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Нараховано балів</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Видано винагород</translation>
    </message>
    <message>
        <source>Adjusted at %1: %2</source>
        <translation>Коригування о %1: %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>клієнт %1</translation>
    </message>
    <message>
        <source>%1: shift report for %2 (time zone %3)</source>
        <translation>%1: звіт за зміну %2 (часовий пояс %3)</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Austria</source>
        <translation>Австрія</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгія</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехія</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Німеччина</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Естонія</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Фінляндія</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франція</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Велика Британія</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Угорщина</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ірландія</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Іран</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Італія</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвія</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нідерланди</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польща</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румунія</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словаччина</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Іспанія</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеція</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Україна</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Ваш магазин</translation>
    </message>
    <message>
        <source>Printed on receipts and cards. Change it later under Loyalty rules and shop (F10).</source>
        <translation>Друкується на чеках і картках. Змінити можна пізніше в розділі «Правила лояльності й магазин» (F10).</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Назва магазину</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone. Choose one from the list, such as Europe/Budapest.</source>
        <translation>«{0}» — не часовий пояс. Виберіть пояс зі списку, наприклад Europe/Kyiv.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вхід</translation>
    </message>
    <message>
        <source>Who is at the counter? Tap your name, then type your PIN.</source>
        <translation>Хто на касі? Натисніть своє ім’я, потім введіть PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>касир</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>власник</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Спочатку натисніть своє ім’я.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних PIN. Повторіть через %n секунду.</numerusform>
            <numerusform>Забагато неправильних PIN. Повторіть через %n секунди.</numerusform>
            <numerusform>Забагато неправильних PIN. Повторіть через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Неправильний PIN. До блокування лишилася %n спроба.</numerusform>
            <numerusform>Неправильний PIN. До блокування лишилося %n спроби.</numerusform>
            <numerusform>Неправильний PIN. До блокування лишилося %n спроб.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Працівники</translation>
    </message>
    <message>
        <source>Has left (cannot sign in)</source>
        <translation>Більше не працює (вхід закрито)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Додати працівника</translation>
    </message>
    <message>
        <source>cashier: sells, enrols, redeems</source>
        <translation>касир: продажі, реєстрація клієнтів, видача винагород</translation>
    </message>
    <message>
        <source>manager: also refunds, adjusts points, sets the rules</source>
        <translation>менеджер: також повернення, коригування балів, правила</translation>
    </message>
    <message>
        <source>owner: also the books, customers&apos; data and staff</source>
        <translation>власник: також звітність, дані клієнтів і працівники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Повторіть PIN</translation>
    </message>
    <message>
        <source>PINs: at least {0} digits for owners and managers (they open the books and the rules), {1} for cashiers.</source>
        <translation>PIN: щонайменше {0} цифр для власників і менеджерів (їм доступні звітність і правила), {1} — для касирів.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (не працює)</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>касир</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>власник</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коди не збігаються.</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Спочатку виберіть працівника у списку.</translation>
    </message>
</context>
<context>
    <name>StaffLink</name>
    <message>
        <source>Sign in (Shift+F6)</source>
        <translation>Увійти (Shift+F6)</translation>
    </message>
    <message>
        <source>Sign in / change staff</source>
        <translation>Увійти / змінити працівника</translation>
    </message>
    <message>
        <source>Staff… (owner)</source>
        <translation>Працівники… (власник)</translation>
    </message>
    <message>
        <source>{0} — Shift+F6 to change</source>
        <translation>{0} — Shift+F6, щоб змінити</translation>
    </message>
    <message>
        <source>No staff yet: the owner adds them under More → Staff…</source>
        <translation>Працівників ще немає: власник додає їх у розділі Ще → Працівники…</translation>
    </message>
    <message>
        <source>Signed in: {0}.</source>
        <translation>Вхід виконано: {0}.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs a manager or the owner.</source>
        <translation>Зараз у системі: {0}. Для цього потрібен менеджер або власник.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs the owner.</source>
        <translation>Зараз у системі: {0}. Для цього потрібен власник.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first (Shift+F6).</source>
        <translation>Спочатку увійдіть зі своїм PIN (Shift+F6).</translation>
    </message>
</context>
<context>
    <name>StampStrip</name>
    <message numerus="yes">
        <source>%n of %1 stamps</source>
        <translation>
            <numerusform>%n з %1 штампів</numerusform>
            <numerusform>%n з %1 штампів</numerusform>
            <numerusform>%n з %1 штампів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Sales</source>
        <translation>Продажі</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Виторг</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Середній чек</translation>
    </message>
    <message>
        <source>Identified sales</source>
        <translation>Продажі з карткою</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Активні клієнти</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Нові клієнти</translation>
    </message>
    <message>
        <source>Visits per customer</source>
        <translation>Візитів на клієнта</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Частка повторних покупок</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Утримання клієнтів</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Відтік клієнтів</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (4–5 of 5)</source>
        <translation>Задоволеність (CSAT, 4–5 з 5)</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Частка відповідей</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Довічна цінність клієнта</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Під загрозою відтоку</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Неактивні</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>Запізнюються за своїм ритмом</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Нараховано балів</translation>
    </message>
    <message>
        <source>Stamps issued</source>
        <translation>Поставлено штампів</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Видано винагород</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Списано балів</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>Бали на рахунках</translation>
    </message>
    <message>
        <source>Overdrawn customers</source>
        <translation>Клієнти з від’ємним балансом</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оцінки</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 в. п.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нові</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync with the hub</source>
        <translation>Синхронізація з центральним сервером</translation>
    </message>
    <message>
        <source>from: main.py hub add-terminal NAME</source>
        <translation>з: main.py hub add-terminal НАЗВА</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Refuse redemptions</source>
        <translation>Відмовляти у видачі винагород</translation>
    </message>
    <message>
        <source>Allow a few, then refuse</source>
        <translation>Дозволити кілька, потім відмовляти</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Адреса центрального сервера</translation>
    </message>
    <message>
        <source>This terminal&apos;s token</source>
        <translation>Токен цього термінала</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Синхронізувати кожні</translation>
    </message>
    <message>
        <source>When the hub cannot be reached</source>
        <translation>Коли центральний сервер недоступний</translation>
    </message>
    <message>
        <source>Redemptions allowed until the next sync</source>
        <translation>Видач винагород до наступної синхронізації</translation>
    </message>
    <message>
        <source>Sales never wait for the hub. Leave the address empty to turn sync off.</source>
        <translation>Продажі ніколи не чекають на сервер. Залиште адресу порожньою, щоб вимкнути синхронізацію.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: checking…</source>
        <translation>Синхронізація: перевірка…</translation>
    </message>
    <message>
        <source>no hub set</source>
        <translation>сервер не задано</translation>
    </message>
    <message>
        <source>the hub cannot be reached</source>
        <translation>сервер недоступний</translation>
    </message>
    <message>
        <source>the hub refused this terminal&apos;s token</source>
        <translation>сервер відхилив токен цього термінала</translation>
    </message>
    <message>
        <source>the hub refused some data; see the log</source>
        <translation>сервер відхилив частину даних; див. журнал</translation>
    </message>
    <message>
        <source>the hub had an error; will retry</source>
        <translation>помилка на сервері; спробуємо ще раз</translation>
    </message>
    <message>
        <source>the hub was restored; syncing again</source>
        <translation>сервер відновлено; повторна синхронізація</translation>
    </message>
    <message numerus="yes">
        <source>Sync off (no hub set) · %n events not sent</source>
        <translation>
            <numerusform>Синхронізацію вимкнено · не надіслано: %n</numerusform>
            <numerusform>Синхронізацію вимкнено · не надіслано: %n</numerusform>
            <numerusform>Синхронізацію вимкнено · не надіслано: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Синхронізації ще не було</translation>
    </message>
    <message>
        <source>Last sync {0}</source>
        <translation>Остання синхронізація {0}</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>усе надіслано</translation>
    </message>
    <message>
        <source>1 event waiting</source>
        <translation>1 подія очікує надсилання</translation>
    </message>
    <message numerus="yes">
        <source>%n events waiting</source>
        <translation>
            <numerusform>%n подія очікує надсилання</numerusform>
            <numerusform>%n події очікують надсилання</numerusform>
            <numerusform>%n подій очікують надсилання</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events set aside</source>
        <translation>
            <numerusform>%n подія відкладена</numerusform>
            <numerusform>%n події відкладені</numerusform>
            <numerusform>%n подій відкладено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>Vouchers</source>
        <translation>Купони</translation>
    </message>
    <message numerus="yes">
        <source>%n bonus points</source>
        <translation>
            <numerusform>%n бонусний бал</numerusform>
            <numerusform>%n бонусні бали</numerusform>
            <numerusform>%n бонусних балів</numerusform>
        </translation>
    </message>
    <message>
        <source>Your gift: {0}</source>
        <translation>Ваш подарунок: {0}</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} on your next visit</source>
        <translation>Штампи й бали ×{0} під час наступного візиту</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Купон</translation>
    </message>
    <message>
        <source>For {0}</source>
        <translation>Для: {0}</translation>
    </message>
    <message>
        <source>Valid until {0}</source>
        <translation>Дійсний до {0}</translation>
    </message>
    <message>
        <source>Show this voucher at the counter. It can be used once.</source>
        <translation>Покажіть цей купон на касі. Його можна використати один раз.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>This visit was already rated: one rating per visit.</source>
        <translation>Цей візит уже оцінено: одна оцінка на візит.</translation>
    </message>
    <message>
        <source>That visit is not known on this terminal.</source>
        <translation>Цей візит невідомий на цьому терміналі.</translation>
    </message>
    <message>
        <source>No sale with this receipt here (yet): it may be from another till.</source>
        <translation>Продажу з цим чеком тут (поки) немає: можливо, він з іншої каси.</translation>
    </message>
    <message>
        <source>That score is not on the scale.</source>
        <translation>Такої оцінки немає на шкалі.</translation>
    </message>
    <message>
        <source>That reason is too long.</source>
        <translation>Ця причина задовга.</translation>
    </message>
    <message>
        <source>The customer screen settings are not valid.</source>
        <translation>Налаштування екрана клієнта недійсні.</translation>
    </message>
    <message>
        <source>That receipt code is damaged: try again, or type the receipt number.</source>
        <translation>Код чека пошкоджено: спробуйте ще раз або введіть номер чека.</translation>
    </message>
    <message>
        <source>That receipt code is not from this shop.</source>
        <translation>Цей код чека не з цього магазину.</translation>
    </message>
    <message>
        <source>That receipt code has expired.</source>
        <translation>Термін дії коду чека минув.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enrolled</source>
        <translation>Реєстрація</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продаж</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Повернення</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Скасовано</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Вітальний бонус</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Подарунок до дня народження</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Винагорода</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Бали згоріли</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Коригування балів</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Нова картка</translation>
    </message>
    <message>
        <source>Card given</source>
        <translation>Картку видано</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>Картку заблоковано</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Записи об’єднано</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Видалено</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not one of our cards.</source>
        <translation>Це не наша картка.</translation>
    </message>
    <message>
        <source>That card code has a typing error: please check it and try again.</source>
        <translation>У коді картки помилка: перевірте його й спробуйте знову.</translation>
    </message>
    <message>
        <source>This card was reported lost and is blocked. Look the customer up by name.</source>
        <translation>Ця картка позначена як втрачена й заблокована. Знайдіть клієнта за ім’ям.</translation>
    </message>
    <message>
        <source>This card was not issued by this shop.</source>
        <translation>Цю картку випустив не цей магазин.</translation>
    </message>
    <message>
        <source>That customer is not known here.</source>
        <translation>Цей клієнт тут невідомий.</translation>
    </message>
    <message>
        <source>That customer&apos;s data was erased.</source>
        <translation>Дані цього клієнта видалено.</translation>
    </message>
    <message>
        <source>That was already undone.</source>
        <translation>Це вже скасовано.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нічого скасовувати.</translation>
    </message>
    <message>
        <source>No receipt with that number.</source>
        <translation>Чека з таким номером немає.</translation>
    </message>
    <message>
        <source>That card already belongs to a customer.</source>
        <translation>Ця картка вже належить клієнту.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Введіть суму більше нуля.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Потрібно вказати ім’я.</translation>
    </message>
    <message>
        <source>That language is not one we speak.</source>
        <translation>Ця мова не підтримується.</translation>
    </message>
    <message>
        <source>That is not a birthday: a real date, not in the future.</source>
        <translation>Це не дата народження: потрібна справжня дата, не в майбутньому.</translation>
    </message>
    <message>
        <source>That is not a phone number: type it as you would dial it.</source>
        <translation>Це не номер телефону: введіть його так, як набрали б.</translation>
    </message>
    <message>
        <source>That is not an e-mail address: it needs a name, @ and a domain.</source>
        <translation>Це не адреса ел. пошти: потрібні ім’я, @ і домен.</translation>
    </message>
    <message>
        <source>That is the same customer: choose the other record.</source>
        <translation>Це той самий клієнт: виберіть інший запис.</translation>
    </message>
    <message>
        <source>That record was already merged into another customer.</source>
        <translation>Цей запис уже об’єднано з іншим клієнтом.</translation>
    </message>
    <message>
        <source>Not done: that would take the balance below zero.</source>
        <translation>Не виконано: баланс опустився б нижче нуля.</translation>
    </message>
    <message>
        <source>The reward cannot be confirmed right now.</source>
        <translation>Винагороду зараз не можна підтвердити.</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>Цієї винагороди більше немає.</translation>
    </message>
    <message>
        <source>Not enough stamps for that reward yet.</source>
        <translation>Для цієї винагороди поки бракує штампів.</translation>
    </message>
    <message>
        <source>Not enough points for that reward yet.</source>
        <translation>Для цієї винагороди поки бракує балів.</translation>
    </message>
    <message>
        <source>The hub says this reward was already used at another counter: not redeemed.</source>
        <translation>Сервер повідомляє, що цю винагороду вже отримано на іншій касі: не видано.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, and the owner allows no rewards offline: try again soon.</source>
        <translation>Сервер недоступний, а власник не дозволяє винагороди без зв’язку: спробуйте трохи згодом.</translation>
    </message>
    <message>
        <source>The hub cannot be reached and this counter&apos;s offline reward limit is used up.</source>
        <translation>Сервер недоступний, а ліміт винагород без зв’язку для цієї каси вичерпано.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Кампанії потрібна назва.</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>Кампанія має закінчуватися після початку.</translation>
    </message>
    <message>
        <source>That offer cannot work: check the points, the multiplier or the hours.</source>
        <translation>Ця пропозиція не може працювати: перевірте бали, множник або години.</translation>
    </message>
    <message>
        <source>That reward is not in the catalogue.</source>
        <translation>Цієї винагороди немає в каталозі.</translation>
    </message>
    <message>
        <source>The control group must be from 0 to 99 percent.</source>
        <translation>Контрольна група має становити від 0 до 99 відсотків.</translation>
    </message>
    <message>
        <source>Nobody is in that audience today.</source>
        <translation>Сьогодні до цієї аудиторії ніхто не входить.</translation>
    </message>
    <message>
        <source>That campaign is not known here.</source>
        <translation>Ця кампанія тут невідома.</translation>
    </message>
    <message>
        <source>This customer is not in that campaign&apos;s offer.</source>
        <translation>Цей клієнт не входить до пропозиції кампанії.</translation>
    </message>
    <message>
        <source>This offer was already used (here or at another counter).</source>
        <translation>Цю пропозицію вже використано (тут або на іншій касі).</translation>
    </message>
    <message>
        <source>That campaign is not running now.</source>
        <translation>Ця кампанія зараз не триває.</translation>
    </message>
    <message>
        <source>Record the sale first: the offer adds to it.</source>
        <translation>Спочатку проведіть продаж: пропозиція додається до нього.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and the owner allows none offline: try again soon.</source>
        <translation>Сервер недоступний, щоб підтвердити пропозицію, а власник не дозволяє їх без зв’язку: спробуйте трохи згодом.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and this counter&apos;s offline limit is used up.</source>
        <translation>Сервер недоступний, щоб підтвердити пропозицію, а ліміт цієї каси без зв’язку вичерпано.</translation>
    </message>
    <message>
        <source>This voucher cannot be read: scan it again or type the code under the QR.</source>
        <translation>Купон не читається: відскануйте його ще раз або введіть код під QR-кодом.</translation>
    </message>
    <message>
        <source>Not one of our vouchers: it was changed, made up or is another shop&apos;s. Nothing applied.</source>
        <translation>Це не наш купон: його змінено, підроблено або видано іншою крамницею. Нічого не застосовано.</translation>
    </message>
    <message>
        <source>This terminal cannot check vouchers yet: finish the set-up or sync with the hub once.</source>
        <translation>Цей термінал поки не може перевіряти купони: завершіть налаштування або один раз синхронізуйтеся із сервером.</translation>
    </message>
    <message>
        <source>This voucher&apos;s campaign has not reached this terminal yet: sync, then scan it again.</source>
        <translation>Кампанія цього купона ще не дійшла до цього термінала: синхронізуйтеся й відскануйте його знову.</translation>
    </message>
    <message>
        <source>This voucher is not valid yet: its campaign has not started.</source>
        <translation>Цей купон ще не дійсний: його кампанія не почалася.</translation>
    </message>
    <message>
        <source>This voucher has expired: its campaign has ended. Nothing applied.</source>
        <translation>Термін дії купона минув: його кампанія закінчилася. Нічого не застосовано.</translation>
    </message>
    <message>
        <source>This voucher was already used (here or at another counter). Nothing applied.</source>
        <translation>Цей купон уже використано (тут або на іншій касі). Нічого не застосовано.</translation>
    </message>
    <message>
        <source>This voucher&apos;s customer was erased: nothing to apply.</source>
        <translation>Клієнта цього купона видалено: застосовувати нічого.</translation>
    </message>
    <message>
        <source>Happy hours are for everyone: they have no vouchers.</source>
        <translation>Щасливі години — для всіх: купонів до них немає.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Магазину потрібна назва.</translation>
    </message>
    <message>
        <source>“{0}” is not a currency: choose one from the list (like EUR or HUF).</source>
        <translation>«{0}» — не валюта: виберіть зі списку (наприклад, EUR або HUF).</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone: choose the shop&apos;s from the list (like Europe/Budapest).</source>
        <translation>«{0}» — не часовий пояс: виберіть пояс магазину зі списку (наприклад, Europe/Kyiv).</translation>
    </message>
    <message>
        <source>“{0}” is not a country: choose one from the list.</source>
        <translation>«{0}» — не країна: виберіть зі списку.</translation>
    </message>
    <message>
        <source>“{0}” is not a web address: it starts with https:// (or http://).</source>
        <translation>«{0}» — не вебадреса: вона починається з https:// (або http://).</translation>
    </message>
    <message>
        <source>A shop detail is too long (at most 300 characters).</source>
        <translation>Одне з полів магазину задовге (не більше 300 символів).</translation>
    </message>
    <message>
        <source>The disk is full: this was NOT saved. Free some space on the disk, then try again.</source>
        <translation>Диск заповнений: це НЕ збережено. Звільніть місце на диску й спробуйте знову.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: this was NOT saved. Check the folder&apos;s permissions, then try again.</source>
        <translation>Не вдається записати в теку даних: це НЕ збережено. Перевірте права доступу до теки й спробуйте знову.</translation>
    </message>
    <message>
        <source>The database is damaged: this was NOT saved. Close the app and start it again to restore it.</source>
        <translation>База даних пошкоджена: це НЕ збережено. Закрийте програму й запустіть її знову, щоб відновити базу.</translation>
    </message>
    <message>
        <source>The database cannot be read: this was NOT saved. Check the disk, then start the app again.</source>
        <translation>Не вдається прочитати базу даних: це НЕ збережено. Перевірте диск, потім знову запустіть програму.</translation>
    </message>
    <message>
        <source>The database cannot be used: this was NOT saved. Start the app again.</source>
        <translation>Базою даних неможливо користуватися: це НЕ збережено. Запустіть програму знову.</translation>
    </message>
    <message>
        <source>Your role does not allow this: ask a manager or the owner.</source>
        <translation>Ваша роль цього не дозволяє: зверніться до менеджера або власника.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first.</source>
        <translation>Спочатку увійдіть зі своїм PIN.</translation>
    </message>
    <message>
        <source>That staff member is not known here (or has left).</source>
        <translation>Цього працівника тут не знайдено (або він більше не працює).</translation>
    </message>
    <message>
        <source>A PIN is digits only: at least 6 for owners and managers, 4 for cashiers.</source>
        <translation>PIN складається лише з цифр: щонайменше 6 для власників і менеджерів, 4 для касирів.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>У магазину має бути щонайменше один власник.</translation>
    </message>
    <message>
        <source>That is not an amount: type it like 4.50.</source>
        <translation>Це не сума: введіть, наприклад, 4,50.</translation>
    </message>
    <message>
        <source>These loyalty rules cannot work: check “{0}”.</source>
        <translation>Ці правила лояльності не можуть працювати: перевірте «{0}».</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Set-up saved. Ready for the first customer.</source>
        <translation>Налаштування збережено. Можна обслуговувати першого клієнта.</translation>
    </message>
</context>
</TS>
