// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// doichieu-screenshot OUTDIR [WIDTHxHEIGHT [hub|errormap|training]]
//
// Renders the program's window (the same Main.qml as doichieu) in demo mode, in Vietnamese, drives it with the
// keyboard like a person would, and saves PNGs of the main screens into OUTDIR. The demo site and the settings
// live in a temporary folder. Run offscreen by scripts/screenshots.sh; not part of the shipped program.
#include "app/common/ErrorText.h"
#include "app/gui/AppContext.h"
#include "core/campaign/Campaign.h"
#include "core/services/BookService.h"
#include "core/services/DemoSite.h"
#include "core/services/LogService.h"
#include "core/services/SignIn.h"
#include "core/services/TrainingService.h"
#include "core/services/WorkSessionService.h"
#include "crypto/SecureBuffer.h"
#include "tests/support/ErrorMapFixture.h"
#include "tests/support/HubFixture.h"
#include "tests/support/TestSite.h"
#include "tests/support/TrainingPairs.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <QVariant>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(DoiChieuModelsPlugin)
Q_IMPORT_QML_PLUGIN(DoiChieuViewsPlugin)

namespace {

constexpr int kTimeoutMs = 15000;

QQuickItem* findItem(QQuickWindow* window, const char* objectName) {
    return window->findChild<QQuickItem*>(QLatin1String(objectName));
}

bool waitFor(const std::function<bool()>& condition, const char* what) {
    if (QTest::qWaitFor(condition, kTimeoutMs)) {
        QTest::qWait(400); // let animations (busy indicator, focus frames) settle
        return true;
    }
    std::fprintf(stderr, "doichieu-screenshot: timed out waiting for %s\n", what);
    return false;
}

bool save(QQuickWindow* window, const QDir& out, const char* name) {
    const QImage image = window->grabWindow();
    const QString path = out.filePath(QLatin1String(name));
    if (image.isNull() || !image.save(path)) {
        std::fprintf(stderr, "doichieu-screenshot: cannot save %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
    return true;
}

// QTest::keyClicks takes widgets only, and QTest::keyClick Latin-1 only: each character goes as a key press and
// release carrying it as text, as a keyboard with a Vietnamese input method sends it.
void type(QQuickWindow* window, const QString& text) {
    for (const QChar c : text) {
        QTest::sendKeyEvent(QTest::Press, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTest::sendKeyEvent(QTest::Release, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void key(QQuickWindow* window, Qt::Key code, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QTest::keyClick(window, code, modifiers);
}

void signIn(QQuickWindow* window, const QString& user, const QString& password) {
    key(window, Qt::Key_A, Qt::ControlModifier);
    type(window, user);
    key(window, Qt::Key_Tab);
    type(window, password);
    key(window, Qt::Key_Return);
}

// On the logging screen, from the registration date: an entry and its outcome key.
void logEntry(QQuickWindow* window, const QString& date, const QString& name, Qt::Key outcome) {
    type(window, date);
    key(window, Qt::Key_Tab);
    type(window, name);
    key(window, outcome);
    QTest::qWait(100);
}

// The same with a correction of the subject's name: the database's value typed after F2 and Enter.
void logNameCorrection(QQuickWindow* window, const QString& date, const QString& name, const QString& before) {
    type(window, date);
    key(window, Qt::Key_Tab);
    type(window, name);
    key(window, Qt::Key_F2);
    key(window, Qt::Key_Return);
    type(window, before);
    key(window, Qt::Key_Return);
    QTest::qWait(100);
}

bool visible(QQuickWindow* window, const char* objectName) {
    QQuickItem* item = findItem(window, objectName);
    return item && item->isVisible();
}

// The pair's screens: the partner's sign-in, who reads first, the book picker, the logging screen with a few
// entries logged and a correction being typed, and the lock screen.
bool pairScreens(QQuickWindow* window, const QDir& out) {
    signIn(window, QStringLiteral("lan"), QStringLiteral("lan-demo-2022"));
    bool ok = waitFor([&] { return findItem(window, "partnerTitle") != nullptr; }, "the partner page");
    type(window, QStringLiteral("minh"));
    key(window, Qt::Key_Tab);
    type(window, QStringLiteral("minh-demo-2022"));
    ok = ok && save(window, out, "pair-partner.png");
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return findItem(window, "rolesTitle") != nullptr; }, "the roles page") &&
         save(window, out, "pair-roles.png");
    key(window, Qt::Key_1);
    ok = ok && waitFor([&] { return findItem(window, "bookPicker") != nullptr; }, "the book picker") &&
         save(window, out, "book-picker.png");
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return findItem(window, "dateField") != nullptr; }, "the logging screen");
    if (!ok) {
        return false;
    }
    logEntry(window, QStringLiteral("14/04/1998"), QStringLiteral("Lê Văn Tám"), Qt::Key_F1);
    logNameCorrection(window, QStringLiteral("14/04/1998"), QStringLiteral("Trần Thị Bé"),
                      QStringLiteral("Tran Thi Be"));
    logNameCorrection(window, QStringLiteral("15/04/1998"), QStringLiteral("Nguyễn Thị Hoà"),
                      QStringLiteral("Nguyễn Thị Hòa"));
    logEntry(window, QStringLiteral("15/04/1998"), QStringLiteral("Võ Minh Khang"), Qt::Key_F1);
    // A correction being typed: the subject's date of birth, day and month swapped in the database.
    type(window, QStringLiteral("16/04/1998"));
    key(window, Qt::Key_Tab);
    type(window, QStringLiteral("Phạm Văn Đức"));
    key(window, Qt::Key_F2);
    type(window, QStringLiteral("nam sinh"));
    key(window, Qt::Key_Return);
    type(window, QStringLiteral("03/05/1980"));
    key(window, Qt::Key_Return);
    type(window, QStringLiteral("05/03/1980"));
    ok = save(window, out, "logging.png");
    // A refused save keeps what was typed and says why.
    key(window, Qt::Key_Escape);
    key(window, Qt::Key_Tab, Qt::ShiftModifier);
    key(window, Qt::Key_A, Qt::ControlModifier);
    type(window, QStringLiteral("31/04/1998"));
    key(window, Qt::Key_F1);
    ok = ok && waitFor([&] { return visible(window, "logMessage"); }, "the refused entry") &&
         save(window, out, "logging-refused.png");
    key(window, Qt::Key_L, Qt::ControlModifier);
    ok = ok && waitFor([&] { return findItem(window, "lockTitle") != nullptr; }, "the lock screen") &&
         save(window, out, "lock.png");
    return ok;
}

// lan signs in, minh joins as her partner, lan reads (1): the book picker of the pair's work session follows.
bool signInPair(QQuickWindow* window) {
    signIn(window, QStringLiteral("lan"), QStringLiteral("lan-demo-2022"));
    bool ok = waitFor([&] { return findItem(window, "partnerTitle") != nullptr; }, "the partner page");
    type(window, QStringLiteral("minh"));
    key(window, Qt::Key_Tab);
    type(window, QStringLiteral("minh-demo-2022"));
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return findItem(window, "rolesTitle") != nullptr; }, "the roles page");
    key(window, Qt::Key_1);
    return ok;
}

// The pair signs in again and opens the book they left at the lock: the entry they were typing is back.
bool draftScreen(QQuickWindow* window, const QDir& out) {
    bool ok = signInPair(window);
    ok = ok && waitFor([&] { return findItem(window, "bookPicker") != nullptr; }, "the book picker");
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return visible(window, "draftNotice"); }, "the restored draft") &&
         save(window, out, "logging-draft.png");
    return ok;
}

dc::crypto::SecureBuffer password(const char* text) {
    dc::crypto::SecureBuffer buffer(std::strlen(text));
    std::memcpy(buffer.data(), text, buffer.size());
    return buffer;
}

// Earlier work of the demo pair in the marriage book, logged through the services before the window opens, so that
// the supervisor's screens have something to review, spot-check and report.
bool seedMarriageBook(const QString& database) {
    using namespace dc::core;
    auto session = SignIn().signIn(database, QStringLiteral("lan"), password("lan-demo-2022"));
    if (!session || !SignIn().addPartner(*session.value(), QStringLiteral("minh"), password("minh-demo-2022")) ||
        !WorkSessionService::start(*session.value(), session.value()->user().id)) {
        return false;
    }
    Session& pair = *session.value();
    auto books = BookService::listBooks(pair);
    qint64 marriageBook = 0;
    for (const Book& book : books ? books.value() : std::vector<Book>{}) {
        if (book.recordType == RecordType::Marriage) {
            marriageBook = book.id;
        }
    }
    struct Seed {
        Outcome outcome;
        const char* name;
        std::vector<CorrectionInput> corrections;
        const char* transcript;
    };
    const std::vector<Seed> seeds = {
        {Outcome::Match, "Nguyễn Văn An", {}, ""},
        {Outcome::Corrected, "Trần Quốc Bảo", {{"husband.full_name", "Tran Quoc Bao", "Trần Quốc Bảo"}}, ""},
        {Outcome::Match, "Lê Thị Cúc", {}, ""},
        {Outcome::Corrected, "Phạm Văn Dũng", {{"wife.birth_date", "07/03/1982", "03/07/1982"}}, ""},
        {Outcome::MissingEnteredNew, "Hoàng Văn Em", {}, ""},
        {Outcome::Match, "Đặng Thị Giang", {}, ""},
        {Outcome::Corrected,
         "Vũ Văn Hải",
         {{"husband.full_name", "Vũ Văn Hài", "Vũ Văn Hải"}, {"wife.full_name", "Ngô Thị Lành", "Ngô Thị Lanh"}},
         ""},
        {Outcome::Escalated, "", {}, "Bùi Văn K_ *"},
        {Outcome::Match, "Đinh Thị Loan", {}, ""},
    };
    int entry = 1;
    for (const Seed& seed : seeds) {
        CheckInput input;
        input.bookId = marriageBook;
        input.entryNumber = entry;
        input.registrationDate =
            seed.outcome == Outcome::Escalated ? QString() : QStringLiteral("%1/03/2005").arg(entry + 10);
        input.subjectName = QString::fromUtf8(seed.name);
        input.outcome = seed.outcome;
        input.corrections = seed.corrections;
        input.transcript = QString::fromUtf8(seed.transcript);
        if (!LogService::logCheck(pair, input)) {
            std::fprintf(stderr, "doichieu-screenshot: cannot log marriage entry %d\n", entry);
            return false;
        }
        ++entry;
    }
    return WorkSessionService::end(pair).ok();
}

// The supervisor's administration (F5): the accounts with a new one being typed, the books with one being opened,
// and a re-key showing its new recovery code once. Back on the home page at the end.
bool adminScreens(QQuickWindow* window, const QDir& out) {
    key(window, Qt::Key_F5);
    bool ok = waitFor([&] { return findItem(window, "adminTitle") != nullptr; }, "the administration");
    QTest::qWait(200);
    ok = ok && save(window, out, "admin-accounts.png");
    key(window, Qt::Key_N);
    type(window, QStringLiteral("hoa.pham"));
    key(window, Qt::Key_Tab);
    type(window, QStringLiteral("Phạm Thị Hoa"));
    ok = ok && save(window, out, "admin-account-add.png");
    key(window, Qt::Key_Escape);
    key(window, Qt::Key_2, Qt::ControlModifier);
    key(window, Qt::Key_N);
    type(window, QStringLiteral("02"));
    key(window, Qt::Key_Tab);
    type(window, QStringLiteral("1999"));
    ok = ok && save(window, out, "admin-books.png");
    key(window, Qt::Key_Escape);
    key(window, Qt::Key_3, Qt::ControlModifier);
    key(window, Qt::Key_K, Qt::ControlModifier);
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return visible(window, "keysCodeBoxCode"); }, "the new recovery code") &&
         save(window, out, "admin-rekey.png");
    key(window, Qt::Key_Return, Qt::ControlModifier);
    key(window, Qt::Key_Escape);
    return ok && waitFor([&] { return findItem(window, "greeting") != nullptr; }, "the home page again");
}

// The supervisor's screens over what the pair logged: the review queue (and a return being typed), today's
// spot-checks with a confirmation and a miss, the progress and corrections reports with their charts, and the day
// close refused while entries wait.
bool supervisorScreens(QQuickWindow* window, const QDir& out) {
    signIn(window, QStringLiteral("giamsat"), QStringLiteral("giamsat-demo-2022"));
    bool ok = waitFor([&] { return findItem(window, "greeting") != nullptr; }, "the home page");
    key(window, Qt::Key_F2);
    ok = ok && waitFor([&] { return findItem(window, "reviewList") != nullptr; }, "the review queue") &&
         save(window, out, "review-queue.png");
    key(window, Qt::Key_R);
    type(window, QStringLiteral("CSDL vẫn ghi sai tên, kiểm tra lại giúp"));
    ok = ok && save(window, out, "review-return.png");
    key(window, Qt::Key_Return);
    QTest::qWait(200);
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return findItem(window, "greeting") != nullptr; }, "the home page again");
    key(window, Qt::Key_F3);
    ok = ok && waitFor([&] { return findItem(window, "spotList") != nullptr; }, "the spot-checks");
    key(window, Qt::Key_D);
    QTest::qWait(200);
    key(window, Qt::Key_C);
    QTest::qWait(200);
    key(window, Qt::Key_M);
    key(window, Qt::Key_Return);
    type(window, QStringLiteral("Vo Minh Khang"));
    key(window, Qt::Key_Return);
    type(window, QStringLiteral("Võ Minh Khang"));
    key(window, Qt::Key_Return);
    key(window, Qt::Key_Return);
    QTest::qWait(200);
    ok = ok && save(window, out, "spot-checks.png");
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return findItem(window, "greeting") != nullptr; }, "the home page again");
    key(window, Qt::Key_F4);
    ok = ok && waitFor([&] { return visible(window, "progressChart"); }, "the progress report") &&
         save(window, out, "report-progress.png");
    key(window, Qt::Key_Down); // the corrections report
    ok = ok && waitFor([&] { return visible(window, "classChart"); }, "the corrections report") &&
         save(window, out, "report-corrections.png");
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return findItem(window, "greeting") != nullptr; }, "the home page again");
    key(window, Qt::Key_F10);
    ok = ok && waitFor([&] { return visible(window, "dayCloseNotice"); }, "the day close refused") &&
         save(window, out, "day-close.png");
    // Closed with the waiting entries deferred: the offer to keep a copy on a USB stick.
    key(window, Qt::Key_Return, Qt::ControlModifier);
    ok = ok && waitFor([&] { return visible(window, "dayCopyFolder"); }, "the day closed") &&
         save(window, out, "day-closed.png");
    // Ctrl+E: the file dialog for the bundle for the province, in the folder typed (a USB stick), Tab to the name.
    QTemporaryDir usb(QDir::tempPath() + QStringLiteral("/USB-XXXXXX"));
    if (ok) {
        findItem(window, "dayCopyFolder")->forceActiveFocus();
        type(window, usb.path());
        key(window, Qt::Key_E, Qt::ControlModifier);
        ok = waitFor([&] { return visible(window, "fileDialogListView"); }, "the bundle's file dialog");
        key(window, Qt::Key_Tab);
        ok = ok && save(window, out, "day-closed-bundle-dialog.png");
        key(window, Qt::Key_Escape);
        ok = ok && waitFor([&] { return !visible(window, "fileDialogListView"); }, "the dialog closed");
    }
    ok = ok && adminScreens(window, out);
    // The pair's next sign-in: the entry the supervisor returned is on the book picker, with the reason.
    key(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page");
    ok = ok && signInPair(window);
    ok = ok && waitFor([&] { return visible(window, "returnedList"); }, "the entries sent back") &&
         save(window, out, "pair-returned.png");
    // F6, Enter: the returned entry opens as an amendment, the supervisor's reason above the pair's.
    key(window, Qt::Key_F6);
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return visible(window, "amendSupervisorNote"); }, "the re-check") &&
         save(window, out, "pair-recheck.png");
    return ok;
}

// The hub's pages (a hub made by tests/support/HubFixture, not in demo mode): the province board, its chart, a
// commune drilled down into with its alarms, the import, the volunteers' quota board and the registration form, the
// reports for a district and a commune, the judging, and a district account's board.
bool hubScreens(QQuickWindow* window, const QDir& out) {
    using dc::test::HubAccounts;
    signIn(window, QString::fromLatin1(HubAccounts::kProvince), QString::fromLatin1(HubAccounts::kProvincePassword));
    bool ok = waitFor([&] { return visible(window, "boardList"); }, "the province board") &&
              save(window, out, "hub-board.png");
    key(window, Qt::Key_Down, Qt::ControlModifier);
    key(window, Qt::Key_Down, Qt::ControlModifier);
    key(window, Qt::Key_Down);
    key(window, Qt::Key_2, Qt::ControlModifier);
    ok = ok && waitFor([&] { return visible(window, "districtChart"); }, "the chart") &&
         save(window, out, "hub-chart.png");
    key(window, Qt::Key_1, Qt::ControlModifier);
    key(window, Qt::Key_End); // Thanh An, the last commune of Dầu Tiếng's rows? Found by its name below.
    QQuickItem* table = findItem(window, "districtTable");
    for (int i = 0; ok && table && i < 120; ++i) {
        const QVariantMap row = table->property("currentRow").toMap();
        if (row.value(QStringLiteral("name")).toString() == QString::fromUtf8(HubAccounts::kDrillCommune)) {
            break;
        }
        key(window, Qt::Key_Up);
    }
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return visible(window, "hubBookList"); }, "the commune's page") &&
         save(window, out, "hub-commune.png");
    key(window, Qt::Key_Tab); // the alarms
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return visible(window, "boardList"); }, "the board again");
    // F6: the import page, with what became of a file that is not a bundle (the hub's own keyring).
    key(window, Qt::Key_F6);
    ok = ok && waitFor([&] { return visible(window, "importTitle"); }, "the import page");
    if (QQuickItem* page = findItem(window, "importPage")) {
        const QString keyring = window->property("hubKeyring").toString();
        QMetaObject::invokeMethod(page, "importFiles",
                                  Q_ARG(QVariant, QVariant::fromValue(QList<QUrl>{QUrl::fromLocalFile(keyring)})));
    }
    ok = ok &&
         waitFor([&] { return visible(window, "importSummary") || visible(window, "importMessage"); },
                 "the import's result") &&
         save(window, out, "hub-import.png");
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return visible(window, "boardList"); }, "the board again");
    // F7: the volunteers (issue 14); Ctrl+N the registration form, first with an ID number that is not one (the note
    // under the field), then registered; back on the quota board with it counted.
    key(window, Qt::Key_F7);
    ok = ok && waitFor([&] { return visible(window, "quotaList"); }, "the quota board");
    key(window, Qt::Key_N, Qt::ControlModifier);
    ok = ok && waitFor([&] { return visible(window, "registrationTitle"); }, "the registration form");
    const auto field = [&](const char* text) {
        key(window, Qt::Key_Tab);
        type(window, QString::fromUtf8(text));
    };
    key(window, Qt::Key_Down); // the unit: the campaign's second
    field("Trịnh Thị Hoa");
    field("2001");
    key(window, Qt::Key_Tab);
    key(window, Qt::Key_Down);
    key(window, Qt::Key_Down); // Nữ
    field("0743011");
    key(window, Qt::Key_Tab); // leaving the field checks it
    ok = ok && waitFor([&] { return visible(window, "note_idNumber"); }, "the ID number's note") &&
         save(window, out, "hub-registration-refused.png");
    key(window, Qt::Key_Tab, Qt::ShiftModifier);
    key(window, Qt::Key_A, Qt::ControlModifier);
    type(window, QStringLiteral("074301777001"));
    for (const char* answer : {"agreesDates", "acceptsAssignment", "inProvince", "computer"}) {
        if (QQuickItem* box = findItem(
                window,
                (QStringLiteral("reg_") + QLatin1String(answer) + QStringLiteral("_choice")).toUtf8().constData())) {
            box->forceActiveFocus();
            key(window, Qt::Key_Down); // Có
        }
    }
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return visible(window, "registrationConfirmation"); }, "the registration") &&
         save(window, out, "hub-registration.png");
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return visible(window, "quotaList"); }, "the quota board again") &&
         save(window, out, "hub-volunteers.png");
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return visible(window, "boardList"); }, "the board again");
    // F4: the reports, for a district (↓ in the scope box: the campaign's first), then a commune (Dầu Tiếng/Thanh An,
    // chosen with Tab and ↓ in each box).
    key(window, Qt::Key_F4);
    ok = ok && waitFor([&] { return visible(window, "reportScopeRow"); }, "the reports at the hub");
    key(window, Qt::Key_Down);
    ok = ok &&
         waitFor([&] { return visible(window, "reportDistrict") && visible(window, "reportTitle"); },
                 "a district's report") &&
         save(window, out, "hub-report-district.png");
    key(window, Qt::Key_Down);
    key(window, Qt::Key_Tab);
    const auto chooseIn = [&](const char* box, const char* name) {
        QQuickItem* item = findItem(window, box);
        for (int i = 0; item && i < 30 && item->property("displayText").toString() != QString::fromUtf8(name); ++i) {
            key(window, Qt::Key_Down);
        }
    };
    chooseIn("reportDistrict", HubAccounts::kDistrictName);
    key(window, Qt::Key_Tab);
    chooseIn("reportCommune", HubAccounts::kDrillCommune);
    ok = ok &&
         waitFor([&] { return visible(window, "reportCommune") && visible(window, "reportTitle"); },
                 "a commune's report") &&
         save(window, out, "hub-report-commune.png");
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return visible(window, "boardList"); }, "the board again");
    // F9: the judging (issue 15), the second volunteer chosen and explained beside.
    key(window, Qt::Key_F9);
    ok = ok && waitFor(
                   [&] {
                       QQuickItem* list = findItem(window, "awardsList");
                       return list && list->property("count").toInt() > 1;
                   },
                   "the judging");
    key(window, Qt::Key_Down);
    ok = ok && waitFor([&] { return visible(window, "explainTier"); }, "the explanation") &&
         save(window, out, "hub-awards.png");
    key(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return visible(window, "boardList"); }, "the board again");
    key(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page");
    if (QQuickItem* user = findItem(window, "userNameField")) {
        user->forceActiveFocus(); // the last user name is remembered: the focus waits in the password field
    }
    signIn(window, QString::fromLatin1(HubAccounts::kDistrict), QString::fromLatin1(HubAccounts::kDistrictPassword));
    ok = ok && waitFor([&] { return visible(window, "boardList"); }, "the district's board") &&
         save(window, out, "hub-board-district-account.png");
    return ok;
}

// The window of Main.qml over `database`, in Vietnamese, at `size`; nullptr when it cannot be shown.
// `training`: as `doichieu --training` shows the local training site, its accounts listed.
QQuickWindow* showWindow(QQmlApplicationEngine& engine, const QString& database, bool demo, const QString& settings,
                         const QSize& size, bool training = false) {
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    dc::gui::AppContext::Options options;
    options.demo = demo;
    options.databasePath = database;
    options.language = QStringLiteral("vi");
    options.training = training;
    if (training) {
        for (const dc::core::DemoAccount& account : dc::core::TrainingService::localTrainingAccounts()) {
            options.trainingAccounts.push_back({QString::fromLatin1(account.userName),
                                                QString::fromUtf8(account.displayName), static_cast<int>(account.role),
                                                QString::fromLatin1(account.password)});
        }
    }
    new dc::gui::AppContext(options, std::make_unique<QSettings>(settings, QSettings::IniFormat), engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoiChieu/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "doichieu-screenshot: the interface could not be loaded\n");
        return nullptr;
    }
    window->resize(size);
    window->requestActivate();
    if (!QTest::qWaitForWindowExposed(window) || !QTest::qWaitForWindowActive(window)) {
        std::fprintf(stderr, "doichieu-screenshot: the window was not shown\n");
        return nullptr;
    }
    QTest::qWait(400);
    return window;
}

// `doichieu-screenshot OUTDIR SIZE hub`: the hub's pages only.
int hubMain(const QDir& out, const QSize& size) {
    dc::test::TestSite site;
    {
        auto supervisor = site.signInSupervisor();
        if (!supervisor || !dc::test::makeHub(*supervisor, QDateTime::currentDateTimeUtc()) ||
            !dc::test::addAwardsWork(*supervisor)) {
            std::fprintf(stderr, "doichieu-screenshot: cannot make the hub\n");
            return 1;
        }
    }
    QQmlApplicationEngine engine;
    QQuickWindow* window =
        showWindow(engine, site.paths().database, false, site.dir() + QStringLiteral("/settings.ini"), size);
    if (window) {
        window->setProperty("hubKeyring", site.paths().keyring);
    }
    return window && hubScreens(window, out) ? 0 : 1;
}

// `doichieu-screenshot OUTDIR SIZE errormap`: the error map page (issue 16) on a hub that imported real bundles of four
// communes in three districts (tests/support/ErrorMapFixture.h, `varied`: several fields and classes, books of four
// decades): the rates by field (hub-errormap.png), by decade (hub-errormap-decades.png), and a district account's
// (hub-errormap-district-account.png).
int errorMapMain(const QDir& out, const QSize& size) {
    dc::test::TestSite hub(dc::core::SiteKind::Hub);
    std::vector<std::unique_ptr<dc::test::TestSite>> communes;
    const auto& districts = dc::core::campaign::builtInCampaign().districts;
    const QString dauTieng = QString::fromUtf8(dc::test::HubAccounts::kDistrictName);
    std::vector<dc::test::ErrorMapCommune> plan;
    const auto add = [&](const QString& district, const QString& commune, int entries, std::vector<int> years) {
        dc::test::ErrorMapCommune c;
        c.place = dc::core::campaign::communePath(district, commune);
        c.entries = entries;
        c.years = std::move(years);
        c.varied = true;
        plan.push_back(c);
    };
    add(dauTieng, QString::fromUtf8(dc::test::HubAccounts::kDrillCommune), 48, {1978, 1998});
    for (const dc::core::campaign::District& d : districts) {
        if (d.name == dauTieng) {
            for (const QString& c : d.communes) {
                if (c != QString::fromUtf8(dc::test::HubAccounts::kDrillCommune)) {
                    add(d.name, c, 36, {1985, 2008});
                    break;
                }
            }
        }
    }
    add(districts.at(0).name, districts.at(0).communes.front(), 44, {1978, 1995});
    add(districts.at(1).name, districts.at(1).communes.front(), 40, {2005});
    const QString folder = hub.dir() + QStringLiteral("/error-map");
    if (!QDir().mkpath(folder) ||
        !dc::test::makeErrorMapHub(hub, plan, folder, QStringLiteral("dautieng"), dauTieng, communes)) {
        std::fprintf(stderr, "doichieu-screenshot: cannot make the error map's hub\n");
        return 1;
    }
    QQmlApplicationEngine engine;
    QQuickWindow* window =
        showWindow(engine, hub.paths().database, false, hub.dir() + QStringLiteral("/settings.ini"), size);
    if (!window) {
        return 1;
    }
    const auto rowsShown = [&] {
        QQuickItem* table = findItem(window, "errorMapTable");
        return table && table->property("count").toInt() > 0;
    };
    signIn(window, QString::fromLatin1(dc::test::TestSite::kSupervisor),
           QString::fromLatin1(dc::test::TestSite::kSupervisorPassword));
    bool ok = waitFor([&] { return visible(window, "boardList"); }, "the province board");
    key(window, Qt::Key_F8);
    ok = ok && waitFor(rowsShown, "the error map") && save(window, out, "hub-errormap.png");
    key(window, Qt::Key_4, Qt::ControlModifier); // by decade
    ok = ok && waitFor(rowsShown, "the map by decade") && save(window, out, "hub-errormap-decades.png");
    key(window, Qt::Key_Escape);
    key(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page");
    if (QQuickItem* user = findItem(window, "userNameField")) {
        user->forceActiveFocus();
    }
    signIn(window, QStringLiteral("dautieng"), QString::fromLatin1(dc::test::kMapDistrictPassword));
    ok = ok && waitFor([&] { return visible(window, "boardList"); }, "the district's board");
    key(window, Qt::Key_F8);
    ok = ok && waitFor(rowsShown, "the district's error map") && save(window, out, "hub-errormap-district-account.png");
    return ok ? 0 : 1;
}

// `doichieu-screenshot OUTDIR SIZE training`: the training day (issue 18) on the local training site, as `doichieu
// --training` opens it: the sign-in page with its accounts (training-signin.png), the logging screen with the entry's
// two sides (training-logging.png; the illegible entry: training-illegible.png), the pair's score after F7
// (training-score.png) and the trainer's board (training-board.png) with two more pairs of the site that have logged
// nothing.
int trainingMain(const QDir& out, const QSize& size) {
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/doichieu-training-XXXXXX"));
    const QString database = scratch.filePath(QStringLiteral("training.db"));
    if (auto made = dc::core::TrainingService::ensureLocalTrainingSite(database); !made) {
        std::fprintf(stderr, "doichieu-screenshot: %s\n", qPrintable(dc::app::errorText(made.error())));
        return 1;
    }
    QQmlApplicationEngine engine;
    QQuickWindow* window =
        showWindow(engine, database, false, scratch.filePath(QStringLiteral("settings.ini")), size, true);
    if (!window) {
        return 1;
    }
    const auto accounts = dc::core::TrainingService::localTrainingAccounts();
    // A Repeater's rows are visual children only, which findChild does not see.
    std::function<QQuickItem*(QQuickItem*, const QString&)> findVisual = [&](QQuickItem* root, const QString& name) {
        for (QQuickItem* child : root->childItems()) {
            if (child->objectName() == name) {
                return child;
            }
            if (QQuickItem* found = findVisual(child, name)) {
                return found;
            }
        }
        return static_cast<QQuickItem*>(nullptr);
    };
    const auto text = [&](const char* name) {
        QQuickItem* item = findVisual(window->contentItem(), QLatin1String(name));
        return item ? item->property("text").toString() : QString();
    };
    bool ok = save(window, out, "training-signin.png");
    signIn(window, QString::fromLatin1(accounts[1].userName), QString::fromLatin1(accounts[1].password));
    ok = ok && waitFor([&] { return findItem(window, "partnerUserField") != nullptr; }, "the partner page");
    type(window, QString::fromLatin1(accounts[2].userName));
    key(window, Qt::Key_Tab);
    type(window, QString::fromLatin1(accounts[2].password));
    key(window, Qt::Key_Return);
    ok = ok && waitFor([&] { return findItem(window, "rolesTitle") != nullptr; }, "the roles page");
    key(window, Qt::Key_1);
    ok = ok && waitFor([&] { return findItem(window, "bookPicker") != nullptr; }, "the book picker");
    key(window, Qt::Key_Return); // the first book
    ok = ok && waitFor([&] { return visible(window, "trainingSides"); }, "the logging screen's training panel");
    // Entries logged as matches, right or wrong (the date and the name as the book shows them); an illegible entry
    // escalated (the date from the database's side). The logging screen is shot on the third legible entry as it is
    // typed, the illegible entry as its transcript is typed.
    bool loggingShot = false;
    bool illegibleShot = false;
    int legible = 0;
    for (int entry = 1; entry <= 20 && ok && !(loggingShot && illegibleShot); ++entry) {
        const QString before = text("confirmation");
        if (visible(window, "trainingIllegibleNote")) {
            type(window, text("databaseSide0"));
            key(window, Qt::Key_Tab);
            key(window, Qt::Key_F5);
            type(window, QStringLiteral("Sổ mờ, không đọc được họ tên và ngày"));
            ok = ok && (illegibleShot || save(window, out, "training-illegible.png"));
            illegibleShot = true;
            key(window, Qt::Key_Return);
        } else {
            type(window, text("bookSide0"));
            key(window, Qt::Key_Tab);
            type(window, text("bookSide1"));
            if (++legible == 3 && !loggingShot) {
                ok = ok && save(window, out, "training-logging.png");
                loggingShot = true;
            }
            key(window, Qt::Key_F1);
        }
        ok = ok && waitFor([&] { return text("confirmation") != before; }, "the entry saved");
    }
    ok = ok && loggingShot && illegibleShot;
    key(window, Qt::Key_F7);
    ok = ok && waitFor([&] { return findItem(window, "trainingScorePage") != nullptr; }, "the score screen") &&
         save(window, out, "training-score.png");
    key(window, Qt::Key_Escape);
    key(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page");
    // Two more pairs of the site, hv03 + hv04 and hv05 + hv06, with their books and nothing logged: the board lists
    // them too, each saying so.
    if (ok) {
        auto trainer = dc::core::SignIn().signIn(database, QString::fromLatin1(accounts[0].userName),
                                                 dc::test::secret(accounts[0].password));
        auto added = trainer ? dc::test::addTrainingPairs(*trainer.value(), 2, "hv-taphuan", 3011)
                             : dc::core::Result<void>(trainer.error());
        if (!added) {
            std::fprintf(stderr, "doichieu-screenshot: %s\n", qPrintable(dc::app::errorText(added.error())));
            ok = false;
        }
    }
    if (QQuickItem* user = findItem(window, "userNameField")) {
        user->forceActiveFocus();
    }
    signIn(window, QString::fromLatin1(accounts[0].userName), QString::fromLatin1(accounts[0].password));
    ok = ok && waitFor([&] { return findItem(window, "greeting") != nullptr; }, "the trainer's home page");
    key(window, Qt::Key_F7);
    ok = ok && waitFor([&] { return !text("boardSummary").isEmpty(); }, "the trainer's board") &&
         save(window, out, "training-board.png");
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    QApplication application(argc, argv); // as doichieu: Qt Charts needs it
    QApplication::setOrganizationName(QStringLiteral("DoiChieu"));
    QApplication::setApplicationName(QStringLiteral("doichieu-screenshot"));
    const QStringList arguments = QApplication::arguments();
    QSize size(1024, 700); // the smallest screen the program is made for
    if (arguments.size() >= 3) {
        const QStringList parts = arguments.at(2).split(u'x');
        bool wide = false;
        bool tall = false;
        size = parts.size() == 2 ? QSize(parts.at(0).toInt(&wide), parts.at(1).toInt(&tall)) : QSize();
        if (!wide || !tall || size.width() < 640 || size.height() < 480 || size.width() > 4096 ||
            size.height() > 4096) {
            std::fprintf(stderr, "doichieu-screenshot: the size must be WIDTHxHEIGHT, from 640x480 to 4096x4096\n");
            return 2;
        }
    } else if (arguments.size() != 2 && !(arguments.size() == 4 && (arguments.at(3) == QLatin1String("hub") ||
                                                                    arguments.at(3) == QLatin1String("errormap") ||
                                                                    arguments.at(3) == QLatin1String("training")))) {
        std::fprintf(stderr, "usage: doichieu-screenshot OUTDIR [WIDTHxHEIGHT [hub|errormap|training]]\n");
        return 2;
    }
    const QDir out(QApplication::arguments().at(1));
    if (!QDir().mkpath(out.absolutePath())) {
        std::fprintf(stderr, "doichieu-screenshot: cannot create %s\n", qPrintable(out.absolutePath()));
        return 1;
    }
    if (arguments.size() == 4 && arguments.at(3) == QLatin1String("errormap")) {
        return errorMapMain(out, size);
    }
    if (arguments.size() == 4 && arguments.at(3) == QLatin1String("training")) {
        return trainingMain(out, size);
    }
    if (arguments.size() == 4) {
        return hubMain(out, size);
    }
    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/doichieu-demo-XXXXXX"));
    const QString database = scratch.filePath(QStringLiteral("demo.db"));
    if (auto made = dc::core::ensureDemoSite(database); !made) {
        std::fprintf(stderr, "doichieu-screenshot: %s\n", qPrintable(dc::app::errorText(made.error())));
        return 1;
    }

    if (!seedMarriageBook(database)) {
        std::fprintf(stderr, "doichieu-screenshot: cannot log the demo pair's earlier work\n");
        return 1;
    }

    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    dc::gui::AppContext::Options options;
    options.demo = true;
    options.databasePath = database;
    options.language = QStringLiteral("vi");
    new dc::gui::AppContext(
        options, std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
        engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoiChieu/Main.qml")));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (!window) {
        std::fprintf(stderr, "doichieu-screenshot: the interface could not be loaded\n");
        return 1;
    }
    window->resize(size);
    window->requestActivate();
    if (!QTest::qWaitForWindowExposed(window) || !QTest::qWaitForWindowActive(window)) {
        std::fprintf(stderr, "doichieu-screenshot: the window was not shown\n");
        return 1;
    }
    QTest::qWait(400);
    bool ok = save(window, out, "signin-demo.png");

    // A wrong password: the message, the field cleared.
    signIn(window, QStringLiteral("giamsat"), QStringLiteral("mat-khau-sai"));
    ok = ok &&
         waitFor(
             [&] {
                 QQuickItem* message = findItem(window, "signInMessage");
                 return message && message->isVisible();
             },
             "the wrong-password message") &&
         save(window, out, "signin-wrong-password.png");

    // The recovery form (Ctrl+R), with a few groups of a code typed.
    QTest::keyClick(window, Qt::Key_R, Qt::ControlModifier);
    ok = ok && waitFor([&] { return findItem(window, "recoveryForm") != nullptr; }, "the recovery form");
    type(window, QStringLiteral("31415-92653-58979-"));
    QTest::keyClick(window, Qt::Key_Tab);
    type(window, QStringLiteral("giamsat"));
    ok = ok && save(window, out, "recovery.png");
    QTest::keyClick(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page");

    // A new site (Ctrl+N), its name and supervisor typed.
    QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
    ok = ok && waitFor([&] { return findItem(window, "createSiteForm") != nullptr; }, "the new-site form");
    type(window, QStringLiteral("Xã Tân Hòa"));
    QTest::keyClick(window, Qt::Key_Tab);
    type(window, QStringLiteral("giamsat"));
    QTest::keyClick(window, Qt::Key_Tab);
    type(window, QStringLiteral("Lê Thị Mai"));
    ok = ok && save(window, out, "new-site.png");
    QTest::keyClick(window, Qt::Key_Escape);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page");

    // The demo supervisor's home page.
    signIn(window, QStringLiteral("giamsat"), QStringLiteral("giamsat-demo-2022"));
    ok = ok && waitFor([&] { return findItem(window, "greeting") != nullptr; }, "the home page") &&
         save(window, out, "home-supervisor.png");

    // Then a pair of volunteers.
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page") &&
         pairScreens(window, out);
    // From the lock screen back to the sign-in page (the pair's work stays paused): the entry typed when the lock came
    // was kept for the pair, and comes back when they open the book again. Then the supervisor's screens.
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page") &&
         save(window, out, "signin-draft-kept.png") && draftScreen(window, out);
    QTest::keyClick(window, Qt::Key_Q, Qt::ControlModifier | Qt::ShiftModifier);
    ok = ok && waitFor([&] { return findItem(window, "signInTitle") != nullptr; }, "the sign-in page") &&
         supervisorScreens(window, out);
    return ok ? 0 : 1;
}
