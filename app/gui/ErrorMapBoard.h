// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "app/gui/ErrorRateModel.h"
#include "app/gui/WorkerTask.h"
#include "core/Error.h"
#include "core/services/ErrorMapService.h"

#include <QObject>
#include <QQmlParserStatus>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace dc::gui {

class AppContext;

// The error map page (issue 16 part 2): where the national database the volunteers checked was wrong, as rates by
// field — alone, or by correction class, register type, register decade, district or commune — each with its Wilson
// 95 % interval and the entries checked, and the weakest cells (at least 30 checked). Everything is
// core::ErrorMapService's (which counts, and who may see which scope: at a hub a province account anything, a district
// account its district and its communes; at a commune site its supervisor); this chooses the scope and the grouping
// and words the rows.
//
// The map of a province is read on a worker thread (`busy` meanwhile; the session is waited for before it closes);
// another grouping only regroups the map held, on the interface thread.
class ErrorMapBoard : public QObject, public QQmlParserStatus {
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT

public:
    // How the rows are grouped: the field alone, or the field by one more dimension.
    enum class Grouping { ByField, ByClass, ByRecordType, ByDecade, ByDistrict, ByCommune };
    Q_ENUM(Grouping)
    // Where the map is about, at a hub (a commune site's map is its own).
    enum class Level { Province, District, Commune };
    Q_ENUM(Level)

private:
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool atHub READ atHub NOTIFY optionsChanged)
    // The groupings offered ({value: Grouping, text}): by district only for the province, by district or commune only
    // at a hub and not for one commune.
    Q_PROPERTY(QVariantList groupingOptions READ groupingOptions NOTIFY optionsChanged)
    Q_PROPERTY(Grouping grouping READ grouping WRITE setGrouping NOTIFY groupingChanged)
    // The rows with the weakest first (by the interval's lower bound, then the rate: a high rate over few entries does
    // not outrank a lower one that is certain, as ErrorMapService::weakest orders), rather than by field.
    Q_PROPERTY(bool weakestFirst READ weakestFirst WRITE setWeakestFirst NOTIFY groupingChanged)
    // The scope ({value: Level, text}): a district account is offered its district and its communes, not the province.
    Q_PROPERTY(QVariantList levelOptions READ levelOptions NOTIFY optionsChanged)
    Q_PROPERTY(Level level READ level WRITE setLevel NOTIFY optionsChanged)
    Q_PROPERTY(QStringList districtOptions READ districtOptions NOTIFY optionsChanged)
    Q_PROPERTY(QString district READ district WRITE setDistrict NOTIFY optionsChanged)
    Q_PROPERTY(QStringList communeOptions READ communeOptions NOTIFY optionsChanged)
    Q_PROPERTY(QString commune READ commune WRITE setCommune NOTIFY optionsChanged)
    // The place the map read is about: "Bình Dương", "Dầu Tiếng", "Dầu Tiếng/Thanh An", or the commune site's name.
    Q_PROPERTY(QString scope READ scope NOTIFY loaded)
    // The rows of the grouping (ordered by field, then the grouping), and the weakest cells (field × record type ×
    // decade × commune with at least kMinimumChecked checked, by the interval's lower bound, at most kWeakestShown).
    Q_PROPERTY(dc::gui::ErrorRateModel* rows READ rows CONSTANT)
    Q_PROPERTY(dc::gui::ErrorRateModel* weakest READ weakest CONSTANT)
    // What was compared field by field and what was counted apart, in words: "Đối chiếu từng trường: 1.234 mục (khớp
    // 1.100, có sửa 134) · Nhập mới: 12 · Trùng: 3 · Chờ xử lý: 2 · Khác biệt cách viết (không phải lỗi): 40".
    Q_PROPERTY(QString outcomes READ outcomes NOTIFY loaded)
    Q_PROPERTY(int entriesCompared READ entriesCompared NOTIFY loaded)
    // Why nothing could be read (refused, an unknown place, the database); empty otherwise. In the interface language.
    Q_PROPERTY(QString message READ message NOTIFY loaded)
    Q_PROPERTY(int minimumChecked READ minimumChecked CONSTANT) // kMinimumChecked, for the page's words

public:
    static constexpr int kMinimumChecked = 30;
    static constexpr int kWeakestShown = 10;

    explicit ErrorMapBoard(QObject* parent = nullptr);
    ~ErrorMapBoard() override;

    void classBegin() override;
    void componentComplete() override;

    [[nodiscard]] bool busy() const { return m_task.running(); }
    [[nodiscard]] bool atHub() const;
    [[nodiscard]] QVariantList groupingOptions() const;
    [[nodiscard]] Grouping grouping() const { return m_grouping; }
    void setGrouping(Grouping grouping);
    [[nodiscard]] bool weakestFirst() const { return m_weakestFirst; }
    void setWeakestFirst(bool on);
    [[nodiscard]] QVariantList levelOptions() const;
    [[nodiscard]] Level level() const { return m_level; }
    void setLevel(Level level);
    [[nodiscard]] QStringList districtOptions() const;
    [[nodiscard]] QString district() const { return m_district; }
    void setDistrict(const QString& district);
    [[nodiscard]] QStringList communeOptions() const;
    [[nodiscard]] QString commune() const { return m_commune; }
    void setCommune(const QString& commune);
    [[nodiscard]] QString scope() const { return m_scope; }
    [[nodiscard]] ErrorRateModel* rows() { return &m_rows; }
    [[nodiscard]] ErrorRateModel* weakest() { return &m_weakest; }
    [[nodiscard]] QString outcomes() const { return m_outcomes; }
    [[nodiscard]] int entriesCompared() const { return m_compared; }
    [[nodiscard]] QString message() const;
    [[nodiscard]] static int minimumChecked() { return kMinimumChecked; }

    // Reads the map of the scope chosen again (F5; a new scope reads it by itself).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void busyChanged();
    void optionsChanged();
    void groupingChanged();
    void loaded();

private:
    [[nodiscard]] core::Session* session() const;
    [[nodiscard]] bool vietnamese() const;
    [[nodiscard]] bool offers(Grouping grouping) const;
    [[nodiscard]] core::ReportScope requestScope() const;
    void scopeChanged();
    void finish();
    void regroup();  // m_map + m_grouping → m_rows
    void describe(); // m_map → m_scope, m_outcomes
    void clear();

    AppContext* m_context = nullptr;
    WorkerTask<core::Result<core::ErrorMap>> m_task;
    bool m_again = false; // reload() asked for while the worker runs
    Grouping m_grouping = Grouping::ByField;
    bool m_weakestFirst = false;
    Level m_level = Level::Province;
    QString m_district;
    QString m_commune;
    std::optional<core::ErrorMap> m_map;
    ErrorRateModel m_rows;
    ErrorRateModel m_weakest;
    QString m_scope;
    QString m_outcomes;
    int m_compared = 0;
    std::optional<core::Error> m_error;
};

} // namespace dc::gui
