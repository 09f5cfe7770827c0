// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Target (issue "Supervisor review, spot-checks, escalations and daily reports"), at a commune with 30,000 checks
// logged over a month: the review queue's first page and each report for the month in under 200 ms.
#include "core/services/LogService.h"
#include "core/services/ReportTables.h"
#include "core/services/ReviewService.h"
#include "core/services/SpotCheckService.h"
#include "core/store/Database.h"
#include "tests/bench/PlainSqlite.h"
#include "tests/support/TestSite.h"

#include <benchmark/benchmark.h>

#include <memory>
#include <optional>

namespace {

using namespace dc::core;

const int kReviewChecks =
    qEnvironmentVariableIsSet("DOICHIEU_BENCH_FILL") ? qEnvironmentVariableIntValue("DOICHIEU_BENCH_FILL") : 30000;
constexpr int kDays = 30;
const QDate kFirstDay(2022, 11, 1);

// 1,000 checks a day for 30 days by two pairs: 80 % matches, 15 % corrections (two fields), 3 % new entries, 2 %
// escalations; every day's spot-check drawn and decided, a fifth of the queue already reviewed. Filled through the
// services (durability relaxed only while filling).
// `plain`: the same commune unencrypted (PlainSqlite.h).
struct Commune {
    std::optional<dc::bench::PlainScope> plainScope; // alive while `site` is made
    dc::test::TestSite site;
    std::shared_ptr<QDateTime> now = std::make_shared<QDateTime>(kFirstDay.startOfDay(Qt::UTC));
    Clock clock = [now = now] { return *now; };
    std::unique_ptr<Session> supervisor;
    ReportRange month{kFirstDay, kFirstDay.addDays(kDays - 1)};

    explicit Commune(bool plain) : plainScope(std::in_place, plain) {
        plainScope.reset();
        site.addUser(QStringLiteral("lan"), dc::test::TestSite::kLanPassword, false, QStringLiteral("Nguyễn Thị Lan"));
        site.addUser(QStringLiteral("minh"), dc::test::TestSite::kMinhPassword, false, QStringLiteral("Lê Quang Minh"));
        site.addUser(QStringLiteral("hoa"), "gio-bac-thoi-lua-23", false, QStringLiteral("Đặng Thị Hoà"));
        site.addUser(QStringLiteral("tuan"), "ben-nha-rong-xua-31", false, QStringLiteral("Vũ Anh Tuấn"));
        std::vector<qint64> books;
        for (int b = 0; b < 4; ++b) {
            books.push_back(site.addBook(1, 999999, QString::number(b + 1), 1998 + b));
        }
        std::unique_ptr<Session> pairs[2] = {site.signInPair(QStringLiteral("lan"), dc::test::TestSite::kLanPassword,
                                                             QStringLiteral("minh"), dc::test::TestSite::kMinhPassword,
                                                             clock),
                                             site.signInPair(QStringLiteral("hoa"), "gio-bac-thoi-lua-23",
                                                             QStringLiteral("tuan"), "ben-nha-rong-xua-31", clock)};
        supervisor = site.signIn(QStringLiteral("giamsat"), dc::test::TestSite::kSupervisorPassword, clock);
        dc::bench::expectVariant(supervisor->database().path(), plain);
        for (auto& p : pairs) {
            p->database().exec("PRAGMA synchronous = OFF");
        }
        supervisor->database().exec("PRAGMA synchronous = OFF");
        const int perDay = kReviewChecks / kDays;
        int number[4] = {1, 1, 1, 1};
        for (int d = 0; d < kDays; ++d) {
            const QDate day = kFirstDay.addDays(d);
            for (int i = 0; i < perDay; ++i) {
                *now = QDateTime(day, QTime(1, 0), Qt::UTC).addSecs(i * 25);
                const int b = i % 4;
                CheckInput input;
                input.bookId = books[static_cast<std::size_t>(b)];
                input.entryNumber = number[b]++;
                input.registrationDate = QStringLiteral("14/04/1998");
                input.subjectName = QStringLiteral("Nguyễn Thị Hồng");
                input.secondsSpent = 30;
                const int kind = i % 100;
                if (kind < 15) {
                    input.outcome = Outcome::Corrected;
                    input.corrections = {{QStringLiteral("subject.full_name"), QStringLiteral("Nguyen Thi Hong"),
                                          QStringLiteral("Nguyễn Thị Hồng")},
                                         {QStringLiteral("subject.birth_date"), QStringLiteral("03/04/1998"),
                                          QStringLiteral("04/03/1998")}};
                } else if (kind < 18) {
                    input.outcome = Outcome::MissingEnteredNew;
                } else if (kind < 20) {
                    input.outcome = Outcome::Escalated;
                    input.transcript = QStringLiteral("Nguyễn Thị H_ng");
                } else {
                    input.outcome = Outcome::Match;
                }
                if (!LogService::logCheck(*pairs[i % 2], input)) {
                    throw std::runtime_error("fill failed");
                }
            }
            *now = QDateTime(day, QTime(10, 0), Qt::UTC);
            auto drawn = SpotCheckService::drawDay(*supervisor, day);
            if (!drawn) {
                throw std::runtime_error("draw failed");
            }
            for (const SpotSample& sample : drawn.value()) {
                for (std::size_t k = 0; k < sample.items.size(); ++k) {
                    if (k == 0) {
                        (void)SpotCheckService::missed(*supervisor, sample.items[k].itemId,
                                                       {QStringLiteral("father.full_name"),
                                                        QStringLiteral("Nguyen Van Ba"),
                                                        QStringLiteral("Nguyễn Văn Ba")});
                    } else {
                        (void)SpotCheckService::confirm(*supervisor, sample.items[k].itemId);
                    }
                }
            }
            // a fifth of the day's queue reviewed
            auto page = ReviewService::queue(*supervisor, {.limit = perDay / 25});
            for (const ReviewItem& item : page->items) {
                (void)ReviewService::decide(*supervisor, item.check.id,
                                            item.check.outcome == Outcome::Escalated ? ReviewDecision::Resolve
                                                                                     : ReviewDecision::Approve,
                                            QStringLiteral("Đúng theo sổ"));
            }
        }
        supervisor->database().exec("PRAGMA synchronous = FULL");
    }
};

Commune& commune(bool plain) {
    if (plain) {
        static Commune twin(true);
        return twin;
    }
    static Commune c(false);
    return c;
}

void BM_ReviewQueueFirstPage(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    Commune& c = commune(plain);
    state.SetLabel(dc::bench::variantLabel(plain));
    for (auto _ : state) {
        auto page = ReviewService::queue(*c.supervisor, {});
        if (!page || page->items.empty()) {
            state.SkipWithError("no queue");
            return;
        }
        benchmark::DoNotOptimize(page->pendingTotal);
        state.counters["pending"] = page->pendingTotal;
    }
}
BENCHMARK(BM_ReviewQueueFirstPage)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_ReviewQueueFiltered(benchmark::State& state) {
    const bool plain = state.range(0) == 1;
    Commune& c = commune(plain);
    state.SetLabel(dc::bench::variantLabel(plain));
    const qint64 minh = c.site.signIn(QStringLiteral("minh"), dc::test::TestSite::kMinhPassword)->user().id;
    for (auto _ : state) {
        auto page = ReviewService::queue(*c.supervisor, {.volunteerId = minh,
                                                         .from = c.month.from.addDays(10),
                                                         .to = c.month.from.addDays(20),
                                                         .correctionClass = QStringLiteral("date_day_month_swap"),
                                                         .state = std::nullopt});
        if (!page) {
            state.SkipWithError("no queue");
            return;
        }
        benchmark::DoNotOptimize(page->total);
    }
}
BENCHMARK(BM_ReviewQueueFiltered)->ArgName("plain")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(20);

void BM_MonthReport(benchmark::State& state, const char* kind) {
    const bool plain = state.range(0) == 1;
    Commune& c = commune(plain);
    state.SetLabel(dc::bench::variantLabel(plain));
    for (auto _ : state) {
        auto doc = buildReport(*c.supervisor, {QString::fromLatin1(kind), c.month}, domain::Language::Vietnamese);
        if (!doc) {
            state.SkipWithError("report failed");
            return;
        }
        benchmark::DoNotOptimize(doc->tables.size());
    }
}
BENCHMARK_CAPTURE(BM_MonthReport, progress, "progress")
    ->ArgName("plain")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20);
BENCHMARK_CAPTURE(BM_MonthReport, corrections, "corrections")
    ->ArgName("plain")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20);
BENCHMARK_CAPTURE(BM_MonthReport, volunteers, "volunteers")
    ->ArgName("plain")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20);
BENCHMARK_CAPTURE(BM_MonthReport, spot_checks, "spot-checks")
    ->ArgName("plain")
    ->Arg(0)
    ->Arg(1)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(20);

} // namespace
