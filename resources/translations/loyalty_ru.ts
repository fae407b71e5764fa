<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CameraLink</name>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Camera settings (Shift+F10)</source>
        <translation>Настройки камеры (Shift+F10)</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Это не наша карта.</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Test scan worked: card …{0}.</source>
        <translation>Тестовое сканирование прошло: карта …{0}.</translation>
    </message>
    <message>
        <source>Test scan worked: a receipt&apos;s feedback code.</source>
        <translation>Тестовое сканирование прошло: код для отзыва с чека.</translation>
    </message>
    <message>
        <source>The camera reads codes: that one is not one of our cards.</source>
        <translation>Камера считывает коды, но это не наша карта.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Камера</translation>
    </message>
    <message>
        <source>Hold a loyalty card (or any QR code) up to the camera. No camera? Skip: the USB scanner and typing work too.</source>
        <translation>Поднесите к камере карту лояльности (или любой QR-код). Нет камеры? Пропустите этот шаг: USB-сканер и ввод вручную тоже работают.</translation>
    </message>
    <message>
        <source>Which camera…</source>
        <translation>Выбрать камеру…</translation>
    </message>
    <message>
        <source>Waiting for a test scan…</source>
        <translation>Ожидание тестового сканирования…</translation>
    </message>
</context>
<context>
    <name>CameraPanel</name>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Scan with the barcode scanner or type the code.</source>
        <translation>Отсканируйте сканером штрихкодов или введите код.</translation>
    </message>
    <message>
        <source>Camera: starting…</source>
        <translation>Камера: запуск…</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Запуск камеры…</translation>
    </message>
    <message>
        <source>Camera on: hold the card&apos;s code up to it</source>
        <translation>Камера включена: поднесите к ней код карты</translation>
    </message>
    <message>
        <source>Camera: none found</source>
        <translation>Камера: не найдена</translation>
    </message>
    <message>
        <source>No camera found.</source>
        <translation>Камера не найдена.</translation>
    </message>
    <message>
        <source>Camera: disconnected, reconnecting…</source>
        <translation>Камера: отключена, переподключение…</translation>
    </message>
    <message>
        <source>The camera was disconnected. Trying to reconnect…</source>
        <translation>Камера отключилась. Пробуем подключиться снова…</translation>
    </message>
    <message>
        <source>Camera: the video has ended</source>
        <translation>Камера: видео закончилось</translation>
    </message>
    <message>
        <source>The camera&apos;s video has ended.</source>
        <translation>Видео камеры закончилось.</translation>
    </message>
    <message>
        <source>Camera: off</source>
        <translation>Камера: выключена</translation>
    </message>
    <message>
        <source>Camera off.</source>
        <translation>Камера выключена.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Это не наша карта.</translation>
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
        <translation>Сканировать карты камерой</translation>
    </message>
    <message>
        <source>Camera {0}</source>
        <translation>Камера {0}</translation>
    </message>
    <message>
        <source>Video file…</source>
        <translation>Видеофайл…</translation>
    </message>
    <message>
        <source>Folder of images…</source>
        <translation>Папка с изображениями…</translation>
    </message>
    <message>
        <source>Show the picture like a mirror</source>
        <translation>Показывать изображение зеркально</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>The same card seen again within this time is the same scan.</source>
        <translation>Та же карта, увиденная снова в течение этого времени, считается тем же сканированием.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>Same card again within</source>
        <translation>Та же карта снова в течение</translation>
    </message>
    <message>
        <source>Video file</source>
        <translation>Видеофайл</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm)</source>
        <translation>Видео (*.mp4 *.avi *.mkv *.mov *.webm)</translation>
    </message>
    <message>
        <source>Folder of images</source>
        <translation>Папка с изображениями</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <source>We miss you</source>
        <translation>Мы скучаем по вам!</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>Опаздывают по своему ритму</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation>День рождения в этом месяце</translation>
    </message>
    <message>
        <source>No visit for … days</source>
        <translation>Без визитов … дней</translation>
    </message>
    <message>
        <source>Everyone (happy hours)</source>
        <translation>Все (счастливые часы)</translation>
    </message>
    <message>
        <source>Bonus points</source>
        <translation>Бонусные баллы</translation>
    </message>
    <message>
        <source>A free reward</source>
        <translation>Награда в подарок</translation>
    </message>
    <message>
        <source>Stamps and points × on the next visit</source>
        <translation>Штампы и баллы × при следующем визите</translation>
    </message>
    <message>
        <source>Happy hours: stamps and points ×</source>
        <translation>Счастливые часы: штампы и баллы ×</translation>
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
        <translation>Вс</translation>
    </message>
    <message>
        <source>Chosen at random and recorded: they get nothing, so the effect can be measured.</source>
        <translation>Выбираются случайно и записываются: они ничего не получают, чтобы можно было измерить эффект.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Days without a visit</source>
        <translation>Дней без визитов</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Множитель</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Days (none: every day)</source>
        <translation>Дни (не выбрано: каждый день)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>По (включительно)</translation>
    </message>
    <message>
        <source>Control group</source>
        <translation>Контрольная группа</translation>
    </message>
</context>
<context>
    <name>CampaignsPanel</name>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Back: offered</source>
        <translation>Вернулись: с предложением</translation>
    </message>
    <message>
        <source>Back: control</source>
        <translation>Вернулись: контрольная группа</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>Прирост (95 %)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>На клиента</translation>
    </message>
    <message>
        <source>Cost · net</source>
        <translation>Затраты · итог</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Новая кампания…</translation>
    </message>
    <message>
        <source>Print vouchers…</source>
        <translation>Печать купонов…</translation>
    </message>
    <message>
        <source>The chosen campaign&apos;s vouchers with their QR codes, eight to an A4 sheet, for everyone offered who has not used it yet.</source>
        <translation>Купоны выбранной кампании с QR-кодами, по восемь на листе A4, для всех, кому сделано предложение и кто ещё им не воспользовался.</translation>
    </message>
    <message>
        <source>no control group</source>
        <translation>нет контрольной группы</translation>
    </message>
    <message>
        <source>within the noise</source>
        <translation>в пределах погрешности</translation>
    </message>
    <message>
        <source>it worked</source>
        <translation>сработало</translation>
    </message>
    <message>
        <source>fewer came back</source>
        <translation>вернулось меньше</translation>
    </message>
    <message>
        <source>running: </source>
        <translation>идёт: </translation>
    </message>
    <message numerus="yes">
        <source>%n given twice offline</source>
        <translation>
            <numerusform>%n выдано дважды без связи</numerusform>
            <numerusform>%n выдано дважды без связи</numerusform>
            <numerusform>%n выдано дважды без связи</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>Сначала выберите кампанию в списке.</translation>
    </message>
    <message>
        <source>Save the vouchers</source>
        <translation>Сохранить купоны</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the vouchers…</source>
        <translation>Купоны готовятся…</translation>
    </message>
    <message>
        <source>No vouchers to print for “{0}”: everyone offered has used it.</source>
        <translation>Для «{0}» нечего печатать: все, кому сделано предложение, уже им воспользовались.</translation>
    </message>
    <message numerus="yes">
        <source>%n vouchers for “{0}” saved to {1}.</source>
        <translation>
            <numerusform>%n купон для «{0}» сохранён в {1}.</numerusform>
            <numerusform>%n купона для «{0}» сохранены в {1}.</numerusform>
            <numerusform>%n купонов для «{0}» сохранены в {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vouchers could not be saved to {0}: {1}</source>
        <translation>Не удалось сохранить купоны в {0}: {1}</translation>
    </message>
    <message>
        <source>Campaign started: {0} offered, {1} in the control group.</source>
        <translation>Кампания запущена: предложение получили {0}, в контрольной группе {1}.</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Loyalty card</source>
        <translation>Карта лояльности</translation>
    </message>
    <message>
        <source>Show this card at the counter to collect stamps and points.</source>
        <translation>Покажите эту карту на кассе, чтобы собирать штампы и баллы.</translation>
    </message>
    <message>
        <source>Show this screen at the counter to collect stamps and points.</source>
        <translation>Покажите этот экран на кассе, чтобы собирать штампы и баллы.</translation>
    </message>
</context>
<context>
    <name>CashierView</name>
    <message>
        <source>This visit</source>
        <translation>Этот визит</translation>
    </message>
    <message>
        <source>“{0}” is not an amount: type it like 4.50.</source>
        <translation>«{0}» — не сумма: введите, например, 4,50.</translation>
    </message>
    <message>
        <source>Not one of our cards.</source>
        <translation>Это не наша карта.</translation>
    </message>
    <message>
        <source>A new card. Enrol the customer (F2) or just record the sale.</source>
        <translation>Новая карта. Зарегистрируйте клиента (F2) или просто проведите продажу.</translation>
    </message>
    <message>
        <source>Voucher: {0}. Ctrl+O applies it.</source>
        <translation>Купон: {0}. Ctrl+O применяет его.</translation>
    </message>
    <message>
        <source>No customer matches “{0}”.</source>
        <translation>Нет клиентов по запросу «{0}».</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>Продажа {0}</translation>
    </message>
    <message numerus="yes">
        <source>+%n stamps</source>
        <translation>
            <numerusform>+%n штамп</numerusform>
            <numerusform>+%n штампа</numerusform>
            <numerusform>+%n штампов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n балл</numerusform>
            <numerusform>+%n балла</numerusform>
            <numerusform>+%n баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Happy hours: +%n stamps</source>
        <translation>
            <numerusform>Счастливые часы: +%n штамп</numerusform>
            <numerusform>Счастливые часы: +%n штампа</numerusform>
            <numerusform>Счастливые часы: +%n штампов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday bonus: +%n points</source>
        <translation>
            <numerusform>Бонус на день рождения: +%n балл</numerusform>
            <numerusform>Бонус на день рождения: +%n балла</numerusform>
            <numerusform>Бонус на день рождения: +%n баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>No stamp: this card already got one in this visit.</source>
        <translation>Без штампа: эта карта уже получила штамп в этот визит.</translation>
    </message>
    <message>
        <source>Saved. Receipt {0}.</source>
        <translation>Сохранено. Чек {0}.</translation>
    </message>
    <message>
        <source>Redeemed: {0}</source>
        <translation>Выдана награда: {0}</translation>
    </message>
    <message>
        <source>{0}: enjoy!</source>
        <translation>{0}: приятного аппетита!</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} will be added to this visit&apos;s sale.</source>
        <translation>К продаже этого визита будут начислены штампы и баллы ×{0}.</translation>
    </message>
    <message>
        <source>Offer applied: {0}</source>
        <translation>Предложение применено: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo in this visit.</source>
        <translation>В этом визите нечего отменять.</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Отменено: {0}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}: {1}</source>
        <translation>Баллы скорректированы на {0}: {1}</translation>
    </message>
    <message>
        <source>Points adjusted by {0}.</source>
        <translation>Баллы скорректированы на {0}.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Сначала откройте клиента (найдите по имени или телефону).</translation>
    </message>
    <message>
        <source>Not refunded: a refund below zero needs the owner&apos;s PIN.</source>
        <translation>Возврат не выполнен: возврат ниже нуля требует PIN владельца.</translation>
    </message>
    <message>
        <source>Receipt {0} refunded: {1} stamps and {2} points taken back.</source>
        <translation>Возврат по чеку {0}: списано штампов: {1}, баллов: {2}.</translation>
    </message>
    <message>
        <source>Not changed: {0} has {1} points, so taking away {2} would leave {3}. Take away at most {1}.</source>
        <translation>Без изменений: у клиента {0} баллов: {1}, списание {2} оставит {3}. Списать можно не больше {1}.</translation>
    </message>
    <message>
        <source>The card …{0} is now {1}&apos;s.</source>
        <translation>Карта …{0} теперь принадлежит клиенту {1}.</translation>
    </message>
    <message>
        <source>Saved {0}&apos;s details.</source>
        <translation>Данные клиента {0} сохранены.</translation>
    </message>
    <message>
        <source>Enrolled {0}</source>
        <translation>Зарегистрирован клиент: {0}</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves the card for their phone.</source>
        <translation>Ctrl+Shift+P сохраняет карту для телефона клиента.</translation>
    </message>
    <message>
        <source>Welcome, {0}! A new card is ready to print: {1}</source>
        <translation>Добро пожаловать, {0}! Новая карта готова к печати: {1}</translation>
    </message>
    <message>
        <source>Welcome, {0}!</source>
        <translation>Добро пожаловать, {0}!</translation>
    </message>
</context>
<context>
    <name>ChartsPanel</name>
    <message>
        <source>Visits (bars) and revenue (line) per week</source>
        <translation>Визиты (столбцы) и выручка (линия) по неделям</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS по неделям</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>Распределение оценок (0–10)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Размеры сегментов</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Regular</source>
        <translation>Постоянные</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Ушедшие</translation>
    </message>
</context>
<context>
    <name>CodeEntry</name>
    <message>
        <source>Scan a card, or type a code, phone number or name, then Enter</source>
        <translation>Отсканируйте карту или введите код, телефон или имя, затем Enter</translation>
    </message>
    <message>
        <source>Card code or search</source>
        <translation>Код карты или поиск</translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message>
        <source>Export contacts…</source>
        <translation>Экспорт контактов…</translation>
    </message>
    <message>
        <source>The offered group&apos;s customers who agreed to be contacted, with their offer: a CSV file for a mailing or SMS tool.</source>
        <translation>Клиенты из группы с предложением, давшие согласие на рассылку, вместе с их предложением: файл CSV для сервиса e-mail- или SMS-рассылок.</translation>
    </message>
    <message>
        <source>Save the campaign&apos;s contacts</source>
        <translation>Сохранить контакты кампании</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n consented contact(s) of the offered group written to {0}.</source>
        <translation>
            <numerusform>Сохранено в {0}: %n контакт из группы с предложением (есть согласие на рассылку).</numerusform>
            <numerusform>Сохранено в {0}: %n контакта из группы с предложением (есть согласие на рассылку).</numerusform>
            <numerusform>Сохранено в {0}: %n контактов из группы с предложением (есть согласие на рассылку).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to be contacted, or erased.</source>
        <translation>
            <numerusform>Не включено: %n клиент (нет согласия на рассылку или данные удалены).</numerusform>
            <numerusform>Не включено: %n клиента (нет согласия на рассылку или данные удалены).</numerusform>
            <numerusform>Не включено: %n клиентов (нет согласия на рассылку или данные удалены).</numerusform>
        </translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>This folder cannot be written: {0}.</source>
        <translation>В эту папку нельзя записать: {0}.</translation>
    </message>
    <message>
        <source>This folder does not exist: {0}.</source>
        <translation>Такой папки нет: {0}.</translation>
    </message>
    <message>
        <source>The file could not be written ({0}).</source>
        <translation>Не удалось записать файл ({0}).</translation>
    </message>
    <message>
        <source>No contacts were saved; choose another folder and try again.</source>
        <translation>Контакты не сохранены; выберите другую папку и попробуйте снова.</translation>
    </message>
</context>
<context>
    <name>CustomerDataActions</name>
    <message>
        <source>Erase customer&apos;s data</source>
        <translation>Удаление данных клиента</translation>
    </message>
    <message>
        <source>Erase the personal data of {0}?</source>
        <translation>Удалить персональные данные клиента {0}?</translation>
    </message>
    <message>
        <source>Name, phone, e-mail, birthday and rating comments are removed from this terminal, its backups and logs, and from the hub and the other terminals at their next sync. The visits and points stay as anonymous numbers. This cannot be undone.</source>
        <translation>Имя, телефон, e-mail, дата рождения и комментарии к оценкам будут удалены с этого терминала, из его резервных копий и журналов, а также с центрального сервера и других терминалов при следующей синхронизации. Визиты и баллы останутся в виде обезличенных цифр. Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Folder for the customer&apos;s data</source>
        <translation>Папка для данных клиента</translation>
    </message>
    <message>
        <source>Export customer&apos;s data… (owner)</source>
        <translation>Экспорт данных клиента… (владелец)</translation>
    </message>
    <message>
        <source>Erase customer&apos;s data… (owner)</source>
        <translation>Удалить данные клиента… (владелец)</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Сначала откройте клиента (найдите по имени или телефону).</translation>
    </message>
    <message>
        <source>Customer&apos;s data saved as {0}.json and .pdf.</source>
        <translation>Данные клиента сохранены в файлы {0}.json и .pdf.</translation>
    </message>
    <message>
        <source>Could not write to {0}: {1}</source>
        <translation>Не удалось записать в {0}: {1}</translation>
    </message>
    <message>
        <source>Nothing erased.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>Customer&apos;s personal data erased here ({0} backups cleaned). The hub and the other terminals erase it at their next sync.</source>
        <translation>Персональные данные клиента удалены на этом терминале (очищено резервных копий: {0}). Центральный сервер и другие терминалы удалят их при следующей синхронизации.</translation>
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
        <translation>возврат</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>исправление</translation>
    </message>
    <message>
        <source>welcome bonus</source>
        <translation>приветственный бонус</translation>
    </message>
    <message>
        <source>birthday bonus</source>
        <translation>бонус на день рождения</translation>
    </message>
    <message>
        <source>reward redeemed</source>
        <translation>получена награда</translation>
    </message>
    <message>
        <source>points expired</source>
        <translation>баллы сгорели</translation>
    </message>
    <message>
        <source>points adjusted by the shop</source>
        <translation>баллы скорректированы магазином</translation>
    </message>
    <message>
        <source>two records merged</source>
        <translation>две записи объединены</translation>
    </message>
    <message>
        <source>offer used</source>
        <translation>использовано предложение</translation>
    </message>
    <message>
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message numerus="yes">
        <source>%n records in the ledger concern you; the JSON export lists each one.</source>
        <translation>
            <numerusform>Вас касается %n запись в журнале операций; в файле JSON перечислена каждая.</numerusform>
            <numerusform>Вас касаются %n записи в журнале операций; в файле JSON перечислена каждая.</numerusform>
            <numerusform>Вас касаются %n записей в журнале операций; в файле JSON перечислена каждая.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Personal data held about you</source>
        <translation>Ваши персональные данные, которые мы храним</translation>
    </message>
    <message>
        <source>Exported on %1. Times are in the shop&apos;s time zone (%2).</source>
        <translation>Выгружено %1. Время указано по часовому поясу магазина (%2).</translation>
    </message>
    <message>
        <source>This is everything the shop&apos;s loyalty terminal stores about you.</source>
        <translation>Это всё, что терминал программы лояльности магазина хранит о вас.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Customer id</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>Согласие на рекламные рассылки</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Импортирован как</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Данные удалены</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Баланс</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампы</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Сумма покупок</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Визиты</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Получено наград</translation>
    </message>
    <message>
        <source>First visit</source>
        <translation>Первый визит</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <source>Card ending</source>
        <translation>Последние знаки карты</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдана</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Возвращено</translation>
    </message>
    <message>
        <source>Points and stamps</source>
        <translation>Баллы и штампы</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>What mattered</source>
        <translation>Что было важно</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>История согласий</translation>
    </message>
    <message>
        <source>given</source>
        <translation>дано</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не дано</translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <source>🎂 Birthday this week</source>
        <translation>🎂 День рождения на этой неделе</translation>
    </message>
    <message>
        <source>Rewards available now:</source>
        <translation>Доступные награды:</translation>
    </message>
    <message>
        <source>Recent visits (F6: all, and refunds)</source>
        <translation>Последние визиты (F6: все и возвраты)</translation>
    </message>
    <message>
        <source>Enrol a customer on this card (F2)</source>
        <translation>Зарегистрировать клиента на эту карту (F2)</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} bonus points are waiting</source>
        <translation>С возвращением, {0} — ждут бонусные баллы: {1}</translation>
    </message>
    <message>
        <source>Welcome back, {0} — {1} is waiting</source>
        <translation>С возвращением, {0} — вас ждёт: {1}</translation>
    </message>
    <message>
        <source>Welcome back, {0} — stamps and points ×{1} on this visit</source>
        <translation>С возвращением, {0} — штампы и баллы ×{1} за этот визит</translation>
    </message>
    <message>
        <source>No card: sale without loyalty</source>
        <translation>Без карты: продажа без программы лояльности</translation>
    </message>
    <message>
        <source>New card …{0}: not yet anyone&apos;s</source>
        <translation>Новая карта …{0}: пока ничья</translation>
    </message>
    <message>
        <source>Sale {0}</source>
        <translation>Продажа {0}</translation>
    </message>
    <message>
        <source>+{0} stamps, +{1} points</source>
        <translation>штампы: +{0}, баллы: +{1}</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>возврат</translation>
    </message>
    <message>
        <source>Reward: {0}</source>
        <translation>Награда: {0}</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Визитов пока нет.</translation>
    </message>
    <message>
        <source>Balance below zero: {0} stamps, {1} points.</source>
        <translation>Баланс ниже нуля: штампы: {0}, баллы: {1}.</translation>
    </message>
    <message>
        <source>A refund took back stamps or points a reward had already used.</source>
        <translation>Возврат списал штампы или баллы, уже потраченные на награду.</translation>
    </message>
    <message>
        <source>Rewards were redeemed at two counters while they could not reach each other.</source>
        <translation>Награды выданы на двух кассах, пока они не могли связаться друг с другом.</translation>
    </message>
    <message>
        <source>A manual adjustment took away more than there was.</source>
        <translation>Ручная корректировка списала больше, чем было.</translation>
    </message>
    <message>
        <source>The next purchases fill it up again.</source>
        <translation>Следующие покупки снова его пополнят.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(удалённый клиент)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Card full: a reward is ready</source>
        <translation>Карта заполнена: награда готова</translation>
    </message>
    <message numerus="yes">
        <source>%n more to the next reward</source>
        <translation>
            <numerusform>Ещё %n до следующей награды</numerusform>
            <numerusform>Ещё %n до следующей награды</numerusform>
            <numerusform>Ещё %n до следующей награды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n балл</numerusform>
            <numerusform>%n балла</numerusform>
            <numerusform>%n баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>first visit today</source>
        <translation>первый визит сегодня</translation>
    </message>
    <message>
        <source>Last visit: {0} · {1} · spent {2}</source>
        <translation>Последний визит: {0} · {1} · потрачено {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n визит</numerusform>
            <numerusform>%n визита</numerusform>
            <numerusform>%n визитов</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} more this year for {1}</source>
        <translation>Ещё {0} в этом году до уровня «{1}»</translation>
    </message>
    <message>
        <source>Ctrl+{0}  Redeem {1}</source>
        <translation>Ctrl+{0}  Выдать: {1}</translation>
    </message>
</context>
<context>
    <name>CustomerScreen</name>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
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
        <translation>Оценить визит  →</translation>
    </message>
    <message>
        <source>Thank you, %1!</source>
        <translation>Спасибо, %1!</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>награда</translation>
    </message>
    <message>
        <source>Your %1 is waiting for you!</source>
        <translation>Вас ждёт награда: %1!</translation>
    </message>
    <message>
        <source>Just 1 more to your %1</source>
        <translation>Ещё всего 1 — и ваша награда: %1</translation>
    </message>
    <message>
        <source>%1 more to your %2</source>
        <translation>Ещё %1 — и ваша награда: %2</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>Насколько вероятно, что вы порекомендуете нас другу?</translation>
    </message>
    <message>
        <source>How was your visit today?</source>
        <translation>Как прошёл ваш визит сегодня?</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>Очень недоволен</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Недоволен</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Доволен</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Очень доволен</translation>
    </message>
    <message>
        <source>0 = not at all likely</source>
        <translation>0 = точно не порекомендую</translation>
    </message>
    <message>
        <source>10 = extremely likely</source>
        <translation>10 = точно порекомендую</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>What mattered most to you?</source>
        <translation>Что было для вас самым важным?</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to tell us? (optional)</source>
        <translation>Хотите что-то нам сказать? (необязательно)</translation>
    </message>
    <message>
        <source>Type here…</source>
        <translation>Напишите здесь…</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>Нет, спасибо</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Thank you for visiting!</source>
        <translation>Спасибо, что зашли к нам!</translation>
    </message>
</context>
<context>
    <name>CustomerScreenLink</name>
    <message>
        <source>Customer screen settings (Shift+F11)</source>
        <translation>Настройки экрана клиента (Shift+F11)</translation>
    </message>
    <message>
        <source>Receipt code read: the customer screen asks for the rating.</source>
        <translation>Код чека считан: экран клиента запрашивает оценку.</translation>
    </message>
</context>
<context>
    <name>CustomerWindow</name>
    <message>
        <source>See you again soon!</source>
        <translation>Ждём вас снова!</translation>
    </message>
    <message>
        <source>Customer screen</source>
        <translation>Экран клиента</translation>
    </message>
    <message>
        <source>This visit has already been rated. Thank you!</source>
        <translation>Этот визит уже оценён. Спасибо!</translation>
    </message>
    <message>
        <source>Sorry, this receipt code cannot be used.</source>
        <translation>Извините, этот код чека нельзя использовать.</translation>
    </message>
    <message>
        <source>We&apos;re sorry it wasn&apos;t better. We&apos;ll put it right.</source>
        <translation>Нам жаль, что было не лучше. Мы это исправим.</translation>
    </message>
</context>
<context>
    <name>DatabaseScreen</name>
    <message>
        <source>Loyalty Terminal — the database needs attention</source>
        <translation>Терминал лояльности — база данных требует внимания</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Резервные копии, сначала новые</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Восстановить выбранную резервную копию</translation>
    </message>
    <message>
        <source>Start with an empty database (the old file is kept aside)</source>
        <translation>Начать с пустой базы данных (старый файл сохраняется отдельно)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>The shop&apos;s database is missing.</source>
        <translation>База данных магазина отсутствует.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is damaged.</source>
        <translation>База данных магазина повреждена.</translation>
    </message>
    <message>
        <source>The shop&apos;s database is cut short.</source>
        <translation>База данных магазина неполная (файл обрезан).</translation>
    </message>
    <message>
        <source>The shop&apos;s database cannot be read.</source>
        <translation>Базу данных магазина не удаётся прочитать.</translation>
    </message>
    <message>
        <source>The data folder cannot be written.</source>
        <translation>Папка данных недоступна для записи.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>The database could not be updated.</source>
        <translation>Не удалось обновить базу данных.</translation>
    </message>
    <message>
        <source>The database file is not in {0}, yet this terminal has had one. Nothing new is created until you choose how to bring the data back.</source>
        <translation>Файла базы данных нет в {0}, хотя на этом терминале он уже был. Новый файл не будет создан, пока вы не выберете, как вернуть данные.</translation>
    </message>
    <message>
        <source>The file in {0} fails its check and cannot be used safely. It will be kept aside, not deleted.</source>
        <translation>Файл в {0} не прошёл проверку, и использовать его небезопасно. Он будет сохранён отдельно, а не удалён.</translation>
    </message>
    <message>
        <source>The file in {0} is shorter than it should be, as after a failed copy or a full disk. It will be kept aside, not deleted.</source>
        <translation>Файл в {0} короче, чем должен быть, — как после неудачного копирования или переполнения диска. Он будет сохранён отдельно, а не удалён.</translation>
    </message>
    <message>
        <source>The system refuses to read the file in {0} (its permissions, or a failing disk).</source>
        <translation>Система не даёт прочитать файл в {0} (права доступа или неисправный диск).</translation>
    </message>
    <message>
        <source>Nothing can be saved in {0}: the folder or the disk is read-only. No sale could be recorded. Check the folder&apos;s permissions, then choose Try again.</source>
        <translation>В {0} ничего нельзя сохранить: папка или диск доступны только для чтения. Записать продажу невозможно. Проверьте права доступа к папке, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The disk that holds {0} has no space left: no sale could be saved. Free some space, then choose Try again.</source>
        <translation>На диске с {0} не осталось места: продажу сохранить невозможно. Освободите место, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>This version needs to update the file in {0} and could not; the file is unchanged. Fix what is said below, then choose Try again.</source>
        <translation>Этой версии нужно обновить файл в {0}, но это не удалось; файл не изменён. Устраните проблему, описанную ниже, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Restore a backup below, or rebuild the database from the hub.</source>
        <translation>Восстановите базу данных из резервной копии ниже или с центрального сервера.</translation>
    </message>
    <message>
        <source>Restore a backup below.</source>
        <translation>Восстановите базу данных из резервной копии ниже.</translation>
    </message>
    <message>
        <source>There is no backup: rebuild the database from the hub.</source>
        <translation>Резервной копии нет: восстановите базу данных с центрального сервера.</translation>
    </message>
    <message>
        <source>There is no backup and no hub is set: the data cannot be brought back here. You can start with an empty database; the old file stays aside for a specialist.</source>
        <translation>Резервной копии нет, и центральный сервер не задан: здесь данные вернуть нельзя. Можно начать с пустой базы данных; старый файл будет сохранён отдельно для специалиста.</translation>
    </message>
    <message>
        <source>Details: {0}</source>
        <translation>Подробности: {0}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0} в {1}</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — размер {1}</translation>
    </message>
    <message>
        <source>Rebuild from the hub ({0})</source>
        <translation>Восстановить с центрального сервера ({0})</translation>
    </message>
    <message>
        <source>That backup cannot be used ({0}). Nothing was changed: choose another one.</source>
        <translation>Эту резервную копию нельзя использовать ({0}). Ничего не изменено: выберите другую.</translation>
    </message>
    <message>
        <source>The hub did not give the data back ({0}). Nothing was changed: check the network and try again.</source>
        <translation>Центральный сервер не вернул данные ({0}). Ничего не изменено: проверьте сеть и попробуйте снова.</translation>
    </message>
    <message>
        <source>{0} Nothing was changed.</source>
        <translation>{0} Ничего не изменено.</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>Сначала выберите резервную копию в списке.</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Восстановление резервной копии…</translation>
    </message>
    <message>
        <source>The backup is back in place.</source>
        <translation>Резервная копия восстановлена.</translation>
    </message>
    <message>
        <source>The database was rebuilt from the hub.</source>
        <translation>База данных восстановлена с центрального сервера.</translation>
    </message>
    <message>
        <source>Rebuilding the database from the hub…</source>
        <translation>Восстановление базы данных с центрального сервера…</translation>
    </message>
    <message>
        <source>A new, empty database was started.</source>
        <translation>Создана новая пустая база данных.</translation>
    </message>
    <message>
        <source>Starting an empty database…</source>
        <translation>Создание пустой базы данных…</translation>
    </message>
    <message>
        <source>The database still cannot be used.</source>
        <translation>Базу данных по-прежнему нельзя использовать.</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Проверка базы данных…</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Edit customer</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>Enrol a customer</source>
        <translation>Зарегистрировать клиента</translation>
    </message>
    <message>
        <source>e.g. {0}</source>
        <translation>например, {0}</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>imya@example.ru</translation>
    </message>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (необязательно)</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Календарь…</translation>
    </message>
    <message>
        <source>Agrees to receive offers by phone or e-mail</source>
        <translation>Согласие на получение предложений по телефону или эл. почте</translation>
    </message>
    <message>
        <source>The shop&apos;s language</source>
        <translation>Язык магазина</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>The scanned card …{0} will be theirs.</source>
        <translation>Отсканированная карта …{0} станет его картой.</translation>
    </message>
    <message>
        <source>A new card will be issued for printing.</source>
        <translation>Будет выпущена новая карта для печати.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Нужно указать имя.</translation>
    </message>
    <message>
        <source>“{0}” is not a phone number: type it like {1}.</source>
        <translation>«{0}» — не номер телефона: введите, например, {1}.</translation>
    </message>
    <message>
        <source>“{0}” is not an e-mail address: it needs a name, @ and a domain, like name@example.com.</source>
        <translation>«{0}» — не адрес эл. почты: нужны имя, @ и домен, например name@example.com.</translation>
    </message>
    <message>
        <source>“{0}” is not a birthday: type it like {1}, or pick it from the calendar.</source>
        <translation>«{0}» — не дата рождения: введите, например, {1}, или выберите в календаре.</translation>
    </message>
    <message>
        <source>This may be a customer we already have:</source>
        <translation>Возможно, это уже существующий клиент:</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>та же эл. почта</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>то же имя</translation>
    </message>
    <message>
        <source>Open {0} ({1}) · {2} points · {3}</source>
        <translation>Открыть: {0} ({1}) · баллы: {2} · {3}</translation>
    </message>
    <message>
        <source>Enrol a new customer anyway</source>
        <translation>Всё равно зарегистрировать нового клиента</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>We already have your rating for this visit. Thank you!</source>
        <translation>Мы уже получили вашу оценку этого визита. Спасибо!</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Скорость</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
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
        <translation>Насколько вероятно, что вы порекомендуете нас другу?</translation>
    </message>
    <message>
        <source>How was your visit?</source>
        <translation>Как прошёл ваш визит?</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Not likely</source>
        <translation>Точно не порекомендую</translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation>Точно порекомендую</translation>
    </message>
    <message>
        <source>Anything else? (optional)</source>
        <translation>Что-нибудь ещё? (необязательно)</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Спасибо за визит!</translation>
    </message>
    <message>
        <source>What mattered most?</source>
        <translation>Что было для вас самым важным?</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Rate your visit</source>
        <translation>Оцените ваш визит</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Слишком много запросов</translation>
    </message>
    <message>
        <source>Please try again later.</source>
        <translation>Пожалуйста, попробуйте позже.</translation>
    </message>
    <message>
        <source>This link has expired</source>
        <translation>Срок действия ссылки истёк</translation>
    </message>
    <message>
        <source>Feedback codes are valid for a few weeks.</source>
        <translation>Коды для отзывов действуют несколько недель.</translation>
    </message>
    <message>
        <source>This link is not valid</source>
        <translation>Ссылка недействительна</translation>
    </message>
    <message>
        <source>Please scan the code on your receipt again.</source>
        <translation>Пожалуйста, отсканируйте код на чеке ещё раз.</translation>
    </message>
    <message>
        <source>Already rated</source>
        <translation>Оценка уже получена</translation>
    </message>
    <message>
        <source>Please choose a score</source>
        <translation>Пожалуйста, выберите оценку</translation>
    </message>
    <message>
        <source>Go back and tap a score.</source>
        <translation>Вернитесь назад и нажмите на оценку.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Спасибо!</translation>
    </message>
    <message>
        <source>Your rating has reached the shop.</source>
        <translation>Ваша оценка передана магазину.</translation>
    </message>
</context>
<context>
    <name>FeedbackSettingsDialog</name>
    <message>
        <source>Customer screen</source>
        <translation>Экран клиента</translation>
    </message>
    <message>
        <source>How likely to recommend us, 0–10 (NPS)</source>
        <translation>Вероятность рекомендации, 0–10 (NPS)</translation>
    </message>
    <message>
        <source>How was your visit, five smileys (CSAT)</source>
        <translation>Как прошёл визит, пять смайликов (CSAT)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>“What mattered most?”
(one per line)</source>
        <translation>«Что было самым важным?»
(по одному в строке)</translation>
    </message>
    <message>
        <source>Message when idle</source>
        <translation>Сообщение в режиме ожидания</translation>
    </message>
    <message>
        <source>Back to idle after no touch for</source>
        <translation>Возврат в режим ожидания, если не трогать</translation>
    </message>
    <message>
        <source>Show the stamp card for (0: skip)</source>
        <translation>Показывать карту со штампами (0: пропустить)</translation>
    </message>
    <message>
        <source>Give one to twelve different reasons, each under 40 characters.</source>
        <translation>Укажите от одной до двенадцати разных причин, каждая короче 40 символов.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Set-up again (language, shop, camera, printer, hub)…</source>
        <translation>Настроить заново (язык, магазин, камера, принтер, сервер)…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up Loyalty Terminal</source>
        <translation>Настройка Терминала лояльности</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Пропустить этот шаг</translation>
    </message>
    <message>
        <source>Printing the recovery code…</source>
        <translation>Печать кода восстановления…</translation>
    </message>
    <message>
        <source>Saved as {0}. Print it, then delete the file.</source>
        <translation>Сохранено как {0}. Распечатайте его, затем удалите файл.</translation>
    </message>
    <message>
        <source>The recovery code was sent to {0}.</source>
        <translation>Код восстановления отправлен на {0}.</translation>
    </message>
    <message>
        <source>Save the recovery code</source>
        <translation>Сохранить код восстановления</translation>
    </message>
    <message>
        <source>The set-up could not be saved: {0}</source>
        <translation>Не удалось сохранить настройки: {0}</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>Cashier&apos;s guide</source>
        <translation>Памятка кассира</translation>
    </message>
    <message>
        <source>1. Scan the customer&apos;s card (camera or USB scanner), or type a phone number or name and Enter. The scanner works whatever has the focus.</source>
        <translation>1. Отсканируйте карту клиента (камерой или USB-сканером) или введите телефон или имя и нажмите Enter. Сканер работает, где бы ни был фокус.</translation>
    </message>
    <message>
        <source>2. Type the amount and press Enter: the sale, its stamps and points are saved at once.</source>
        <translation>2. Введите сумму и нажмите Enter: продажа, её штампы и баллы сохраняются сразу.</translation>
    </message>
    <message>
        <source>3. A reward is ready? Tap it, or press Ctrl and its number.</source>
        <translation>3. Награда готова? Нажмите на неё или Ctrl и её номер.</translation>
    </message>
    <message>
        <source>4. Esc: the next customer. A mistake in this visit? Ctrl+Z takes back the last action.</source>
        <translation>4. Esc: следующий клиент. Ошибка в этом визите? Ctrl+Z отменяет последнее действие.</translation>
    </message>
    <message>
        <source>No card? Record the sale anyway, or enrol the customer (F2). A refund needs the receipt number (F9), or the customer&apos;s history (F6).</source>
        <translation>Нет карты? Всё равно проведите продажу или зарегистрируйте клиента (F2). Для возврата нужен номер чека (F9) или история клиента (F6).</translation>
    </message>
    <message>
        <source>Scan, anywhere</source>
        <translation>Сканирование, где угодно</translation>
    </message>
    <message>
        <source>Open the customer, or the receipt&apos;s rating</source>
        <translation>Открыть клиента или оценку по чеку</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Record the sale (in the amount) / search (in the code field)</source>
        <translation>Провести продажу (в поле суммы) / поиск (в поле кода)</translation>
    </message>
    <message>
        <source>Ctrl+1…9</source>
        <translation>Ctrl+1…9</translation>
    </message>
    <message>
        <source>Redeem the reward on that button</source>
        <translation>Выдать награду с этой кнопки</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>История: {0}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампы</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>(refunded)</source>
        <translation>(возврат)</translation>
    </message>
    <message>
        <source>(undone)</source>
        <translation>(отменено)</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Пока ничего.</translation>
    </message>
    <message>
        <source>Refund this sale…</source>
        <translation>Вернуть эту продажу…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>“{0}” is this computer itself: customers&apos; phones cannot open it, so their receipts&apos; codes would lead nowhere.</source>
        <translation>«{0}» — это сам этот компьютер: телефоны клиентов не смогут его открыть, и коды на чеках никуда не приведут.</translation>
    </message>
    <message>
        <source>On the shop&apos;s network this computer is {0}.</source>
        <translation>Адрес этого компьютера в сети магазина: {0}.</translation>
    </message>
    <message>
        <source>Use the hub&apos;s address on the shop&apos;s network (it looks like http://192.168.1.20:8765).</source>
        <translation>Укажите адрес центрального сервера в сети магазина (например, http://192.168.1.20:8765).</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address starting with http://, for example http://192.168.1.20:8765.</source>
        <translation>Введите адрес центрального сервера, начиная с http://, например http://192.168.1.20:8765.</translation>
    </message>
    <message>
        <source>Type the hub&apos;s address, or choose “No hub yet”.</source>
        <translation>Введите адрес центрального сервера или выберите «Пока без сервера».</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Проверка {0}…</translation>
    </message>
    <message>
        <source>The hub answers at {0}.</source>
        <translation>Центральный сервер отвечает по адресу {0}.</translation>
    </message>
    <message>
        <source>{0} answered, but not as a hub (HTTP {1}).</source>
        <translation>{0} отвечает, но это не центральный сервер (HTTP {1}).</translation>
    </message>
    <message>
        <source>No answer from {0}. Start the hub on the computer that stays on (python main.py hub --host 0.0.0.0), then check again.</source>
        <translation>Нет ответа от {0}. Запустите центральный сервер на компьютере, который всегда включён (python main.py hub --host 0.0.0.0), затем проверьте снова.</translation>
    </message>
    <message>
        <source>Hub and feedback codes</source>
        <translation>Центральный сервер и коды для отзывов</translation>
    </message>
    <message>
        <source>Each receipt has a code for the customer&apos;s rating. With a hub that phones on the shop&apos;s Wi-Fi can reach, the code opens its rating page.</source>
        <translation>На каждом чеке есть код, по которому клиент может оставить оценку. Если есть центральный сервер, доступный телефонам через Wi-Fi магазина, код открывает страницу оценки.</translation>
    </message>
    <message>
        <source>No hub yet: receipts carry a code to hold to the counter camera</source>
        <translation>Пока без сервера: на чеках будет код, который подносят к камере на кассе</translation>
    </message>
    <message>
        <source>Use the hub at:</source>
        <translation>Центральный сервер по адресу:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <source>The hub also syncs several counters (sync settings: Shift+F5). Change this later under Loyalty rules and shop (F10).</source>
        <translation>Центральный сервер также синхронизирует несколько касс (настройки синхронизации: Shift+F5). Изменить это можно позже в разделе «Правила лояльности и магазин» (F10).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import customers</source>
        <translation>Импорт клиентов</translation>
    </message>
    <message>
        <source>Import sales</source>
        <translation>Импорт продаж</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <source>Import nothing if any row is bad</source>
        <translation>Ничего не импортировать, если хоть одна строка с ошибкой</translation>
    </message>
    <message>
        <source>Imported sales earn points under today&apos;s rules</source>
        <translation>Начислять баллы за импортированные продажи по текущим правилам</translation>
    </message>
    <message>
        <source>Otherwise the good rows are imported and the bad ones set aside, with their reasons, in %1.</source>
        <translation>Иначе правильные строки будут импортированы, а строки с ошибками — отложены вместе с причинами в %1.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <source>Check only</source>
        <translation>Только проверить</translation>
    </message>
    <message>
        <source>Read and check every row; import nothing</source>
        <translation>Прочитать и проверить все строки, ничего не импортируя</translation>
    </message>
    <message>
        <source>How the file is written</source>
        <translation>Формат файла</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 с BOM</translation>
    </message>
    <message>
        <source>Windows-1250 (Central European)</source>
        <translation>Windows-1250 (центральноевропейская)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Запятая</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Точка с запятой</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Point (4.50)</source>
        <translation>Точка (4.50)</translation>
    </message>
    <message>
        <source>Comma (4,50)</source>
        <translation>Запятая (4,50)</translation>
    </message>
    <message>
        <source>Day first (01.04.2025)</source>
        <translation>Сначала день (01.04.2025)</translation>
    </message>
    <message>
        <source>Month first (4/1/2025)</source>
        <translation>Сначала месяц (4/1/2025)</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Разделитель</translation>
    </message>
    <message>
        <source>Decimal mark</source>
        <translation>Десятичный разделитель</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Customer (the old system&apos;s key)</source>
        <translation>Клиент (ключ в старой системе)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(нет в файле)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>столбец %1</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>day first</source>
        <translation>сначала день</translation>
    </message>
    <message>
        <source>month first</source>
        <translation>сначала месяц</translation>
    </message>
    <message>
        <source>decimal point</source>
        <translation>десятичная точка</translation>
    </message>
    <message>
        <source>decimal comma</source>
        <translation>десятичная запятая</translation>
    </message>
    <message>
        <source>Read as: %1, %2-separated, %3, dates %4</source>
        <translation>Прочитано как: %1, разделитель — %2, %3, даты: %4</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Автоматически: %1</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 к прошлому периоду</translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation>нет данных за прошлый период</translation>
    </message>
    <message>
        <source>no ratings</source>
        <translation>нет оценок</translation>
    </message>
    <message numerus="yes">
        <source>95%: %1 to %2, %n ratings</source>
        <translation>
            <numerusform>95%: от %1 до %2, %n оценка</numerusform>
            <numerusform>95%: от %1 до %2, %n оценки</numerusform>
            <numerusform>95%: от %1 до %2, %n оценок</numerusform>
        </translation>
    </message>
    <message>
        <source>change within the noise</source>
        <translation>изменение в пределах погрешности</translation>
    </message>
    <message>
        <source>nobody was active in the previous period</source>
        <translation>в прошлом периоде активных клиентов не было</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Welcome! A few steps set up the counter; skip any of them, and change everything later in the settings. First, the language of the screens: it changes at once.</source>
        <translation>Добро пожаловать! Несколько шагов — и касса готова к работе. Любой шаг можно пропустить, а всё изменить позже в настройках. Сначала язык экранов: он меняется сразу.</translation>
    </message>
</context>
<context>
    <name>ListsPanel</name>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>Опаздывают по своему ритму</translation>
    </message>
    <message>
        <source>Overdrawn</source>
        <translation>Отрицательный баланс</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Дней без визитов</translation>
    </message>
    <message>
        <source>Usual gap (days)</source>
        <translation>Обычный перерыв (дней)</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
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
        <translation>Обслужил(а)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Contacted…</source>
        <translation>Связались…</translation>
    </message>
    <message>
        <source>Resolved…</source>
        <translation>Решено…</translation>
    </message>
    <message>
        <source>Recovery offer…</source>
        <translation>Предложение-извинение…</translation>
    </message>
    <message>
        <source>Low ratings</source>
        <translation>Низкие оценки</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(нет согласия)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>contacted</source>
        <translation>связались</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>(no card)</source>
        <translation>(без карты)</translation>
    </message>
    <message>
        <source>Answered within 48 h: {0} of {1} · came back after: {2}</source>
        <translation>Ответ в течение 48 ч: {0} из {1} · вернулись после: {2}</translation>
    </message>
</context>
<context>
    <name>LowScoreAlert</name>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>A customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>%1 rated this visit %2/%3</source>
        <translation>%1 оценил(а) визит на %2/%3</translation>
    </message>
    <message>
        <source>: unhappy about %1</source>
        <translation>: недоволен(льна): %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{0} — Loyalty Terminal</source>
        <translation>{0} — Терминал лояльности</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <source>Enrol (F2)</source>
        <translation>Регистрация
(F2)</translation>
    </message>
    <message>
        <source>Find (F3)</source>
        <translation>Найти
(F3)</translation>
    </message>
    <message>
        <source>Edit (F4)</source>
        <translation>Изменить
(F4)</translation>
    </message>
    <message>
        <source>History (F6)</source>
        <translation>История
(F6)</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Отменить
(Ctrl+Z)</translation>
    </message>
    <message>
        <source>Next (Esc)</source>
        <translation>Следующий
(Esc)</translation>
    </message>
    <message>
        <source>Refund (F9)</source>
        <translation>Возврат
(F9)</translation>
    </message>
    <message>
        <source>Owner (F8)</source>
        <translation>Владелец
(F8)</translation>
    </message>
    <message>
        <source>Adjust points… (owner, Shift+F9)</source>
        <translation>Скорректировать баллы… (владелец, Shift+F9)</translation>
    </message>
    <message>
        <source>Lost card (F7)</source>
        <translation>Утерянная карта (F7)</translation>
    </message>
    <message>
        <source>Card for the phone… (Ctrl+Shift+P)</source>
        <translation>Карта для телефона… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Merge with another record… (owner, Shift+F4)</source>
        <translation>Объединить с другой записью… (владелец, Shift+F4)</translation>
    </message>
    <message>
        <source>Loyalty rules and shop (F10)</source>
        <translation>Правила лояльности и магазин (F10)</translation>
    </message>
    <message>
        <source>Cashier&apos;s guide (F1)</source>
        <translation>Памятка кассира (F1)</translation>
    </message>
    <message>
        <source>Customer screen (F11)</source>
        <translation>Экран клиента (F11)</translation>
    </message>
    <message>
        <source>More… (F12)</source>
        <translation>Ещё…
(F12)</translation>
    </message>
    <message>
        <source>Ready. Scan a card or type a code.</source>
        <translation>Готово. Отсканируйте карту или введите код.</translation>
    </message>
    <message>
        <source>Change owner PIN…</source>
        <translation>Сменить PIN владельца…</translation>
    </message>
    <message>
        <source>Print receipt (Ctrl+P)</source>
        <translation>Печать чека (Ctrl+P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P saves it for their phone.</source>
        <translation>Ctrl+Shift+P сохраняет её для телефона клиента.</translation>
    </message>
    <message>
        <source>No printer for the new card …{0}: it is saved as {1} to print later.</source>
        <translation>Нет принтера для новой карты …{0}: она сохранена как {1}, распечатайте позже.</translation>
    </message>
    <message>
        <source>New card …{0} sent to {1}.</source>
        <translation>Новая карта …{0} отправлена на {1}.</translation>
    </message>
    <message>
        <source>Open the customer first (find them by name or phone).</source>
        <translation>Сначала откройте клиента (найдите по имени или телефону).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Lost card</source>
        <translation>Утерянная карта</translation>
    </message>
    <message>
        <source>Block {0}&apos;s card {1} and issue a new one?
The old card stops working at once; the stamps and points stay with {0}.</source>
        <translation>Заблокировать карту {1} клиента {0} и выпустить новую?
Старая карта сразу перестанет работать; штампы и баллы останутся у клиента {0}.</translation>
    </message>
    <message>
        <source>Block and issue a new card</source>
        <translation>Заблокировать и выпустить новую</translation>
    </message>
    <message>
        <source>Old card blocked. New card for {0}: {1}</source>
        <translation>Старая карта заблокирована. Новая карта для {0}: {1}</translation>
    </message>
    <message>
        <source>Open the customer to keep first, then merge the other record into them.</source>
        <translation>Сначала откройте клиента, которого оставляете, затем объедините с ним другую запись.</translation>
    </message>
    <message>
        <source>Merging customers needs the owner&apos;s PIN.</source>
        <translation>Для объединения клиентов нужен PIN владельца.</translation>
    </message>
    <message>
        <source>Merge into {0}: which other record?</source>
        <translation>Объединить с {0}: какую запись?</translation>
    </message>
    <message>
        <source>Merge {0} ({1}, {2} stamps, {3} points, {4} visits) into {5} ({6}, {7} stamps, {8} points, {9} visits)?
Afterwards there is one customer, {5}, with all the stamps, points, cards and visits of both. The counter cannot undo this.</source>
        <translation>Объединить {0} ({1}, штампы: {2}, баллы: {3}, визиты: {4}) с {5} ({6}, штампы: {7}, баллы: {8}, визиты: {9})?
После этого останется один клиент, {5}, со всеми штампами, баллами, картами и визитами обоих. Касса не может это отменить.</translation>
    </message>
    <message>
        <source>Merge customers</source>
        <translation>Объединение клиентов</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>{0} is now part of {1}: {2} stamps, {3} points.</source>
        <translation>{0} теперь часть записи {1}: штампы: {2}, баллы: {3}.</translation>
    </message>
    <message>
        <source>The owner&apos;s screen closed after a few idle minutes.</source>
        <translation>Экран владельца закрылся после нескольких минут бездействия.</translation>
    </message>
    <message>
        <source>Points to add (negative to take away) for {0}:</source>
        <translation>Сколько баллов начислить (отрицательное — списать) для {0}:</translation>
    </message>
    <message>
        <source>Adjust points</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <source>Reason (kept in the history):</source>
        <translation>Причина (сохраняется в истории):</translation>
    </message>
    <message>
        <source>No change: an adjustment needs a reason.</source>
        <translation>Без изменений: для корректировки нужна причина.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Settings need the owner&apos;s PIN.</source>
        <translation>Для настроек нужен PIN владельца.</translation>
    </message>
    <message>
        <source>Owner PIN changed.</source>
        <translation>PIN владельца изменён.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Enrol a customer or issue a card first: a card&apos;s code can be saved only right after that.</source>
        <translation>Сначала зарегистрируйте клиента или выпустите карту: код карты можно сохранить только сразу после этого.</translation>
    </message>
    <message>
        <source>Saving files is not available on this terminal.</source>
        <translation>На этом терминале нельзя сохранять файлы.</translation>
    </message>
    <message>
        <source>Save the card for a phone</source>
        <translation>Сохранить карту для телефона</translation>
    </message>
    <message>
        <source>Picture (*.png)</source>
        <translation>Изображение (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Файл PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Card …{0} saved for the phone as {1}.</source>
        <translation>Карта …{0} сохранена для телефона как {1}.</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>The terminal hit an unexpected problem. Nothing already confirmed is lost.
Details are in {0}.</source>
        <translation>Терминал столкнулся с непредвиденной ошибкой. Ничего из уже подтверждённого не потеряно.
Подробности: {0}.</translation>
    </message>
    <message>
        <source>Sync now (F5)</source>
        <translation>Синхронизировать сейчас (F5)</translation>
    </message>
    <message>
        <source>Sync settings (Shift+F5)</source>
        <translation>Настройки синхронизации (Shift+F5)</translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Забыли PIN?</translation>
    </message>
    <message>
        <source>Change owner PIN</source>
        <translation>Смена PIN владельца</translation>
    </message>
    <message>
        <source>Type the recovery code printed at set-up, and a new PIN.</source>
        <translation>Введите код восстановления, напечатанный при настройке, и новый PIN.</translation>
    </message>
    <message>
        <source>Type the current PIN, then the new one ({0} to {1} digits).</source>
        <translation>Введите текущий PIN, затем новый (от {0} до {1} цифр).</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Текущий PIN</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Новый PIN</translation>
    </message>
    <message>
        <source>Repeat new PIN</source>
        <translation>Повторите новый PIN</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>PIN должен содержать от {0} до {1} цифр.</translation>
    </message>
    <message>
        <source>The two new PINs differ.</source>
        <translation>Новые PIN-коды не совпадают.</translation>
    </message>
    <message>
        <source>New PIN set. Your next recovery code (the old one no longer works): {0}
Write it down or print it from the set-up, and keep it away from the counter.</source>
        <translation>Новый PIN задан. Ваш следующий код восстановления (старый больше не действует): {0}
Запишите его или распечатайте в мастере настройки и храните подальше от кассы.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных попыток. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Неверный код восстановления.</translation>
    </message>
    <message>
        <source>Wrong current PIN.</source>
        <translation>Неверный текущий PIN.</translation>
    </message>
    <message numerus="yes">
        <source>%n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>До блокировки осталась %n попытка.</numerusform>
            <numerusform>До блокировки осталось %n попытки.</numerusform>
            <numerusform>До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>This terminal has no recovery code. Ask for help to reset the PIN.</source>
        <translation>У этого терминала нет кода восстановления. Обратитесь за помощью, чтобы сбросить PIN.</translation>
    </message>
    <message>
        <source>No PIN is set yet: open the owner&apos;s screen (F8) to choose one.</source>
        <translation>PIN ещё не задан: откройте экран владельца (F8), чтобы задать его.</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>пробел</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message>
        <source>Owner dashboard</source>
        <translation>Панель управления владельца</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Свой период…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>The period&apos;s numbers…</source>
        <translation>Показатели периода…</translation>
    </message>
    <message>
        <source>The list shown (win-back, VIP…)…</source>
        <translation>Показанный список (возврат клиентов, VIP…)…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Отчёт в PDF…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Customers from CSV…</source>
        <translation>Клиенты из CSV…</translation>
    </message>
    <message>
        <source>Sales from CSV…</source>
        <translation>Продажи из CSV…</translation>
    </message>
    <message>
        <source>%1 rows were set aside, with their reasons, in %2.</source>
        <translation>Отложено строк: %1; они сохранены вместе с причинами в %2.</translation>
    </message>
    <message>
        <source>Nothing imported: %1 problems.</source>
        <translation>Ничего не импортировано. Проблем: %1.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Назад к кассе</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>%1 · compared with %2 – %3</source>
        <translation>%1 · в сравнении с %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>The ledger was tampered with: %n record(s) were changed, removed or slipped in after they were written (the first from terminal %1). Compare with a backup; &apos;python main.py verify&apos; lists them all.</source>
        <translation>
            <numerusform>Журнал был изменён: %n запись изменена, удалена или вставлена задним числом (первая — с терминала %1). Сверьте с резервной копией; &apos;python main.py verify&apos; покажет все.</numerusform>
            <numerusform>Журнал был изменён: %n записи изменены, удалены или вставлены задним числом (первая — с терминала %1). Сверьте с резервной копией; &apos;python main.py verify&apos; покажет все.</numerusform>
            <numerusform>Журнал был изменён: %n записей изменены, удалены или вставлены задним числом (первая — с терминала %1). Сверьте с резервной копией; &apos;python main.py verify&apos; покажет все.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub found %n record(s) from this terminal that break the ledger&apos;s chain: they were changed before they were sent.</source>
        <translation>
            <numerusform>Центральный сервер нашёл %n запись с этого терминала, которая нарушает цепочку журнала: её изменили до отправки.</numerusform>
            <numerusform>Центральный сервер нашёл %n записи с этого терминала, которые нарушают цепочку журнала: их изменили до отправки.</numerusform>
            <numerusform>Центральный сервер нашёл %n записей с этого терминала, которые нарушают цепочку журнала: их изменили до отправки.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Choose one of the customer lists first.</source>
        <translation>Сначала выберите один из списков клиентов.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Файлы CSV и текстовые файлы (*.csv *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Summaries</source>
        <translation>Сводки</translation>
    </message>
    <message>
        <source>Checked %1 rows: %2 can be imported, %3 are already there, %4 have problems. Nothing was imported.</source>
        <translation>Проверено строк: %1. Можно импортировать: %2, уже есть: %3, с проблемами: %4. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Imported %1 rows; %2 were already there.</source>
        <translation>Импортировано строк: %1; уже были: %2.</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Связались</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Note (what was said or done):</source>
        <translation>Заметка (что сказали или сделали):</translation>
    </message>
    <message>
        <source>Recovery offer</source>
        <translation>Предложение-извинение</translation>
    </message>
    <message>
        <source>Bonus points waiting at {0}&apos;s next visit:</source>
        <translation>Бонусные баллы к следующему визиту клиента {0}:</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>Put it right: {0}</source>
        <translation>Исправляем: {0}</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s PIN.</source>
        <translation>Введите PIN владельца.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Повторите PIN</translation>
    </message>
    <message>
        <source>Forgot the PIN?</source>
        <translation>Забыли PIN?</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Choose the owner&apos;s PIN (6 to 12 digits). It guards the dashboard, settings and manual adjustments.</source>
        <translation>Задайте PIN владельца (от 6 до 12 цифр). Он защищает панель управления, настройки и ручные корректировки.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Неверный PIN. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN. До блокировки осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>A PIN is 6 to 12 digits.</source>
        <translation>PIN должен содержать от 6 до 12 цифр.</translation>
    </message>
    <message>
        <source>A PIN is already set.</source>
        <translation>PIN уже задан.</translation>
    </message>
    <message>
        <source>No PIN is set yet.</source>
        <translation>PIN ещё не задан.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Owner PIN</source>
        <translation>PIN владельца</translation>
    </message>
    <message>
        <source>The PIN guards the owner&apos;s dashboard, the settings and manual adjustments.</source>
        <translation>PIN защищает панель управления владельца, настройки и ручные корректировки.</translation>
    </message>
    <message>
        <source>A PIN is already set. Change it later with the old one (More → Change owner PIN).</source>
        <translation>PIN уже задан. Сменить его позже можно, зная старый (Ещё → Сменить PIN владельца).</translation>
    </message>
    <message>
        <source>Choose {0} to {1} digits. Skip, and the first person to open the owner&apos;s screen (F8) chooses it.</source>
        <translation>Задайте от {0} до {1} цифр. Если пропустить этот шаг, PIN задаст тот, кто первым откроет экран владельца (F8).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>Repeat PIN</source>
        <translation>Повторите PIN</translation>
    </message>
    <message>
        <source>A PIN is {0} to {1} digits.</source>
        <translation>PIN должен содержать от {0} до {1} цифр.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Print receipt</source>
        <translation>Печать чека</translation>
    </message>
    <message>
        <source>Print (or reprint) the last receipt</source>
        <translation>Напечатать (или перепечатать) последний чек</translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation>Сохранить чек в PDF…</translation>
    </message>
    <message>
        <source>Print receipts automatically</source>
        <translation>Печатать чеки автоматически</translation>
    </message>
    <message>
        <source>Printer settings…</source>
        <translation>Настройки принтера…</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Сохранить чек в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <source>Printing the test page…</source>
        <translation>Печать тестовой страницы…</translation>
    </message>
    <message>
        <source>Test page sent to {0}. Both ends of the line should be on the paper.</source>
        <translation>Тестовая страница отправлена на {0}. Оба конца линии должны уместиться на бумаге.</translation>
    </message>
    <message>
        <source>The test page did not print: {0}</source>
        <translation>Тестовая страница не напечаталась: {0}</translation>
    </message>
    <message>
        <source>the system&apos;s default printer</source>
        <translation>системный принтер по умолчанию</translation>
    </message>
    <message>
        <source>Receipts go to {0}, on a {1} mm roll.</source>
        <translation>Чеки печатает {0}, рулон {1} мм.</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Принтер для чеков</translation>
    </message>
    <message>
        <source>Print a test page to see the printer and the roll width are right.</source>
        <translation>Напечатайте тестовую страницу, чтобы убедиться, что принтер и ширина рулона выбраны верно.</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Напечатать тестовую страницу</translation>
    </message>
    <message>
        <source>Printer and paper…</source>
        <translation>Принтер и бумага…</translation>
    </message>
</context>
<context>
    <name>PrinterSettingsDialog</name>
    <message>
        <source>Printer settings</source>
        <translation>Настройки принтера</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>Принтер по умолчанию</translation>
    </message>
    <message>
        <source>{0} mm roll</source>
        <translation>Рулон {0} мм</translation>
    </message>
    <message>
        <source>Print the receipt automatically after each sale</source>
        <translation>Автоматически печатать чек после каждой продажи</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>No printer found. The sale is saved; use “Save receipt as PDF”.</source>
        <translation>Принтер не найден. Продажа сохранена; используйте «Сохранить чек в PDF».</translation>
    </message>
    <message>
        <source>Printer “{detail}” not available. The sale is saved; check it or choose another.</source>
        <translation>Принтер «{detail}» недоступен. Продажа сохранена; проверьте его или выберите другой.</translation>
    </message>
    <message>
        <source>The printer refused the receipt (offline? paper?). The sale is saved; reprint when ready.</source>
        <translation>Принтер не принял чек (отключён? бумага?). Продажа сохранена; перепечатайте, когда он будет готов.</translation>
    </message>
    <message>
        <source>There is no receipt to reprint yet.</source>
        <translation>Пока нет чека для перепечатки.</translation>
    </message>
    <message>
        <source>Receipt {detail} was not found.</source>
        <translation>Чек {detail} не найден.</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {detail}</source>
        <translation>Не удалось сохранить PDF: {detail}</translation>
    </message>
    <message>
        <source>Printing failed (an internal error, see the log). The sale is saved.</source>
        <translation>Печать не удалась (внутренняя ошибка, см. журнал). Продажа сохранена.</translation>
    </message>
    <message>
        <source>Receipt {number} sent to {where}.</source>
        <translation>Чек {number} отправлен на {where}.</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Import problems: %1</source>
        <translation>Проблемы импорта: %1</translation>
    </message>
    <message>
        <source>Save the list…</source>
        <translation>Сохранить список…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Сохранить список проблем</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Text (*.txt)</source>
        <translation>CSV (*.csv);;Текст (*.txt)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
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
        <translation>ОК</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message numerus="yes">
        <source>%n more stamps to %1</source>
        <translation>
            <numerusform>Ещё %n штамп до награды «%1»</numerusform>
            <numerusform>Ещё %n штампа до награды «%1»</numerusform>
            <numerusform>Ещё %n штампов до награды «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>Ещё %n балл до награды «%1»</numerusform>
            <numerusform>Ещё %n балла до награды «%1»</numerusform>
            <numerusform>Ещё %n баллов до награды «%1»</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Спасибо за визит!</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Чек %1</translation>
    </message>
    <message>
        <source>Terminal %1</source>
        <translation>Терминал %1</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Чек</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>ИТОГО</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус на день рождения</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Points balance</source>
        <translation>Баланс баллов</translation>
    </message>
    <message>
        <source>Stamps (+%1)</source>
        <translation>Штампы (+%1)</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампы</translation>
    </message>
    <message>
        <source>Card full: %1 is yours!</source>
        <translation>Карта заполнена: %1 — ваш подарок!</translation>
    </message>
    <message>
        <source>How was your visit? Hold this receipt to the counter camera to rate us.</source>
        <translation>Как прошёл визит? Поднесите этот чек к камере на кассе, чтобы оценить нас.</translation>
    </message>
    <message>
        <source>How was your visit? Scan to rate us.</source>
        <translation>Как прошёл визит? Отсканируйте и оцените нас.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Код восстановления</translation>
    </message>
    <message>
        <source>For a forgotten PIN: print it and keep it away from the counter.</source>
        <translation>На случай, если PIN забудется: распечатайте код и храните подальше от кассы.</translation>
    </message>
    <message>
        <source>This code sets a new PIN when the old one is forgotten (F8, then “Forgot the PIN?”). It is shown only now.</source>
        <translation>Этот код позволяет задать новый PIN, если старый забыт (F8, затем «Забыли PIN?»). Он показывается только сейчас.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Напечатать</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund a sale</source>
        <translation>Возврат продажи</translation>
    </message>
    <message>
        <source>Receipt number, e.g. S1-T1-000123</source>
        <translation>Номер чека, например S1-T1-000123</translation>
    </message>
    <message>
        <source>Show the sale</source>
        <translation>Показать продажу</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Which sale? Type or scan the receipt number.</source>
        <translation>Какая продажа? Введите или отсканируйте номер чека.</translation>
    </message>
    <message>
        <source>(erased customer)</source>
        <translation>(удалённый клиент)</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>без карты</translation>
    </message>
    <message>
        <source>Receipt {0}
Sold {1}
Amount {2}
Customer: {3}
The refund takes back: stamps {4}, points {5}</source>
        <translation>Чек {0}
Продано: {1}
Сумма: {2}
Клиент: {3}
Возврат спишет: штампы {4}, баллы {5}</translation>
    </message>
    <message>
        <source>This sale was already refunded.</source>
        <translation>По этой продаже уже был возврат.</translation>
    </message>
    <message>
        <source>Refund (owner)</source>
        <translation>Возврат (владелец)</translation>
    </message>
    <message>
        <source>the refund takes back stamps already spent on a reward ({0}): the stamp balance becomes {1}</source>
        <translation>возврат списывает штампы, уже потраченные на награду ({0}): баланс штампов станет {1}</translation>
    </message>
    <message>
        <source>the refund takes back {0} points already spent: the points balance becomes {1}</source>
        <translation>возврат списывает уже потраченные баллы ({0}): баланс баллов станет {1}</translation>
    </message>
    <message>
        <source>Below zero: {0}. It needs the owner&apos;s PIN.</source>
        <translation>Ниже нуля: {0}. Нужен PIN владельца.</translation>
    </message>
</context>
<context>
    <name>RelativeDay</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>%1: loyalty report</source>
        <translation>%1: отчёт по программе лояльности</translation>
    </message>
    <message>
        <source>%1 (time zone %2); previous period %3</source>
        <translation>%1 (часовой пояс %2); прошлый период %3</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Этот период</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Прошлый</translation>
    </message>
    <message>
        <source>The change in %1 from the previous period is within the noise (95% confidence).</source>
        <translation>Изменение %1 по сравнению с прошлым периодом в пределах погрешности (доверие 95%).</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новые</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>постоянные</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation>ушедшие</translation>
    </message>
    <message>
        <source>Visits per week</source>
        <translation>Визиты по неделям</translation>
    </message>
    <message>
        <source>Revenue per week (%1)</source>
        <translation>Выручка по неделям (%1)</translation>
    </message>
    <message>
        <source>NPS per week</source>
        <translation>NPS по неделям</translation>
    </message>
    <message>
        <source>Rating distribution (0–10)</source>
        <translation>Распределение оценок (0–10)</translation>
    </message>
    <message>
        <source>Segment sizes</source>
        <translation>Размеры сегментов</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <source>Overdue by their own rhythm</source>
        <translation>Опаздывают по своему ритму</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Последний визит</translation>
    </message>
    <message>
        <source>Days silent</source>
        <translation>Дней без визитов</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>Потрачено</translation>
    </message>
    <message>
        <source>(no consent)</source>
        <translation>(нет согласия)</translation>
    </message>
    <message>
        <source>Latest low ratings</source>
        <translation>Последние низкие оценки</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Campaigns: offered group against the control group</source>
        <translation>Кампании: группа с предложением против контрольной группы</translation>
    </message>
    <message>
        <source>Came back: a sale in the campaign&apos;s window. The lift&apos;s 95 % interval holding zero means the difference is within the noise.</source>
        <translation>Вернулся: продажа в период кампании. Если 95-процентный интервал прироста содержит ноль, разница в пределах погрешности.</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <source>Offered: back</source>
        <translation>С предложением: вернулись</translation>
    </message>
    <message>
        <source>Control: back</source>
        <translation>Контроль: вернулись</translation>
    </message>
    <message>
        <source>Lift (95 %)</source>
        <translation>Прирост (95 %)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>погрешность</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Показатель</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Loyalty rules</source>
        <translation>Правила лояльности</translation>
    </message>
    <message>
        <source>Start from a template; every number and reward can be changed later (F10).</source>
        <translation>Начните с шаблона; любые числа и награды можно изменить позже (F10).</translation>
    </message>
    <message>
        <source>Café stamp card</source>
        <translation>Кафе: карта со штампами</translation>
    </message>
    <message>
        <source>Salon points</source>
        <translation>Салон: баллы</translation>
    </message>
    <message>
        <source>Retail tiers</source>
        <translation>Розница: уровни</translation>
    </message>
    <message>
        <source>Stamps and points (standard)</source>
        <translation>Штампы и баллы (стандарт)</translation>
    </message>
    <message>
        <source>Keep the current rules</source>
        <translation>Оставить текущие правила</translation>
    </message>
    <message numerus="yes">
        <source>A stamp per visit; a full card of %n stamp(s): {0}.</source>
        <translation>
            <numerusform>Штамп за каждый визит; полная карта — %n штамп: {0}.</numerusform>
            <numerusform>Штамп за каждый визит; полная карта — %n штампа: {0}.</numerusform>
            <numerusform>Штамп за каждый визит; полная карта — %n штампов: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per unit spent; rewards: {0}.</source>
        <translation>
            <numerusform>%n балл за каждую потраченную денежную единицу; награды: {0}.</numerusform>
            <numerusform>%n балла за каждую потраченную денежную единицу; награды: {0}.</numerusform>
            <numerusform>%n баллов за каждую потраченную денежную единицу; награды: {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tiers: {0}.</source>
        <translation>Уровни: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on a birthday.</source>
        <translation>
            <numerusform>%n балл в подарок на день рождения.</numerusform>
            <numerusform>%n балла в подарок на день рождения.</numerusform>
            <numerusform>%n баллов в подарок на день рождения.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalePanel</name>
    <message>
        <source>Sale amount</source>
        <translation>Сумма продажи</translation>
    </message>
    <message>
        <source>Record sale  ⏎</source>
        <translation>Провести продажу  ⏎</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find a customer</source>
        <translation>Найти клиента</translation>
    </message>
    <message>
        <source>Name, phone number or card code</source>
        <translation>Имя, телефон или код карты</translation>
    </message>
    <message>
        <source>{0}   {1}   · {2} points · {3} stamps</source>
        <translation>{0}   {1}   · баллы: {2} · штампы: {3}</translation>
    </message>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>Найден %n клиент</numerusform>
            <numerusform>Найдено %n клиента</numerusform>
            <numerusform>Найдено %n клиентов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Loyalty rules and shop details</source>
        <translation>Правила лояльности и данные магазина</translation>
    </message>
    <message>
        <source>Stamps and points</source>
        <translation>Штампы и баллы</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Уровни</translation>
    </message>
    <message>
        <source>Shop</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <source>Stamps for a full card</source>
        <translation>Штампов на полную карту</translation>
    </message>
    <message>
        <source>Points earned</source>
        <translation>Начисляется баллов</translation>
    </message>
    <message>
        <source>One stamp per card within (minutes)</source>
        <translation>Один штамп на карту в течение (минут)</translation>
    </message>
    <message>
        <source>Welcome bonus (points)</source>
        <translation>Приветственный бонус (баллы)</translation>
    </message>
    <message>
        <source>Birthday bonus (points)</source>
        <translation>Бонус на день рождения (баллы)</translation>
    </message>
    <message>
        <source>Birthday window (± days)</source>
        <translation>Окно дня рождения (± дней)</translation>
    </message>
    <message>
        <source>Points expire after months without a visit (0: never)</source>
        <translation>Баллы сгорают через столько месяцев без визитов (0: никогда)</translation>
    </message>
    <message>
        <source>One stamp per visit</source>
        <translation>Один штамп за визит</translation>
    </message>
    <message>
        <source>One stamp per amount spent</source>
        <translation>Один штамп за каждую потраченную сумму</translation>
    </message>
    <message>
        <source>Stamps</source>
        <translation>Штампы</translation>
    </message>
    <message>
        <source>for each amount spent</source>
        <translation>за каждую потраченную сумму</translation>
    </message>
    <message>
        <source>Amount per stamp</source>
        <translation>Сумма за штамп</translation>
    </message>
    <message>
        <source>Smallest sale that earns a stamp</source>
        <translation>Минимальная продажа для штампа</translation>
    </message>
    <message>
        <source>Points are rounded down to whole points after the tier multiplier.</source>
        <translation>Баллы округляются вниз до целых после множителя уровня.</translation>
    </message>
    <message>
        <source>Type the amount that earns the points, e.g. 1 or 100.</source>
        <translation>Введите сумму, за которую начисляются баллы, например 1 или 100.</translation>
    </message>
    <message numerus="yes">
        <source>%n points per %1, rounded down</source>
        <translation>
            <numerusform>%n балл за %1, с округлением вниз</numerusform>
            <numerusform>%n балла за %1, с округлением вниз</numerusform>
            <numerusform>%n баллов за %1, с округлением вниз</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Удалить выбранную строку</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <source>12-month spend</source>
        <translation>Траты за 12 месяцев</translation>
    </message>
    <message>
        <source>or visits</source>
        <translation>или визитов</translation>
    </message>
    <message>
        <source>Points %</source>
        <translation>Баллы, %</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Country (phone numbers, dates)</source>
        <translation>Страна (телефоны, даты)</translation>
    </message>
    <message>
        <source>Receipt footer</source>
        <translation>Нижняя строка чека</translation>
    </message>
    <message>
        <source>Feedback page address</source>
        <translation>Адрес страницы отзывов</translation>
    </message>
    <message>
        <source>The saved time zone “{0}” is not one: choose the shop&apos;s from the list.</source>
        <translation>Сохранённый часовой пояс «{0}» не существует: выберите пояс магазина из списка.</translation>
    </message>
    <message>
        <source>Language (screens, receipts, feedback page)</source>
        <translation>Язык (экраны, чеки, страница отзывов)</translation>
    </message>
    <message>
        <source>No hub address: receipts carry a code to hold to the counter camera.</source>
        <translation>Адрес сервера не указан: на чеках будет код, который подносят к камере на кассе.</translation>
    </message>
    <message>
        <source>This address is this computer itself: customers&apos; phones cannot open it. Receipts carry a code for the counter camera instead. Use the hub&apos;s address on the shop&apos;s network, such as http://192.168.1.20:8765/f.</source>
        <translation>Этот адрес указывает на сам этот компьютер: телефоны клиентов не смогут его открыть. Вместо этого на чеках будет код для камеры на кассе. Укажите адрес центрального сервера в сети магазина, например http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>Not a web address: receipts carry a code for the counter camera instead. It starts with http://, such as http://192.168.1.20:8765/f.</source>
        <translation>Это не веб-адрес: вместо этого на чеках будет код для камеры на кассе. Адрес начинается с http://, например http://192.168.1.20:8765/f.</translation>
    </message>
    <message>
        <source>“{0}” is not an amount.</source>
        <translation>«{0}» — не сумма.</translation>
    </message>
    <message>
        <source>Rewards and tiers need whole numbers and amounts.</source>
        <translation>Для наград и уровней нужны целые числа и суммы.</translation>
    </message>
    <message>
        <source>These rules cannot work: check “{0}”.</source>
        <translation>Эти правила не могут работать: проверьте «{0}».</translation>
    </message>
</context>
<context>
    <name>ShiftReportDialog</name>
    <message>
        <source>End-of-shift report</source>
        <translation>Отчёт за смену</translation>
    </message>
    <message>
        <source>Shift report for {0}</source>
        <translation>Отчёт за смену: {0}</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Возвраты</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Сумма возвратов</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>Выдано штампов</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Награды</translation>
    </message>
    <message>
        <source>Manual adjustments</source>
        <translation>Ручные корректировки</translation>
    </message>
    <message>
        <source>{0}  {1} points by {2}: {3}</source>
        <translation>{0}  баллы {1} ({2}): {3}</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>Необычные операции</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Print on the receipt printer</source>
        <translation>Печать на принтере чеков</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Итого за день</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>the same customer again within minutes</source>
        <translation>тот же клиент снова через несколько минут</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>штампы без продажи</translation>
    </message>
    <message>
        <source>a big adjustment</source>
        <translation>крупная корректировка</translation>
    </message>
</context>
<context>
    <name>ShiftReportLink</name>
    <message>
        <source>End-of-shift report… (manager)</source>
        <translation>Отчёт за смену… (менеджер)</translation>
    </message>
    <message>
        <source>No receipt printer is set up: save it as a PDF.</source>
        <translation>Принтер для чеков не настроен: сохраните отчёт в PDF.</translation>
    </message>
    <message>
        <source>The shift report is being printed.</source>
        <translation>Отчёт за смену печатается.</translation>
    </message>
    <message>
        <source>Save the shift report</source>
        <translation>Сохранить отчёт за смену</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Не удалось сохранить: {0}</translation>
    </message>
    <message>
        <source>Shift report saved as {0}.</source>
        <translation>Отчёт за смену сохранён как {0}.</translation>
    </message>
</context>
<context>
    <name>ShiftRoll</name>
    <message>
        <source>repeat sale</source>
        <translation>повторная продажа</translation>
    </message>
    <message>
        <source>stamps without a sale</source>
        <translation>штампы без продажи</translation>
    </message>
    <message>
        <source>big adjustment</source>
        <translation>крупная корректировка</translation>
    </message>
    <message>
        <source>the welcome bonus</source>
        <translation>приветственный бонус</translation>
    </message>
    <message>
        <source>the birthday bonus</source>
        <translation>бонус на день рождения</translation>
    </message>
    <message>
        <source>a campaign offer</source>
        <translation>предложение кампании</translation>
    </message>
    <message>
        <source>merging two records</source>
        <translation>объединение двух записей</translation>
    </message>
    <message>
        <source>an undo</source>
        <translation>отмена операции</translation>
    </message>
    <message>
        <source>The whole day</source>
        <translation>Итого за день</translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation>Сотрудник %1</translation>
    </message>
    <message>
        <source>No one signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message numerus="yes">
        <source>another sale %n min after the last</source>
        <translation>
            <numerusform>ещё одна продажа через %n минуту после предыдущей</numerusform>
            <numerusform>ещё одна продажа через %n минуты после предыдущей</numerusform>
            <numerusform>ещё одна продажа через %n минут после предыдущей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n балл</numerusform>
            <numerusform>%n балла</numerusform>
            <numerusform>%n баллов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamps from %1</source>
        <translation>
            <numerusform>%n штамп — %1</numerusform>
            <numerusform>%n штампа — %1</numerusform>
            <numerusform>%n штампов — %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Shift report %1</source>
        <translation>Отчёт за смену: %1</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>Продажи (%1)</translation>
    </message>
    <message>
        <source>Refunds (%1)</source>
        <translation>Возвраты (%1)</translation>
    </message>
    <message>
        <source>Stamps given</source>
        <translation>Выдано штампов</translation>
    </message>
    <message>
        <source>Points given</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Выдано наград</translation>
    </message>
    <message>
        <source>Adjusted at %1: %2</source>
        <translation>Корректировка в %1: %2</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>клиент %1</translation>
    </message>
    <message>
        <source>%1: shift report for %2 (time zone %3)</source>
        <translation>%1: отчёт за смену %2 (часовой пояс %3)</translation>
    </message>
</context>
<context>
    <name>ShopPage</name>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Венгрия</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Иран</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Romania</source>
        <translation>Румыния</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Словакия</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
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
        <translation>Печатается на чеках и картах. Изменить можно позже в разделе «Правила лояльности и магазин» (F10).</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Название магазина</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone. Choose one from the list, such as Europe/Budapest.</source>
        <translation>«{0}» — не часовой пояс. Выберите пояс из списка, например Europe/Moscow.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Who is at the counter? Tap your name, then type your PIN.</source>
        <translation>Кто на кассе? Нажмите на своё имя и введите PIN.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>Tap your name first.</source>
        <translation>Сначала нажмите на своё имя.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунду.</numerusform>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунды.</numerusform>
            <numerusform>Слишком много неверных PIN. Повторите через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Неверный PIN. До блокировки осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN. До блокировки осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN. До блокировки осталось %n попыток.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <source>Has left (cannot sign in)</source>
        <translation>Больше не работает (вход закрыт)</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Добавить сотрудника</translation>
    </message>
    <message>
        <source>cashier: sells, enrols, redeems</source>
        <translation>кассир: продажи, регистрация клиентов, выдача наград</translation>
    </message>
    <message>
        <source>manager: also refunds, adjusts points, sets the rules</source>
        <translation>менеджер: также возвраты, корректировка баллов, правила</translation>
    </message>
    <message>
        <source>owner: also the books, customers&apos; data and staff</source>
        <translation>владелец: также отчётность, данные клиентов и сотрудники</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
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
        <translation>Повторите PIN</translation>
    </message>
    <message>
        <source>PINs: at least {0} digits for owners and managers (they open the books and the rules), {1} for cashiers.</source>
        <translation>PIN: не менее {0} цифр для владельцев и менеджеров (им доступны отчётность и правила), {1} — для кассиров.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source> (left)</source>
        <translation> (не работает)</translation>
    </message>
    <message>
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-коды не совпадают.</translation>
    </message>
    <message>
        <source>Choose a member in the list first.</source>
        <translation>Сначала выберите сотрудника в списке.</translation>
    </message>
</context>
<context>
    <name>StaffLink</name>
    <message>
        <source>Sign in (Shift+F6)</source>
        <translation>Войти (Shift+F6)</translation>
    </message>
    <message>
        <source>Sign in / change staff</source>
        <translation>Войти / сменить сотрудника</translation>
    </message>
    <message>
        <source>Staff… (owner)</source>
        <translation>Сотрудники… (владелец)</translation>
    </message>
    <message>
        <source>{0} — Shift+F6 to change</source>
        <translation>{0} — Shift+F6, чтобы сменить</translation>
    </message>
    <message>
        <source>No staff yet: the owner adds them under More → Staff…</source>
        <translation>Сотрудников пока нет: владелец добавляет их в разделе Ещё → Сотрудники…</translation>
    </message>
    <message>
        <source>Signed in: {0}.</source>
        <translation>Вход выполнен: {0}.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs a manager or the owner.</source>
        <translation>Сейчас в системе: {0}. Для этого нужен менеджер или владелец.</translation>
    </message>
    <message>
        <source>{0} is signed in: this needs the owner.</source>
        <translation>Сейчас в системе: {0}. Для этого нужен владелец.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first (Shift+F6).</source>
        <translation>Сначала войдите со своим PIN (Shift+F6).</translation>
    </message>
</context>
<context>
    <name>StampStrip</name>
    <message numerus="yes">
        <source>%n of %1 stamps</source>
        <translation>
            <numerusform>%n из %1 штампов</numerusform>
            <numerusform>%n из %1 штампов</numerusform>
            <numerusform>%n из %1 штампов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Sales</source>
        <translation>Продажи</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <source>Average sale</source>
        <translation>Средний чек</translation>
    </message>
    <message>
        <source>Identified sales</source>
        <translation>Продажи с картой</translation>
    </message>
    <message>
        <source>Active customers</source>
        <translation>Активные клиенты</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Новые клиенты</translation>
    </message>
    <message>
        <source>Visits per customer</source>
        <translation>Визитов на клиента</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>Доля повторных покупок</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание клиентов</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>Отток клиентов</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>CSAT (4–5 of 5)</source>
        <translation>Удовлетворённость (CSAT, 4–5 из 5)</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Доля ответов</translation>
    </message>
    <message>
        <source>Lifetime value</source>
        <translation>Пожизненная ценность клиента</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой ухода</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Ушедшие</translation>
    </message>
    <message>
        <source>Overdue by rhythm</source>
        <translation>Опаздывают по своему ритму</translation>
    </message>
    <message>
        <source>Points issued</source>
        <translation>Начислено баллов</translation>
    </message>
    <message>
        <source>Stamps issued</source>
        <translation>Поставлено штампов</translation>
    </message>
    <message>
        <source>Rewards redeemed</source>
        <translation>Выдано наград</translation>
    </message>
    <message>
        <source>Points redeemed</source>
        <translation>Списано баллов</translation>
    </message>
    <message>
        <source>Outstanding points</source>
        <translation>Баллы на счетах</translation>
    </message>
    <message>
        <source>Overdrawn customers</source>
        <translation>Клиенты с отрицательным балансом</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Оценки</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новые</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Sync with the hub</source>
        <translation>Синхронизация с центральным сервером</translation>
    </message>
    <message>
        <source>from: main.py hub add-terminal NAME</source>
        <translation>из: main.py hub add-terminal ИМЯ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Refuse redemptions</source>
        <translation>Отказывать в выдаче наград</translation>
    </message>
    <message>
        <source>Allow a few, then refuse</source>
        <translation>Разрешить несколько, потом отказывать</translation>
    </message>
    <message>
        <source>Hub address</source>
        <translation>Адрес центрального сервера</translation>
    </message>
    <message>
        <source>This terminal&apos;s token</source>
        <translation>Токен этого терминала</translation>
    </message>
    <message>
        <source>Sync every</source>
        <translation>Синхронизировать каждые</translation>
    </message>
    <message>
        <source>When the hub cannot be reached</source>
        <translation>Когда центральный сервер недоступен</translation>
    </message>
    <message>
        <source>Redemptions allowed until the next sync</source>
        <translation>Выдач наград до следующей синхронизации</translation>
    </message>
    <message>
        <source>Sales never wait for the hub. Leave the address empty to turn sync off.</source>
        <translation>Продажи никогда не ждут сервер. Оставьте адрес пустым, чтобы выключить синхронизацию.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: checking…</source>
        <translation>Синхронизация: проверка…</translation>
    </message>
    <message>
        <source>no hub set</source>
        <translation>сервер не задан</translation>
    </message>
    <message>
        <source>the hub cannot be reached</source>
        <translation>сервер недоступен</translation>
    </message>
    <message>
        <source>the hub refused this terminal&apos;s token</source>
        <translation>сервер отклонил токен этого терминала</translation>
    </message>
    <message>
        <source>the hub refused some data; see the log</source>
        <translation>сервер отклонил часть данных; см. журнал</translation>
    </message>
    <message>
        <source>the hub had an error; will retry</source>
        <translation>ошибка на сервере; повторим попытку</translation>
    </message>
    <message>
        <source>the hub was restored; syncing again</source>
        <translation>сервер восстановлен; повторная синхронизация</translation>
    </message>
    <message numerus="yes">
        <source>Sync off (no hub set) · %n events not sent</source>
        <translation>
            <numerusform>Синхронизация выкл. · не отправлено: %n</numerusform>
            <numerusform>Синхронизация выкл. · не отправлено: %n</numerusform>
            <numerusform>Синхронизация выкл. · не отправлено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Last sync {0}</source>
        <translation>Последняя синхронизация {0}</translation>
    </message>
    <message>
        <source>all sent</source>
        <translation>всё отправлено</translation>
    </message>
    <message>
        <source>1 event waiting</source>
        <translation>1 событие ожидает отправки</translation>
    </message>
    <message numerus="yes">
        <source>%n events waiting</source>
        <translation>
            <numerusform>%n событие ожидает отправки</numerusform>
            <numerusform>%n события ожидают отправки</numerusform>
            <numerusform>%n событий ожидают отправки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events set aside</source>
        <translation>
            <numerusform>%n событие отложено</numerusform>
            <numerusform>%n события отложены</numerusform>
            <numerusform>%n событий отложено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <source>Vouchers</source>
        <translation>Купоны</translation>
    </message>
    <message numerus="yes">
        <source>%n bonus points</source>
        <translation>
            <numerusform>%n бонусный балл</numerusform>
            <numerusform>%n бонусных балла</numerusform>
            <numerusform>%n бонусных баллов</numerusform>
        </translation>
    </message>
    <message>
        <source>Your gift: {0}</source>
        <translation>Ваш подарок: {0}</translation>
    </message>
    <message>
        <source>Stamps and points ×{0} on your next visit</source>
        <translation>Штампы и баллы ×{0} при следующем визите</translation>
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
        <translation>Действует до {0}</translation>
    </message>
    <message>
        <source>Show this voucher at the counter. It can be used once.</source>
        <translation>Покажите этот купон на кассе. Его можно использовать один раз.</translation>
    </message>
</context>
<context>
    <name>feedback</name>
    <message>
        <source>This visit was already rated: one rating per visit.</source>
        <translation>Этот визит уже оценён: одна оценка на визит.</translation>
    </message>
    <message>
        <source>That visit is not known on this terminal.</source>
        <translation>Этот визит неизвестен на этом терминале.</translation>
    </message>
    <message>
        <source>No sale with this receipt here (yet): it may be from another till.</source>
        <translation>Продажи с этим чеком здесь (пока) нет: возможно, он с другой кассы.</translation>
    </message>
    <message>
        <source>That score is not on the scale.</source>
        <translation>Такой оценки нет на шкале.</translation>
    </message>
    <message>
        <source>That reason is too long.</source>
        <translation>Эта причина слишком длинная.</translation>
    </message>
    <message>
        <source>The customer screen settings are not valid.</source>
        <translation>Настройки экрана клиента недействительны.</translation>
    </message>
    <message>
        <source>That receipt code is damaged: try again, or type the receipt number.</source>
        <translation>Код чека повреждён: попробуйте ещё раз или введите номер чека.</translation>
    </message>
    <message>
        <source>That receipt code is not from this shop.</source>
        <translation>Этот код чека не из этого магазина.</translation>
    </message>
    <message>
        <source>That receipt code has expired.</source>
        <translation>Срок действия кода чека истёк.</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>Enrolled</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Продажа</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Возврат</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Welcome bonus</source>
        <translation>Приветственный бонус</translation>
    </message>
    <message>
        <source>Birthday bonus</source>
        <translation>Бонус на день рождения</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>Награда</translation>
    </message>
    <message>
        <source>Points expired</source>
        <translation>Баллы сгорели</translation>
    </message>
    <message>
        <source>Points adjusted</source>
        <translation>Корректировка баллов</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <source>Card given</source>
        <translation>Карта выдана</translation>
    </message>
    <message>
        <source>Card blocked</source>
        <translation>Карта заблокирована</translation>
    </message>
    <message>
        <source>Records merged</source>
        <translation>Записи объединены</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Удалено</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Not one of our cards.</source>
        <translation>Это не наша карта.</translation>
    </message>
    <message>
        <source>That card code has a typing error: please check it and try again.</source>
        <translation>В коде карты опечатка: проверьте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>This card was reported lost and is blocked. Look the customer up by name.</source>
        <translation>Эта карта заявлена утерянной и заблокирована. Найдите клиента по имени.</translation>
    </message>
    <message>
        <source>This card was not issued by this shop.</source>
        <translation>Эта карта выпущена не этим магазином.</translation>
    </message>
    <message>
        <source>That customer is not known here.</source>
        <translation>Этот клиент здесь неизвестен.</translation>
    </message>
    <message>
        <source>That customer&apos;s data was erased.</source>
        <translation>Данные этого клиента удалены.</translation>
    </message>
    <message>
        <source>That was already undone.</source>
        <translation>Это уже отменено.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Нечего отменять.</translation>
    </message>
    <message>
        <source>No receipt with that number.</source>
        <translation>Чека с таким номером нет.</translation>
    </message>
    <message>
        <source>That card already belongs to a customer.</source>
        <translation>Эта карта уже принадлежит клиенту.</translation>
    </message>
    <message>
        <source>Enter an amount above zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Нужно указать имя.</translation>
    </message>
    <message>
        <source>That language is not one we speak.</source>
        <translation>Этот язык не поддерживается.</translation>
    </message>
    <message>
        <source>That is not a birthday: a real date, not in the future.</source>
        <translation>Это не дата рождения: нужна реальная дата, не в будущем.</translation>
    </message>
    <message>
        <source>That is not a phone number: type it as you would dial it.</source>
        <translation>Это не номер телефона: введите его так, как набрали бы.</translation>
    </message>
    <message>
        <source>That is not an e-mail address: it needs a name, @ and a domain.</source>
        <translation>Это не адрес эл. почты: нужны имя, @ и домен.</translation>
    </message>
    <message>
        <source>That is the same customer: choose the other record.</source>
        <translation>Это тот же клиент: выберите другую запись.</translation>
    </message>
    <message>
        <source>That record was already merged into another customer.</source>
        <translation>Эта запись уже объединена с другим клиентом.</translation>
    </message>
    <message>
        <source>Not done: that would take the balance below zero.</source>
        <translation>Не выполнено: баланс ушёл бы ниже нуля.</translation>
    </message>
    <message>
        <source>The reward cannot be confirmed right now.</source>
        <translation>Награду сейчас нельзя подтвердить.</translation>
    </message>
    <message>
        <source>That reward no longer exists.</source>
        <translation>Этой награды больше нет.</translation>
    </message>
    <message>
        <source>Not enough stamps for that reward yet.</source>
        <translation>Для этой награды пока не хватает штампов.</translation>
    </message>
    <message>
        <source>Not enough points for that reward yet.</source>
        <translation>Для этой награды пока не хватает баллов.</translation>
    </message>
    <message>
        <source>The hub says this reward was already used at another counter: not redeemed.</source>
        <translation>Сервер сообщает, что эта награда уже получена на другой кассе: не выдано.</translation>
    </message>
    <message>
        <source>The hub cannot be reached, and the owner allows no rewards offline: try again soon.</source>
        <translation>Сервер недоступен, а владелец не разрешает награды без связи: попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The hub cannot be reached and this counter&apos;s offline reward limit is used up.</source>
        <translation>Сервер недоступен, а лимит наград без связи для этой кассы исчерпан.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Кампании нужно название.</translation>
    </message>
    <message>
        <source>The campaign must end after it starts.</source>
        <translation>Кампания должна заканчиваться после начала.</translation>
    </message>
    <message>
        <source>That offer cannot work: check the points, the multiplier or the hours.</source>
        <translation>Это предложение не может работать: проверьте баллы, множитель или часы.</translation>
    </message>
    <message>
        <source>That reward is not in the catalogue.</source>
        <translation>Этой награды нет в каталоге.</translation>
    </message>
    <message>
        <source>The control group must be from 0 to 99 percent.</source>
        <translation>Контрольная группа должна составлять от 0 до 99 процентов.</translation>
    </message>
    <message>
        <source>Nobody is in that audience today.</source>
        <translation>Сегодня в эту аудиторию никто не входит.</translation>
    </message>
    <message>
        <source>That campaign is not known here.</source>
        <translation>Эта кампания здесь неизвестна.</translation>
    </message>
    <message>
        <source>This customer is not in that campaign&apos;s offer.</source>
        <translation>Этот клиент не входит в предложение кампании.</translation>
    </message>
    <message>
        <source>This offer was already used (here or at another counter).</source>
        <translation>Это предложение уже использовано (здесь или на другой кассе).</translation>
    </message>
    <message>
        <source>That campaign is not running now.</source>
        <translation>Эта кампания сейчас не идёт.</translation>
    </message>
    <message>
        <source>Record the sale first: the offer adds to it.</source>
        <translation>Сначала проведите продажу: предложение добавляется к ней.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and the owner allows none offline: try again soon.</source>
        <translation>Сервер недоступен, чтобы подтвердить предложение, а владелец не разрешает их без связи: попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>The hub cannot be reached to confirm this offer, and this counter&apos;s offline limit is used up.</source>
        <translation>Сервер недоступен, чтобы подтвердить предложение, а лимит этой кассы без связи исчерпан.</translation>
    </message>
    <message>
        <source>This voucher cannot be read: scan it again or type the code under the QR.</source>
        <translation>Купон не читается: отсканируйте его ещё раз или введите код под QR-кодом.</translation>
    </message>
    <message>
        <source>Not one of our vouchers: it was changed, made up or is another shop&apos;s. Nothing applied.</source>
        <translation>Это не наш купон: он изменён, подделан или выдан другим магазином. Ничего не применено.</translation>
    </message>
    <message>
        <source>This terminal cannot check vouchers yet: finish the set-up or sync with the hub once.</source>
        <translation>Этот терминал пока не может проверять купоны: завершите настройку или один раз синхронизируйтесь с сервером.</translation>
    </message>
    <message>
        <source>This voucher&apos;s campaign has not reached this terminal yet: sync, then scan it again.</source>
        <translation>Кампания этого купона ещё не дошла до этого терминала: синхронизируйтесь и отсканируйте его снова.</translation>
    </message>
    <message>
        <source>This voucher is not valid yet: its campaign has not started.</source>
        <translation>Этот купон ещё не действует: его кампания не началась.</translation>
    </message>
    <message>
        <source>This voucher has expired: its campaign has ended. Nothing applied.</source>
        <translation>Срок действия купона истёк: его кампания закончилась. Ничего не применено.</translation>
    </message>
    <message>
        <source>This voucher was already used (here or at another counter). Nothing applied.</source>
        <translation>Этот купон уже использован (здесь или на другой кассе). Ничего не применено.</translation>
    </message>
    <message>
        <source>This voucher&apos;s customer was erased: nothing to apply.</source>
        <translation>Клиент этого купона удалён: применять нечего.</translation>
    </message>
    <message>
        <source>Happy hours are for everyone: they have no vouchers.</source>
        <translation>Счастливые часы — для всех: купонов к ним нет.</translation>
    </message>
    <message>
        <source>The shop needs a name.</source>
        <translation>Магазину нужно название.</translation>
    </message>
    <message>
        <source>“{0}” is not a currency: choose one from the list (like EUR or HUF).</source>
        <translation>«{0}» — не валюта: выберите из списка (например, EUR или HUF).</translation>
    </message>
    <message>
        <source>“{0}” is not a time zone: choose the shop&apos;s from the list (like Europe/Budapest).</source>
        <translation>«{0}» — не часовой пояс: выберите пояс магазина из списка (например, Europe/Moscow).</translation>
    </message>
    <message>
        <source>“{0}” is not a country: choose one from the list.</source>
        <translation>«{0}» — не страна: выберите из списка.</translation>
    </message>
    <message>
        <source>“{0}” is not a web address: it starts with https:// (or http://).</source>
        <translation>«{0}» — не веб-адрес: он начинается с https:// (или http://).</translation>
    </message>
    <message>
        <source>A shop detail is too long (at most 300 characters).</source>
        <translation>Одно из полей магазина слишком длинное (не более 300 символов).</translation>
    </message>
    <message>
        <source>The disk is full: this was NOT saved. Free some space on the disk, then try again.</source>
        <translation>Диск заполнен: данные НЕ сохранены. Освободите место на диске и попробуйте снова.</translation>
    </message>
    <message>
        <source>The data folder cannot be written: this was NOT saved. Check the folder&apos;s permissions, then try again.</source>
        <translation>Папка данных недоступна для записи: данные НЕ сохранены. Проверьте права доступа к папке и попробуйте снова.</translation>
    </message>
    <message>
        <source>The database is damaged: this was NOT saved. Close the app and start it again to restore it.</source>
        <translation>База данных повреждена: данные НЕ сохранены. Закройте приложение и запустите его снова, чтобы восстановить базу.</translation>
    </message>
    <message>
        <source>The database cannot be read: this was NOT saved. Check the disk, then start the app again.</source>
        <translation>Базу данных не удаётся прочитать: данные НЕ сохранены. Проверьте диск, затем снова запустите приложение.</translation>
    </message>
    <message>
        <source>The database cannot be used: this was NOT saved. Start the app again.</source>
        <translation>Базу данных нельзя использовать: данные НЕ сохранены. Запустите приложение снова.</translation>
    </message>
    <message>
        <source>Your role does not allow this: ask a manager or the owner.</source>
        <translation>Ваша роль этого не позволяет: обратитесь к менеджеру или владельцу.</translation>
    </message>
    <message>
        <source>Sign in with your PIN first.</source>
        <translation>Сначала войдите со своим PIN.</translation>
    </message>
    <message>
        <source>That staff member is not known here (or has left).</source>
        <translation>Этот сотрудник здесь не найден (или больше не работает).</translation>
    </message>
    <message>
        <source>A PIN is digits only: at least 6 for owners and managers, 4 for cashiers.</source>
        <translation>PIN состоит только из цифр: не менее 6 для владельцев и менеджеров, не менее 4 для кассиров.</translation>
    </message>
    <message>
        <source>The shop needs at least one owner.</source>
        <translation>У магазина должен быть хотя бы один владелец.</translation>
    </message>
    <message>
        <source>That is not an amount: type it like 4.50.</source>
        <translation>Это не сумма: введите, например, 4,50.</translation>
    </message>
    <message>
        <source>These loyalty rules cannot work: check “{0}”.</source>
        <translation>Эти правила лояльности не могут работать: проверьте «{0}».</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Set-up saved. Ready for the first customer.</source>
        <translation>Настройка сохранена. Всё готово к первому клиенту.</translation>
    </message>
</context>
</TS>
