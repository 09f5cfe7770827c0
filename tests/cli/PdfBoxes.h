// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

// A PDF's words with their boxes, as `pdftotext -bbox` (poppler-utils) reads them, and the layout faults an office
// would see printed: two words drawn over each other, or a word off the page.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

#include <vector>

#include <gtest/gtest.h>

namespace dc::test {

struct PdfWord {
    int page = 0;
    double xMin = 0, yMin = 0, xMax = 0, yMax = 0;
    QString text;
};

struct PdfPageSize {
    double width = 0;
    double height = 0;
};

struct PdfWords {
    std::vector<PdfPageSize> pages;
    std::vector<PdfWord> words;
};

// Fails the test (it does not skip it) when pdftotext is missing: scripts/setup-deps.sh installs poppler-utils.
inline PdfWords pdfWords(const QString& pdfPath) {
    PdfWords out;
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        ADD_FAILURE() << "pdftotext not found: install poppler-utils (scripts/setup-deps.sh)";
        return out;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-bbox"), pdfPath, QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed: " << process.readAllStandardError().toStdString();
        return out;
    }
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression token(
        QStringLiteral(R"re(<page width="([0-9.]+)" height="([0-9.]+)">|<word xMin="([0-9.-]+)" yMin="([0-9.-]+)" )re"
                       R"re(xMax="([0-9.-]+)" yMax="([0-9.-]+)">([^<]*)</word>)re"));
    for (auto it = token.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            out.pages.push_back({m.captured(1).toDouble(), m.captured(2).toDouble()});
            continue;
        }
        out.words.push_back({static_cast<int>(out.pages.size()) - 1, m.captured(3).toDouble(), m.captured(4).toDouble(),
                             m.captured(5).toDouble(), m.captured(6).toDouble(), m.captured(7)});
    }
    return out;
}

// Every word inside its page, and no two words of a page overlapping (by more than a tenth of a point: boxes that
// merely touch are fine). `what` names the PDF in the failure messages.
inline void expectCleanLayout(const QString& pdfPath, const std::string& what) {
    const PdfWords pdf = pdfWords(pdfPath);
    ASSERT_FALSE(pdf.words.empty()) << what << ": no text found";
    constexpr double kSlack = 0.1;
    int faults = 0;
    for (std::size_t i = 0; i < pdf.words.size() && faults < 10; ++i) {
        const PdfWord& a = pdf.words[i];
        ASSERT_GE(a.page, 0);
        const PdfPageSize& size = pdf.pages.at(static_cast<std::size_t>(a.page));
        if (a.xMin < 0 || a.yMin < 0 || a.xMax > size.width || a.yMax > size.height) {
            ADD_FAILURE() << what << ": \"" << a.text.toStdString() << "\" leaves page " << a.page + 1;
            ++faults;
        }
        for (std::size_t j = i + 1; j < pdf.words.size(); ++j) {
            const PdfWord& b = pdf.words[j];
            if (b.page != a.page) {
                continue;
            }
            const double x = std::min(a.xMax, b.xMax) - std::max(a.xMin, b.xMin);
            const double y = std::min(a.yMax, b.yMax) - std::max(a.yMin, b.yMin);
            if (x > kSlack && y > kSlack) {
                ADD_FAILURE() << what << ": \"" << a.text.toStdString() << "\" and \"" << b.text.toStdString()
                              << "\" overlap on page " << a.page + 1 << " (" << a.xMin << "," << a.yMin << " / "
                              << b.xMin << "," << b.yMin << ")";
                ++faults;
            }
        }
    }
}

} // namespace dc::test
