// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
//
// Issue 15 part 5: 600 certificates of participation as one PDF (app/common/export/Certificates.h), written at a hub as
// the awards CLI writes them (the audit event included). The target: under 10 s.
#include "app/common/export/Certificates.h"
#include "tests/support/TestSite.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

#include <memory>

namespace {

using namespace dc::core;

CertificateBatch batchOf600() {
    const QStringList family{QStringLiteral("Nguyễn"), QStringLiteral("Trần"),  QStringLiteral("Lê"),
                             QStringLiteral("Phạm"),   QStringLiteral("Huỳnh"), QStringLiteral("Võ")};
    const QStringList given{QStringLiteral("Thị Ánh Tuyết"), QStringLiteral("Văn Đức"), QStringLiteral("Hoàng Yến"),
                            QStringLiteral("Ngọc Quỳnh Hương"), QStringLiteral("Minh Thắng")};
    CertificateBatch batch;
    batch.issuer = QStringLiteral("BCH ĐOÀN TỈNH BÌNH DƯƠNG");
    batch.title = QStringLiteral("Tình nguyện viên hỗ trợ nhập dữ liệu hộ tịch trên nền tảng Cơ sở dữ liệu quốc gia về "
                                 "dân cư trên địa bàn tỉnh Bình Dương");
    batch.place = QStringLiteral("Bình Dương");
    batch.onBehalfOf = QStringLiteral("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN");
    batch.signatoryRole = QStringLiteral("BÍ THƯ");
    batch.campaign = QStringLiteral("Bình Dương 2022");
    batch.date = QDate(2022, 12, 31);
    for (int i = 0; i < 600; ++i) {
        CertificateSubject subject;
        subject.userName = QStringLiteral("tnv%1").arg(i);
        subject.fullName = family.at(i % family.size()) + u' ' + given.at(i % given.size());
        subject.unit = QStringLiteral("Đại học Thủ Dầu Một");
        subject.communes = {QStringLiteral("Dầu Tiếng/Thanh An")};
        subject.daysWorked = 5 + i % 25;
        batch.items.push_back({subject, i + 1});
    }
    return batch;
}

void BM_Certificates600(benchmark::State& state) {
    static const auto hub = std::make_unique<dc::test::TestSite>(SiteKind::Hub);
    static const auto office = hub->signInSupervisor();
    const CertificateBatch batch = batchOf600();
    QTemporaryDir dir;
    for (auto _ : state) {
        auto written = dc::app::writeCertificates(*office, batch, dir.filePath(QStringLiteral("all.pdf")));
        if (!written) {
            state.SkipWithError("writeCertificates failed");
        }
    }
}
BENCHMARK(BM_Certificates600)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace
