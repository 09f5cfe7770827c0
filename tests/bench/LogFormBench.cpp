// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Target (issue 12, "A day of 400 entries without a stumble"): how long the pair waits after F1 on a filled draft,
// on a site holding 200,000 checks — from the key to the logging view model's confirmation ("Saved entry 12:
// Match."), rendering not included — p95 ≤ 50 ms.
//
// The view model is LogForm, created by a QML engine as LoggingPage.qml creates it (its book given on creation), with
// the GUI's AppContext and the pair's session adopted by CurrentSession as a sign-in does. Each entry is driven as the
// keys do: the name typed into the draft (the registration date and the pre-filled number kept), then F1, which the
// page turns into LogForm.logAs(LogForm.Match); the time is taken from that call until it returns, by which time the
// save has committed durably, the confirmation has been emitted and the next number is in the draft (what the next
// frame shows). Between entries the event loop runs, and the write-ahead log is settled as CurrentSession does 300 ms
// after a save (while the pair reads the next entry), timed apart.
#include "app/gui/AppContext.h"
#include "app/gui/ChosenBook.h"
#include "app/gui/LogForm.h"
#include "app/gui/SessionController.h"
#include "core/services/BookService.h"
#include "core/services/LogService.h"
#include "tests/bench/FilledSite.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QSettings>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(DoiChieuModelsPlugin)

namespace {

using dc::bench::filled;
using dc::bench::FilledSite;
using dc::bench::kFill;
using dc::gui::LogForm;

// Names as a reader calls them out, one per entry (each differs, so each is checked anew as it is typed).
// This thread's CPU time: what the key costs the program itself, whatever else the machine (and its disk) is doing.
double threadCpuMs() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

QString nameOf(int i) {
    static const QStringList family = {QStringLiteral("Nguyễn"), QStringLiteral("Trần"), QStringLiteral("Lê"),
                                       QStringLiteral("Phạm"), QStringLiteral("Hoàng")};
    static const QStringList given = {QStringLiteral("Thị Hồng"),   QStringLiteral("Văn Tám"),
                                      QStringLiteral("Quang Minh"), QStringLiteral("Thị Bé"),
                                      QStringLiteral("Đức Anh"),    QStringLiteral("Thu Hà")};
    return family.at(i % family.size()) + u' ' + given.at((i / family.size()) % given.size());
}

void BM_LogFormMatchKey(benchmark::State& state) {
    FilledSite& f = filled();
    const qint64 bookId = f.books[3];
    QTemporaryDir folder;
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    dc::gui::AppContext::Options options;
    // English: the Vietnamese translation is compiled into the views' resources, which this benchmark does not link
    // (a translated sentence is one hash lookup more).
    options.language = QStringLiteral("en");
    auto* context = new dc::gui::AppContext(
        options, std::make_unique<QSettings>(folder.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat),
        engine);
    // The pair signs in on the GUI: their own session (a work session of its own), adopted as a sign-in does.
    auto pair = f.site.signInPair();
    if (!pair) {
        state.SkipWithError("the pair could not sign in");
        return;
    }
    dc::core::Session& session = *pair;
    context->session()->adopt(std::move(pair));
    auto books = dc::core::BookService::listBooks(session);
    if (!books) {
        state.SkipWithError("no books");
        return;
    }
    const auto book = std::find_if(books->begin(), books->end(), [&](const auto& b) { return b.id == bookId; });
    if (book == books->end()) {
        state.SkipWithError("the book is not listed");
        return;
    }
    auto* chosen = new dc::gui::ChosenBook(*book, &engine);
    // A local URL, so that the import is resolved at once (another scheme may load asynchronously).
    QQmlComponent component(&engine);
    component.setData("import DoiChieu.Models\nLogForm {}\n",
                      QUrl::fromLocalFile(folder.filePath(QStringLiteral("LogFormBench.qml"))));
    if (!component.isReady()) {
        state.SkipWithError(qPrintable(component.errorString()));
        return;
    }
    std::unique_ptr<QObject> created(
        component.createWithInitialProperties({{QStringLiteral("book"), QVariant::fromValue(chosen)}}));
    auto* form = qobject_cast<LogForm*>(created.get());
    if (!form) {
        state.SkipWithError(qPrintable(component.errorString()));
        return;
    }
    int confirmations = 0;
    QObject::connect(form, &LogForm::confirmationChanged, [&] { ++confirmations; });
    form->setRegistrationDate(QStringLiteral("14/04/1998")); // typed once: the date stays from entry to entry

    constexpr int kEntries = 2000;
    std::vector<double> ms;
    std::vector<double> cpuMs;
    std::vector<double> settleMs;
    ms.reserve(kEntries);
    for (auto _ : state) {
        for (int i = 0; i < kEntries; ++i) {
            const QString expectedNumber = form->entryNumber();
            form->setSubjectName(nameOf(i));
            const int before = confirmations;
            const double cpuStart = threadCpuMs();
            const auto start = std::chrono::steady_clock::now();
            const bool saved = form->logAs(LogForm::Outcome::Match); // F1
            const auto stop = std::chrono::steady_clock::now();
            const double cpu = threadCpuMs() - cpuStart;
            if (!saved || confirmations == before || !form->confirmation().contains(expectedNumber) ||
                form->entryNumber() == expectedNumber) {
                state.SkipWithError(
                    qPrintable(QStringLiteral("entry %1 was not confirmed: %2").arg(expectedNumber, form->message())));
                return;
            }
            ms.push_back(std::chrono::duration<double, std::milli>(stop - start).count());
            cpuMs.push_back(cpu);
            QCoreApplication::processEvents();
            const auto before_settle = std::chrono::steady_clock::now();
            dc::core::LogService::settle(session); // CurrentSession's settle, 300 ms after the confirmation
            settleMs.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - before_settle).count());
        }
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpuMs.begin(), cpuMs.end());
    std::sort(settleMs.begin(), settleMs.end());
    state.counters["median_ms"] = ms[ms.size() / 2];
    state.counters["p95_ms"] = ms[ms.size() * 95 / 100];
    state.counters["p99_ms"] = ms[ms.size() * 99 / 100];
    state.counters["max_ms"] = ms.back();
    state.counters["cpu_median_ms"] = cpuMs[cpuMs.size() / 2];
    state.counters["cpu_p95_ms"] = cpuMs[cpuMs.size() * 95 / 100];
    state.counters["checks_in_db"] = kFill + static_cast<double>(ms.size());
    state.counters["settle_median_ms"] = settleMs[settleMs.size() / 2];
    state.counters["settle_max_ms"] = settleMs.back();
}
BENCHMARK(BM_LogFormMatchKey)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace
