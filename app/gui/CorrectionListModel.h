// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#pragma once

#include "core/domain/CorrectionClass.h"
#include "core/domain/EntryDraft.h"
#include "core/domain/EntrySchema.h"
#include "core/services/CheckLog.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace dc::gui {

// The corrections being typed for one entry: for each field, the national database's value (before) and the
// register's (after). It composes no check of its own: when a value is edited it says so (edited()), the logging
// form checks the whole draft with core::domain::checkDraft — each correction's two values, its class, whether it is
// a writing difference (format, date precision, spacing or case, tone placement: no correction needed, shown apart as
// such) — and hands each correction's result back (setChecked).
class CorrectionListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use the logging form's corrections")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Corrections that are real errors in the database, and writing differences (no correction needed).
    Q_PROPERTY(int realCount READ realCount NOTIFY summaryChanged)
    Q_PROPERTY(int writingCount READ writingCount NOTIFY summaryChanged)

public:
    enum Role {
        FieldKeyRole = Qt::UserRole + 1, // QString: the field's key
        LabelRole,                       // QString: the field's label in the interface language
        BeforeRole,                      // QString: the database's value as typed
        AfterRole,                       // QString: the register's value as typed
        ClassShownRole,                  // bool: something was typed, so the class below means something
        ClassKeyRole,                    // QString: the correction class, "diacritic", "tone_placement", ...
        ClassNameRole,                   // QString: the class in the interface language
        WritingDifferenceRole,           // bool: not an error in the database: "no correction needed"
        NoteRole,                        // QString: what checking the two values found (errors first); empty if nothing
        NoteBlockingRole,                // bool: that finding is an error (saving will be refused)
        ChoicesRole,                     // QStringList: the values offered for the register's value as typed
                                         // (core::domain::matchingChoices)
        ClosedSetRole, // bool: the field takes only a value of its list (sex, ethnicity: core::domain::isClosedSet)
    };
    Q_ENUM(Role)

    explicit CorrectionListModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] int realCount() const;
    [[nodiscard]] int writingCount() const;

    void setSchema(const core::domain::EntrySchema* schema, bool vietnamese);
    void setVietnamese(bool vietnamese);
    // Adds a correction of `fieldKey` (or finds the one there) and returns its row; -1 for a key not in the schema.
    int add(const QString& fieldKey, const QString& after);
    void setInputs(const std::vector<core::CorrectionInput>& corrections);
    void clear();
    [[nodiscard]] std::vector<core::CorrectionInput> inputs() const;
    [[nodiscard]] int rowOf(const QString& fieldKey) const;
    // What core::domain::checkDraft found for each correction, in the order of inputs().
    void setChecked(const std::vector<core::domain::CheckedCorrection>& checked);

    Q_INVOKABLE void setBefore(int row, const QString& text);
    Q_INVOKABLE void setAfter(int row, const QString& text);
    Q_INVOKABLE void remove(int row);

Q_SIGNALS:
    void countChanged();
    void summaryChanged();
    // A value was typed (setBefore, setAfter): the draft is to be checked again.
    void edited();

private:
    struct Row {
        const core::domain::FieldSpec* field = nullptr;
        QString before;
        QString after;
        core::domain::CorrectionClass correctionClass = core::domain::CorrectionClass::None;
        bool writingDifference = false;
        core::domain::Findings findings;
    };
    void setValue(int row, QString Row::*value, const QString& text, Role role);
    [[nodiscard]] bool validRow(int row) const { return row >= 0 && row < count(); }

    const core::domain::EntrySchema* m_schema = nullptr;
    bool m_vietnamese = true;
    std::vector<Row> m_rows;
};

} // namespace dc::gui
