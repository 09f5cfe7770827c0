// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/Error.h"
#include "core/services/ReportService.h"
#include "core/services/ReportTables.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::core {
class Session;
}

namespace dc::gui {

class AppContext;

// The view model of the reports screen: one of core's reports (ReportService) for a period, laid out as
// core::ReportDocument (title, facts, tables: the same shape as every export), the data of its chart, and its
// export to CSV, XLSX, PDF or JSON (app::exportReport: audited, nothing written on refusal or failure). The report
// itself is core::buildReport's, the one place the GUI and doichieu-admin build reports from.
class ReportView : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    // "progress", "corrections", "volunteers" or "spot-checks".
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY paramsChanged)
    Q_PROPERTY(QVariantList kindOptions READ kindOptions NOTIFY retranslated) // {value, text}
    // The period, typed as dd/MM/yyyy; at first the current month up to today.
    Q_PROPERTY(QString fromText READ fromText WRITE setFromText NOTIFY paramsChanged)
    Q_PROPERTY(QString toText READ toText WRITE setToText NOTIFY paramsChanged)
    // Names as initials and ID numbers masked (volunteers and spot-checks reports); on by default.
    Q_PROPERTY(bool deidentified READ deidentified WRITE setDeidentified NOTIFY paramsChanged)
    // At the province hub: where the report is about (docs/HUB.md "Reports at the hub"). `scopeLevel` is "province",
    // "district" or "commune" (a district account: its district or one of its communes); `scopeDistrict` a district
    // of the campaign, `scopeCommune` a commune of that district. Choosing another scope names the file for it.
    Q_PROPERTY(bool atHub READ atHub NOTIFY paramsChanged)
    // Names may be shown (volunteers, spot-checks): not for a district account at the hub (ReportService).
    Q_PROPERTY(bool namesAllowed READ namesAllowed NOTIFY paramsChanged)
    Q_PROPERTY(QVariantList scopeLevelOptions READ scopeLevelOptions NOTIFY retranslated) // {value, text}
    Q_PROPERTY(QString scopeLevel READ scopeLevel WRITE setScopeLevel NOTIFY paramsChanged)
    Q_PROPERTY(QStringList districtOptions READ districtOptions NOTIFY paramsChanged)
    Q_PROPERTY(QString scopeDistrict READ scopeDistrict WRITE setScopeDistrict NOTIFY paramsChanged)
    Q_PROPERTY(QStringList communeOptions READ communeOptions NOTIFY paramsChanged)
    Q_PROPERTY(QString scopeCommune READ scopeCommune WRITE setScopeCommune NOTIFY paramsChanged)
    // The report on screen.
    Q_PROPERTY(bool shown READ shown NOTIFY documentChanged)
    Q_PROPERTY(QString title READ title NOTIFY documentChanged)
    Q_PROPERTY(QVariantList facts READ facts NOTIFY documentChanged)   // {label, value}
    Q_PROPERTY(QVariantList tables READ tables NOTIFY documentChanged) // {heading, columns, rows}
    // Chart of the progress report: entries per day against the daily target.
    Q_PROPERTY(QStringList dayLabels READ dayLabels NOTIFY documentChanged) // "dd/MM"
    Q_PROPERTY(QVariantList dayCounts READ dayCounts NOTIFY documentChanged)
    Q_PROPERTY(int dailyTarget READ dailyTarget NOTIFY documentChanged)
    Q_PROPERTY(int chartMax READ chartMax NOTIFY documentChanged)
    // Chart of the corrections report: {label, count} per correction class (real errors only).
    Q_PROPERTY(QVariantList classShares READ classShares NOTIFY documentChanged)
    // Where and how to export. The file's extension and the format follow each other: a path typed with ".pdf"
    // exports PDF, choosing XLSX renames the file ".xlsx", a path without one of the four extensions gets the
    // format's. Choosing another report or period gives the file that report's and period's name
    // ("tien-do_01-12-2022_31-12-2022.xlsx", in the same folder; at the hub with the scope:
    // "tien-do_dau-tieng-thanh-an_01-12-2022_31-12-2022.xlsx"), so one export never silently replaces another.
    Q_PROPERTY(QString exportPath READ exportPath WRITE setExportPath NOTIFY paramsChanged)
    Q_PROPERTY(QString formatKey READ formatKey WRITE setFormatKey NOTIFY paramsChanged) // csv, xlsx, pdf, json
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY messageChanged)
    // Not empty while an export waits for the answer to "the file exists: replace it?" (confirmOverwrite or
    // cancelOverwrite).
    Q_PROPERTY(QString overwriteQuestion READ overwriteQuestion NOTIFY messageChanged)

public:
    explicit ReportView(QObject* parent = nullptr);
    ~ReportView() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] QString kind() const { return m_kind; }
    void setKind(const QString& kind);
    [[nodiscard]] QVariantList kindOptions() const;
    [[nodiscard]] QString fromText() const { return m_fromText; }
    void setFromText(const QString& text);
    [[nodiscard]] QString toText() const { return m_toText; }
    void setToText(const QString& text);
    [[nodiscard]] bool deidentified() const { return m_deidentified; }
    void setDeidentified(bool on);
    [[nodiscard]] bool atHub() const;
    [[nodiscard]] bool namesAllowed() const;
    [[nodiscard]] QVariantList scopeLevelOptions() const;
    [[nodiscard]] QString scopeLevel() const { return m_scopeLevel; }
    void setScopeLevel(const QString& level);
    [[nodiscard]] QStringList districtOptions() const;
    [[nodiscard]] QString scopeDistrict() const { return m_scopeDistrict; }
    void setScopeDistrict(const QString& district);
    [[nodiscard]] QStringList communeOptions() const;
    [[nodiscard]] QString scopeCommune() const { return m_scopeCommune; }
    void setScopeCommune(const QString& commune);
    [[nodiscard]] bool shown() const { return m_document.has_value(); }
    [[nodiscard]] QString title() const { return m_document ? m_document->title : QString(); }
    [[nodiscard]] QVariantList facts() const;
    [[nodiscard]] QVariantList tables() const;
    [[nodiscard]] QStringList dayLabels() const { return m_dayLabels; }
    [[nodiscard]] QVariantList dayCounts() const { return m_dayCounts; }
    [[nodiscard]] int dailyTarget() const { return m_dailyTarget; }
    [[nodiscard]] int chartMax() const;
    [[nodiscard]] QVariantList classShares() const { return m_classShares; }
    [[nodiscard]] QString exportPath() const { return m_exportPath; }
    void setExportPath(const QString& path);
    [[nodiscard]] QString formatKey() const { return m_formatKey; }
    void setFormatKey(const QString& key);
    [[nodiscard]] QString message() const;
    [[nodiscard]] QString confirmation() const { return m_confirmation; }
    [[nodiscard]] QString overwriteQuestion() const;

    // Computes the report for the period and shows it. False (and a message) for a period that cannot be read or is
    // reversed, or when the service refuses.
    Q_INVOKABLE bool generate();
    // Writes the report on screen (computed first when needed) to exportPath in formatKey's format. When the file
    // exists nothing is written: overwriteQuestion asks first.
    Q_INVOKABLE bool exportReport();
    // The answer to overwriteQuestion: replace the file, or leave it (nothing written).
    Q_INVOKABLE bool confirmOverwrite();
    Q_INVOKABLE void cancelOverwrite();
    // The file name for the report and period chosen now, e.g. "sai-sot_01-12-2022_31-12-2022.pdf".
    Q_INVOKABLE QString defaultFileName() const;
    // The same path with the extension of the format ("bao-cao.csv" → "bao-cao.pdf").
    Q_INVOKABLE QString pathWithFormat(const QString& path, const QString& formatKey) const;
    // From the file dialog: the chosen file, and its format when its extension names one.
    Q_INVOKABLE void chooseFile(const QUrl& url);
    Q_INVOKABLE void clearMessage();

Q_SIGNALS:
    void paramsChanged();
    void documentChanged();
    void messageChanged();
    void retranslated();

private:
    [[nodiscard]] core::Session* session() const;
    [[nodiscard]] core::domain::Language language() const;
    [[nodiscard]] std::optional<core::ReportRange> range();
    void setParam(QString& field, const QString& value);
    void fail(const core::Error& error);
    void failWith(const QString& sentence);
    void forget();
    void readChartData();
    void renameForReport();
    void askOverwrite(const QString& path);
    void scopeChanged();
    [[nodiscard]] core::ReportScope scope() const;
    [[nodiscard]] QString scopeSlug() const;

    AppContext* m_context = nullptr;
    QString m_kind = QStringLiteral("progress");
    QString m_fromText;
    QString m_toText;
    bool m_deidentified = true;
    QString m_scopeLevel = QStringLiteral("province");
    QString m_scopeDistrict;
    QString m_scopeCommune;
    QString m_exportPath;
    QString m_formatKey = QStringLiteral("xlsx");
    std::optional<core::ReportDocument> m_document;
    QStringList m_dayLabels;
    QVariantList m_dayCounts;
    int m_dailyTarget = 0;
    QVariantList m_classShares;
    std::optional<core::Error> m_error;
    QString m_localMessage;
    QString m_confirmation;
    QString m_overwritePath; // the existing file an export waits to replace
    bool m_overwriteAllowed = false;
};

} // namespace dc::gui
