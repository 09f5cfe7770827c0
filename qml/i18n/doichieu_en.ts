<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DayCloser</name>
    <message numerus="yes">
        <source>The day cannot close yet: %n entries still wait for review. Review them, or press Ctrl+Enter to close the day and defer them explicitly (Esc: do not close).</source>
        <translation>
            <numerusform>The day cannot close yet: %n entry still waits for review. Review it, or press Ctrl+Enter to close the day and defer it explicitly (Esc: do not close).</numerusform>
            <numerusform>The day cannot close yet: %n entries still wait for review. Review them, or press Ctrl+Enter to close the day and defer them explicitly (Esc: do not close).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryColumn</name>
    <message numerus="yes">
        <source>%n number(s) of this book skipped so far: %1</source>
        <translation>
            <numerusform>%n number of this book skipped so far: %1</numerusform>
            <numerusform>%n numbers of this book skipped so far: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message numerus="yes">
        <source>Too many failed sign-ins. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubBoard</name>
    <message numerus="yes">
        <source>%1 – %2, %n day(s)</source>
        <translation>
            <numerusform>%1 – %2, %n day</numerusform>
            <numerusform>%1 – %2, %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s)</source>
        <translation>
            <numerusform>%n commune</numerusform>
            <numerusform>%n communes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HubVolunteers</name>
    <message numerus="yes">
        <source>Still short (%n unit(s)): %1</source>
        <translation>
            <numerusform>Still short (%n unit): %1</numerusform>
            <numerusform>Still short (%n units): %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReturnedList</name>
    <message numerus="yes">
        <source>The supervisor sent back %n entries (F6): Enter re-checks the chosen one.</source>
        <translation>
            <numerusform>The supervisor sent back %n entry (F6): Enter re-checks it.</numerusform>
            <numerusform>The supervisor sent back %n entries (F6): Enter re-checks the chosen one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The supervisor resolved %n escalated entries (F6): Enter re-checks the chosen one.</source>
        <translation>
            <numerusform>The supervisor resolved %n escalated entry (F6): Enter re-checks it.</numerusform>
            <numerusform>The supervisor resolved %n escalated entries (F6): Enter re-checks the chosen one.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated entries</source>
        <translation>
            <numerusform>%n escalated entry</numerusform>
            <numerusform>%n escalated entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewSummaryPanel</name>
    <message numerus="yes">
        <source>%n entries wait for review (F2) · the oldest for %1</source>
        <translation>
            <numerusform>%n entry waits for review (F2) · for %1</numerusform>
            <numerusform>%n entries wait for review (F2) · the oldest for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpotCheckBoard</name>
    <message numerus="yes">
        <source>%n entries drawn for today.</source>
        <translation>
            <numerusform>%n entry drawn for today.</numerusform>
            <numerusform>%n entries drawn for today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerBoard</name>
    <message numerus="yes">
        <source>%n result(s) imported.</source>
        <translation>
            <numerusform>%n result imported.</numerusform>
            <numerusform>%n results imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::gui::ActivationForm</name>
    <message numerus="yes">
        <source>Too many wrong activation codes. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong activation codes. Try again in %n second.</numerusform>
            <numerusform>Too many wrong activation codes. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::gui::EntryWarnings</name>
    <message numerus="yes">
        <source>Entry %1 skips %n number(s) not logged yet: %2.</source>
        <translation>
            <numerusform>Entry %1 skips %n number not logged yet: %2.</numerusform>
            <numerusform>Entry %1 skips %n numbers not logged yet: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dc::gui::LogForm</name>
    <message numerus="yes">
        <source>No correction needed for %n writing difference(s).</source>
        <translation>
            <numerusform>No correction needed for %n writing difference.</numerusform>
            <numerusform>No correction needed for %n writing differences.</numerusform>
        </translation>
    </message>
</context>
</TS>
