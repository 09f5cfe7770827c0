// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "app/gui/ReportView.h"
#include "app/gui/CampaignOfSite.h"

#include "app/common/ErrorText.h"
#include "app/common/export/ReportWriter.h"
#include "app/gui/AppContext.h"
#include "app/gui/DisplayText.h"
#include "app/gui/Guarded.h"
#include "app/gui/Language.h"
#include "app/gui/SessionController.h"
#include "core/campaign/Campaign.h"
#include "core/services/BundleService.h"
#include "core/services/SiteCampaign.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QVariantMap>

#include <algorithm>
#include <cmath>
#include <map>

namespace dc::gui {

namespace {

const QString kDateFormat = QStringLiteral("dd/MM/yyyy");
constexpr int kChartSteps = 5;

// The start of each report's file name: plain letters, as the office names its files.
QString fileStem(const QString& kind) {
    if (kind == QLatin1String("progress")) {
        return QStringLiteral("tien-do");
    }
    if (kind == QLatin1String("corrections")) {
        return QStringLiteral("sai-sot");
    }
    if (kind == QLatin1String("volunteers")) {
        return QStringLiteral("tinh-nguyen-vien");
    }
    if (kind == QLatin1String("spot-checks")) {
        return QStringLiteral("kiem-tra-ngau-nhien");
    }
    return QStringLiteral("bao-cao");
}

bool isFormatSuffix(const QString& path) {
    return app::exportFormatFromKey(QFileInfo(path).suffix().toLower()).has_value();
}

} // namespace

ReportView::ReportView(QObject* parent) : QObject(parent) {}

ReportView::~ReportView() = default;

void ReportView::classBegin() {
    m_context = AppContext::of(this);
    if (!m_context) {
        qCritical("ReportView: no dc::gui::AppContext on this QML engine");
        return;
    }
    connect(m_context->language(), &Language::changed, this, [this] {
        Q_EMIT retranslated();
        Q_EMIT messageChanged();
        if (m_document) {
            generate(); // the document's labels are in the language asked for
        }
    });
}

void ReportView::componentComplete() {
    core::Session* s = session();
    const QDate today = s ? text::inVietnam(s->now()).date() : QDate::currentDate();
    m_fromText = QDate(today.year(), today.month(), 1).toString(kDateFormat);
    m_toText = today.toString(kDateFormat);
    // At the hub a district account starts with its district (the province is not its to read), the office with the
    // province.
    const auto& districts = campaignOfSite(s).districts;
    if (s && s->user().role == core::Role::District) {
        m_scopeLevel = QStringLiteral("district");
        m_scopeDistrict = s->user().district;
    } else if (!districts.empty()) {
        m_scopeDistrict = districts.front().name;
    }
    const QStringList communes = communeOptions();
    m_scopeCommune = communes.isEmpty() ? QString() : communes.front();
    renameForReport();
    Q_EMIT paramsChanged();
}

core::Session* ReportView::session() const {
    return m_context ? m_context->session()->session() : nullptr;
}

core::domain::Language ReportView::language() const {
    return !m_context || m_context->language()->vietnamese() ? core::domain::Language::Vietnamese
                                                             : core::domain::Language::English;
}

// The choice names each report by its title (core's labels), so the menu and the report say the same.
QVariantList ReportView::kindOptions() const {
    QVariantList options;
    for (const QString& kind : core::reportKinds()) {
        options.append(text::option(kind, core::reportLabel(QStringLiteral("title.") + kind, language())));
    }
    return options;
}

bool ReportView::atHub() const {
    const core::Session* s = session();
    return s && s->siteKind() == core::SiteKind::Hub;
}

bool ReportView::namesAllowed() const {
    const core::Session* s = session();
    return !s || !(s->siteKind() == core::SiteKind::Hub && s->user().role == core::Role::District);
}

QVariantList ReportView::scopeLevelOptions() const {
    QVariantList options;
    const core::Session* s = session();
    if (!s || s->user().role != core::Role::District) {
        options.append(
            text::option(QStringLiteral("province"), QCoreApplication::translate("ReportView", "The province")));
    }
    options.append(text::option(QStringLiteral("district"), QCoreApplication::translate("ReportView", "A district")));
    options.append(text::option(QStringLiteral("commune"), QCoreApplication::translate("ReportView", "A commune")));
    return options;
}

QStringList ReportView::districtOptions() const {
    const core::Session* s = session();
    if (s && s->user().role == core::Role::District) {
        return {s->user().district};
    }
    QStringList names;
    for (const core::campaign::District& d : campaignOfSite(s).districts) {
        names.append(d.name);
    }
    return names;
}

QStringList ReportView::communeOptions() const {
    for (const core::campaign::District& d : campaignOfSite(session()).districts) {
        if (d.name == m_scopeDistrict) {
            return d.communes;
        }
    }
    return {};
}

void ReportView::setScopeLevel(const QString& level) {
    if (level != m_scopeLevel) {
        m_scopeLevel = level;
        scopeChanged();
    }
}

void ReportView::setScopeDistrict(const QString& district) {
    if (district != m_scopeDistrict) {
        m_scopeDistrict = district;
        const QStringList communes = communeOptions();
        if (!communes.contains(m_scopeCommune)) {
            m_scopeCommune = communes.isEmpty() ? QString() : communes.front();
        }
        scopeChanged();
    }
}

void ReportView::setScopeCommune(const QString& commune) {
    if (commune != m_scopeCommune) {
        m_scopeCommune = commune;
        scopeChanged();
    }
}

// Another place: the report on screen no longer answers the question, and the file is named for the new one.
void ReportView::scopeChanged() {
    forget();
    renameForReport();
    Q_EMIT paramsChanged();
}

core::ReportScope ReportView::scope() const {
    if (!atHub() || m_scopeLevel == QLatin1String("province")) {
        return {};
    }
    if (m_scopeLevel == QLatin1String("district")) {
        return {m_scopeDistrict, {}};
    }
    return {{}, core::campaign::communePath(m_scopeDistrict, m_scopeCommune)};
}

// "binh-duong", "dau-tieng", "dau-tieng-thanh-an": where the report is about, in its file's name (hub only).
QString ReportView::scopeSlug() const {
    if (!atHub()) {
        return {};
    }
    if (m_scopeLevel == QLatin1String("district")) {
        return core::BundleService::slug(m_scopeDistrict);
    }
    if (m_scopeLevel == QLatin1String("commune")) {
        return core::BundleService::slug(m_scopeDistrict + QLatin1Char(' ') + m_scopeCommune);
    }
    return core::BundleService::slug(campaignOfSite(session()).province);
}

void ReportView::setParam(QString& field, const QString& value) {
    if (value != field) {
        field = value;
        Q_EMIT paramsChanged();
    }
}

void ReportView::setKind(const QString& kind) {
    if (kind != m_kind) {
        m_kind = kind;
        forget(); // another report: the one on screen no longer answers the question
        renameForReport();
        Q_EMIT paramsChanged();
    }
}

void ReportView::setFromText(const QString& text) {
    if (text != m_fromText) {
        m_fromText = text;
        renameForReport();
        Q_EMIT paramsChanged();
    }
}

void ReportView::setToText(const QString& text) {
    if (text != m_toText) {
        m_toText = text;
        renameForReport();
        Q_EMIT paramsChanged();
    }
}

void ReportView::setDeidentified(bool on) {
    if (on != m_deidentified) {
        m_deidentified = on;
        Q_EMIT paramsChanged();
    }
}

void ReportView::setExportPath(const QString& path) {
    if (path == m_exportPath) {
        return;
    }
    m_exportPath = path;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (app::exportFormatFromKey(suffix)) {
        m_formatKey = suffix; // the format follows the extension typed
    }
    if (!m_overwritePath.isEmpty()) {
        m_overwritePath.clear(); // the question was about another file
        Q_EMIT messageChanged();
    }
    Q_EMIT paramsChanged();
}

void ReportView::setFormatKey(const QString& key) {
    if (key == m_formatKey) {
        return;
    }
    m_formatKey = key;
    if (app::exportFormatFromKey(key)) {
        setExportPath(pathWithFormat(m_exportPath, key)); // and the extension the format
    }
    Q_EMIT paramsChanged();
}

QString ReportView::defaultFileName() const {
    QString name = fileStem(m_kind);
    if (const QString where = scopeSlug(); !where.isEmpty()) {
        name += QLatin1Char('_') + where;
    }
    const auto from = text::typedDay(m_fromText);
    const auto to = text::typedDay(m_toText);
    if (from && to && from->isValid() && to->isValid()) {
        name += QStringLiteral("_%1_%2").arg(from->toString(QStringLiteral("dd-MM-yyyy")),
                                             to->toString(QStringLiteral("dd-MM-yyyy")));
    }
    return name + QLatin1Char('.') + m_formatKey;
}

// Another report or period: the file gets its name, in the folder chosen before (the documents folder at first).
void ReportView::renameForReport() {
    QString folder = QFileInfo(QDir::fromNativeSeparators(m_exportPath)).path();
    if (m_exportPath.trimmed().isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty()) {
            folder = QDir::homePath();
        }
    }
    m_exportPath = QDir::toNativeSeparators(QDir(folder).filePath(defaultFileName()));
    m_overwritePath.clear();
}

void ReportView::forget() {
    if (!m_document) {
        return;
    }
    m_document.reset();
    m_dayLabels.clear();
    m_dayCounts.clear();
    m_classShares.clear();
    m_dailyTarget = 0;
    Q_EMIT documentChanged();
}

QVariantList ReportView::facts() const {
    QVariantList out;
    if (m_document) {
        for (const auto& [label, value] : m_document->facts) {
            out.append(QVariantMap{{QStringLiteral("label"), label}, {QStringLiteral("value"), value}});
        }
    }
    return out;
}

QVariantList ReportView::tables() const {
    QVariantList out;
    if (!m_document) {
        return out;
    }
    for (const core::ReportTable& table : m_document->tables) {
        QVariantList rows;
        for (const QStringList& row : table.rows) {
            rows.append(row);
        }
        out.append(QVariantMap{{QStringLiteral("heading"), table.heading},
                               {QStringLiteral("columns"), table.columns},
                               {QStringLiteral("rows"), rows}});
    }
    return out;
}

int ReportView::chartMax() const {
    int most = m_dailyTarget;
    for (const QVariant& count : m_dayCounts) {
        most = std::max(most, count.toInt());
    }
    // Five tidy steps (1, 2 or 5 times a power of ten) with room above the highest bar: the axis has 6 ticks.
    const double raw = std::max(1.0, most * 1.1 / kChartSteps);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    const double fraction = raw / power;
    const double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
    return std::max(kChartSteps, static_cast<int>(nice * power) * kChartSteps);
}

std::optional<core::ReportRange> ReportView::range() {
    const auto from = text::typedDay(m_fromText);
    const auto to = text::typedDay(m_toText);
    if (!from || !to) {
        failWith(QCoreApplication::translate("ReportView", "Type both dates of the period (dd/mm/yyyy)."));
        return std::nullopt;
    }
    if (!from->isValid() || !to->isValid()) {
        failWith(QCoreApplication::translate("ReportView", "Type the dates as dd/mm/yyyy, e.g. 01/12/2022."));
        return std::nullopt;
    }
    if (*from > *to) {
        failWith(QCoreApplication::translate("ReportView", "The period is reversed: %1 is after %2. Nothing was made.")
                     .arg(from->toString(kDateFormat), to->toString(kDateFormat)));
        return std::nullopt;
    }
    return core::ReportRange{*from, *to};
}

bool ReportView::generate() {
    core::Session* s = session();
    if (!s) {
        return false;
    }
    const auto period = range();
    if (!period) {
        forget();
        return false;
    }
    core::ReportRequest request;
    request.kind = m_kind;
    request.range = *period;
    request.deidentified = m_deidentified;
    request.scope = scope();
    auto document = guarded([&] { return core::buildReport(*s, request, language()); });
    if (!document) {
        forget();
        fail(document.error());
        return false;
    }
    m_document = std::move(document).value();
    readChartData();
    m_error.reset();
    m_localMessage.clear();
    m_confirmation.clear();
    Q_EMIT documentChanged();
    Q_EMIT messageChanged();
    return true;
}

bool ReportView::exportReport() {
    core::Session* s = session();
    if (!s) {
        return false;
    }
    if (!app::exportFormatFromKey(m_formatKey)) {
        failWith(QCoreApplication::translate("ReportView", "Choose the format: CSV, XLSX, PDF or JSON."));
        return false;
    }
    if (m_exportPath.trimmed().isEmpty()) {
        failWith(QCoreApplication::translate("ReportView", "Type where to save the file, or choose it with Ctrl+O."));
        return false;
    }
    QString path = QDir::cleanPath(QDir::fromNativeSeparators(m_exportPath.trimmed()));
    if (!isFormatSuffix(path)) {
        path += QLatin1Char('.') + m_formatKey; // "bao-cao" → "bao-cao.xlsx": the name says what the file holds
        m_exportPath = QDir::toNativeSeparators(path);
        Q_EMIT paramsChanged();
    }
    const auto format = app::exportFormatFromKey(QFileInfo(path).suffix().toLower());
    if (*format != app::exportFormatFromKey(m_formatKey)) {
        m_formatKey = QFileInfo(path).suffix().toLower(); // ".pdf" typed: PDF, whatever the choice said before
        Q_EMIT paramsChanged();
    }
    const bool replace = m_overwriteAllowed && m_overwritePath == path;
    m_overwriteAllowed = false;
    m_overwritePath.clear();
    if (!generate()) {
        return false; // what is exported is what is on screen, for the period typed now
    }
    const QFileInfo target(path);
    if (target.exists() && !target.isDir() && !replace) {
        askOverwrite(path);
        return false;
    }
    auto exported = guarded([&] { return app::exportReport(*s, *m_document, *format, path, language()); });
    if (!exported) {
        if (exported.error().code == core::ErrorCode::IoError) {
            failWith(QCoreApplication::translate("ReportView",
                                                 "The file could not be written to %1. Nothing was saved: choose "
                                                 "a folder you can write to.")
                         .arg(QDir::toNativeSeparators(path)));
        } else {
            fail(exported.error());
        }
        return false;
    }
    m_error.reset();
    m_localMessage.clear();
    m_confirmation = QCoreApplication::translate("ReportView", "Saved %1.").arg(QDir::toNativeSeparators(path));
    Q_EMIT messageChanged();
    return true;
}

void ReportView::askOverwrite(const QString& path) {
    m_overwritePath = path;
    m_error.reset();
    m_localMessage.clear();
    m_confirmation.clear();
    Q_EMIT messageChanged();
}

QString ReportView::overwriteQuestion() const {
    if (m_overwritePath.isEmpty()) {
        return {};
    }
    return QCoreApplication::translate("ReportView", "%1 already exists. Replace it? Enter replaces it, Esc keeps it.")
        .arg(QDir::toNativeSeparators(m_overwritePath));
}

bool ReportView::confirmOverwrite() {
    if (m_overwritePath.isEmpty()) {
        return false;
    }
    m_overwriteAllowed = true;
    return exportReport();
}

void ReportView::cancelOverwrite() {
    if (m_overwritePath.isEmpty()) {
        return;
    }
    const QString kept = QDir::toNativeSeparators(m_overwritePath);
    m_overwritePath.clear();
    failWith(QCoreApplication::translate("ReportView",
                                         "Nothing was saved; %1 is kept as it was. Type another file name to export.")
                 .arg(kept));
}

QString ReportView::pathWithFormat(const QString& path, const QString& formatKey) const {
    if (path.trimmed().isEmpty()) {
        return path;
    }
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const bool known = suffix == QLatin1String("csv") || suffix == QLatin1String("xlsx") ||
                       suffix == QLatin1String("pdf") || suffix == QLatin1String("json");
    const QString base = known ? path.left(path.size() - suffix.size() - 1) : path;
    return base + QLatin1Char('.') + formatKey;
}

// The numbers of the charts, from the report's data (the same numbers as its tables and its JSON export).
void ReportView::readChartData() {
    m_dayLabels.clear();
    m_dayCounts.clear();
    m_classShares.clear();
    m_dailyTarget = 0;
    const QJsonObject& data = m_document->data;
    if (m_document->key == QLatin1String("progress")) {
        m_dailyTarget = data.value(QStringLiteral("dailyTarget")).toInt();
        for (const QJsonValue& day : data.value(QStringLiteral("days")).toArray()) {
            const QDate date = QDate::fromString(day[QStringLiteral("day")].toString(), Qt::ISODate);
            m_dayLabels.append(date.toString(QStringLiteral("dd/MM")));
            m_dayCounts.append(day[QStringLiteral("logged")].toInt());
        }
    } else if (m_document->key == QLatin1String("corrections")) {
        std::map<QString, int> byClass;
        for (const QJsonValue& row : data.value(QStringLiteral("rows")).toArray()) {
            if (!row[QStringLiteral("writingDifference")].toBool()) {
                byClass[row[QStringLiteral("class")].toString()] += row[QStringLiteral("count")].toInt();
            }
        }
        for (const auto& [key, count] : byClass) {
            // The class named as in the report's table (core's labels), not as elsewhere on screen.
            m_classShares.append(
                QVariantMap{{QStringLiteral("label"), core::reportLabel(QStringLiteral("class.") + key, language())},
                            {QStringLiteral("count"), count}});
        }
    }
}

void ReportView::chooseFile(const QUrl& url) {
    const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
    setExportPath(QDir::toNativeSeparators(path)); // the format follows its extension
}

void ReportView::fail(const core::Error& error) {
    m_error = error;
    m_localMessage.clear();
    m_confirmation.clear();
    Q_EMIT messageChanged();
}

void ReportView::failWith(const QString& sentence) {
    m_error.reset();
    m_localMessage = sentence;
    m_confirmation.clear();
    Q_EMIT messageChanged();
}

QString ReportView::message() const {
    if (!m_localMessage.isEmpty()) {
        return m_localMessage;
    }
    return m_error ? app::errorText(*m_error) : QString();
}

void ReportView::clearMessage() {
    m_overwritePath.clear();
    m_error.reset();
    m_localMessage.clear();
    m_confirmation.clear();
    Q_EMIT messageChanged();
}

} // namespace dc::gui
