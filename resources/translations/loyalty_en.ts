<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignsPanel</name>
    <message numerus="yes">
        <source>%n given twice offline</source>
        <translation>
            <numerusform>%n given twice offline</numerusform>
            <numerusform>%n given twice offline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vouchers for “{0}” saved to {1}.</source>
        <translation>
            <numerusform>%n voucher for “{0}” saved to {1}.</numerusform>
            <numerusform>%n vouchers for “{0}” saved to {1}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CashierView</name>
    <message numerus="yes">
        <source>+%n stamps</source>
        <translation>
            <numerusform>+%n stamp</numerusform>
            <numerusform>+%n stamps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n points</source>
        <translation>
            <numerusform>+%n point</numerusform>
            <numerusform>+%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Happy hours: +%n stamps</source>
        <translation>
            <numerusform>Happy hours: +%n stamp</numerusform>
            <numerusform>Happy hours: +%n stamps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Birthday bonus: +%n points</source>
        <translation>
            <numerusform>Birthday bonus: +%n point</numerusform>
            <numerusform>Birthday bonus: +%n points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsExport</name>
    <message numerus="yes">
        <source>%n consented contact(s) of the offered group written to {0}.</source>
        <translation>
            <numerusform>%n consented contact of the offered group written to {0}.</numerusform>
            <numerusform>%n consented contacts of the offered group written to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out: no consent to be contacted, or erased.</source>
        <translation>
            <numerusform>%n left out: no consent to be contacted, or erased.</numerusform>
            <numerusform>%n left out: no consent to be contacted, or erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerExport</name>
    <message numerus="yes">
        <source>%n records in the ledger concern you; the JSON export lists each one.</source>
        <translation>
            <numerusform>%n record in the ledger concerns you; the JSON export lists it.</numerusform>
            <numerusform>%n records in the ledger concern you; the JSON export lists each one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message numerus="yes">
        <source>%n more to the next reward</source>
        <translation>
            <numerusform>%n more to the next reward</numerusform>
            <numerusform>%n more to the next reward</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message numerus="yes">
        <source>95%: %1 to %2, %n ratings</source>
        <translation>
            <numerusform>95%: %1 to %2, %n rating</numerusform>
            <numerusform>95%: %1 to %2, %n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewPinDialog</name>
    <message numerus="yes">
        <source>Too many wrong tries. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. Try again in %n second.</numerusform>
            <numerusform>Too many wrong tries. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>%n more try before a lock-out.</numerusform>
            <numerusform>%n more tries before a lock-out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OwnerWindow</name>
    <message numerus="yes">
        <source>The ledger was tampered with: %n record(s) were changed, removed or slipped in after they were written (the first from terminal %1). Compare with a backup; &apos;python main.py verify&apos; lists them all.</source>
        <translation>
            <numerusform>The ledger was tampered with: %n record was changed, removed or slipped in after it was written (from terminal %1). Compare with a backup; &apos;python main.py verify&apos; lists it.</numerusform>
            <numerusform>The ledger was tampered with: %n records were changed, removed or slipped in after they were written (the first from terminal %1). Compare with a backup; &apos;python main.py verify&apos; lists them all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hub found %n record(s) from this terminal that break the ledger&apos;s chain: they were changed before they were sent.</source>
        <translation>
            <numerusform>The hub found %n record from this terminal that breaks the ledger&apos;s chain: it was changed before it was sent.</numerusform>
            <numerusform>The hub found %n records from this terminal that break the ledger&apos;s chain: they were changed before they were sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Wrong PIN. %n more try before a lock-out.</numerusform>
            <numerusform>Wrong PIN. %n more tries before a lock-out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message numerus="yes">
        <source>%n more stamps to %1</source>
        <translation>
            <numerusform>%n more stamp to %1</numerusform>
            <numerusform>%n more stamps to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more points to %1</source>
        <translation>
            <numerusform>%n more point to %1</numerusform>
            <numerusform>%n more points to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelativeDay</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message numerus="yes">
        <source>A stamp per visit; a full card of %n stamp(s): {0}.</source>
        <translation>
            <numerusform>A stamp per visit; a full card of %n stamp: {0}.</numerusform>
            <numerusform>A stamp per visit; a full card of %n stamps: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) per unit spent; rewards: {0}.</source>
        <translation>
            <numerusform>%n point per unit spent; rewards: {0}.</numerusform>
            <numerusform>%n points per unit spent; rewards: {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) on a birthday.</source>
        <translation>
            <numerusform>%n point on a birthday.</numerusform>
            <numerusform>%n points on a birthday.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message numerus="yes">
        <source>%n customers found</source>
        <translation>
            <numerusform>%n customer found</numerusform>
            <numerusform>%n customers found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>%n points per %1, rounded down</source>
        <translation>
            <numerusform>%n point per %1, rounded down</numerusform>
            <numerusform>%n points per %1, rounded down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShiftRoll</name>
    <message numerus="yes">
        <source>another sale %n min after the last</source>
        <translation>
            <numerusform>another sale %n min after the last</numerusform>
            <numerusform>another sale %n min after the last</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stamps from %1</source>
        <translation>
            <numerusform>%n stamp from %1</numerusform>
            <numerusform>%n stamps from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %n second.</numerusform>
            <numerusform>Too many wrong PINs. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n more try(s) before a lock-out.</source>
        <translation>
            <numerusform>Wrong PIN. %n more try before a lock-out.</numerusform>
            <numerusform>Wrong PIN. %n more tries before a lock-out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StampStrip</name>
    <message numerus="yes">
        <source>%n of %1 stamps</source>
        <translation>
            <numerusform>%n of %1 stamps</numerusform>
            <numerusform>%n of %1 stamps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message numerus="yes">
        <source>Sync off (no hub set) · %n events not sent</source>
        <translation>
            <numerusform>Sync off (no hub set) · %n event not sent</numerusform>
            <numerusform>Sync off (no hub set) · %n events not sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events waiting</source>
        <translation>
            <numerusform>%n event waiting</numerusform>
            <numerusform>%n events waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events set aside</source>
        <translation>
            <numerusform>%n event set aside</numerusform>
            <numerusform>%n events set aside</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message numerus="yes">
        <source>%n bonus points</source>
        <translation>
            <numerusform>%n bonus point</numerusform>
            <numerusform>%n bonus points</numerusform>
        </translation>
    </message>
</context>
</TS>
