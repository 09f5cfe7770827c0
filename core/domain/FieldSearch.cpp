// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Đối Chiếu contributors
#include "core/domain/FieldSearch.h"

#include "core/domain/VietnameseText.h"

#include <QStringList>

#include <algorithm>

namespace dc::core::domain {

namespace {

// A query or a label past this length is not a field's name: compared no further.
constexpr qsizetype kMaxQuery = 100;

// The words of a text as the picker compares them: folded (no tone or vowel marks, đ → d, lower case) and split on
// anything that is not a letter or a digit ("Ngày, tháng, năm sinh" → ngay thang nam sinh, "subject.id_number" →
// subject id number).
QStringList wordsOf(const QString& text) {
    const QString folded = foldForSearch(text.left(kMaxQuery));
    QStringList words;
    QString word;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty()) {
        words.append(word);
    }
    return words;
}

std::optional<FieldMatch> matchWords(const QStringList& query, const QStringList& candidate) {
    if (query.size() <= candidate.size()) {
        bool inOrder = true;
        for (qsizetype i = 0; i < query.size() && inOrder; ++i) {
            // Every word but the last is typed whole; the last may be the start of one.
            inOrder = i + 1 < query.size() ? candidate[i] == query[i] : candidate[i].startsWith(query[i]);
        }
        if (inOrder) {
            return query.size() == candidate.size() && candidate.last() == query.last() ? FieldMatch::Exact
                                                                                        : FieldMatch::Prefix;
        }
    }
    const bool everyWord = std::all_of(query.begin(), query.end(), [&](const QString& typed) {
        return std::any_of(candidate.begin(), candidate.end(), [&](const QString& w) { return w.startsWith(typed); });
    });
    return everyWord ? std::optional(FieldMatch::Words) : std::nullopt;
}

} // namespace

std::optional<FieldMatch> matchText(const QString& query, const QString& text) {
    const QStringList typed = wordsOf(query);
    return typed.isEmpty() ? std::optional(FieldMatch::Prefix) : matchWords(typed, wordsOf(text));
}

std::optional<FieldMatch> matchField(const FieldSpec& field, const QString& query) {
    const QStringList typed = wordsOf(query);
    if (typed.isEmpty()) {
        return FieldMatch::Prefix;
    }
    std::optional<FieldMatch> best;
    const auto consider = [&](const QString& text) {
        const auto match = matchWords(typed, wordsOf(text));
        if (match && (!best || *match < *best)) {
            best = match;
        }
    };
    consider(field.labelVi);
    consider(field.labelEn);
    consider(field.key);
    for (const QString& synonym : field.synonyms) {
        consider(synonym);
    }
    return best;
}

std::vector<const FieldSpec*> searchFields(const std::vector<const FieldSpec*>& fields, const QString& query) {
    std::vector<std::pair<FieldMatch, const FieldSpec*>> found;
    for (const FieldSpec* field : fields) {
        if (const auto match = matchField(*field, query)) {
            found.emplace_back(*match, field);
        }
    }
    std::stable_sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const FieldSpec*> out;
    out.reserve(found.size());
    for (const auto& [match, field] : found) {
        out.push_back(field);
    }
    return out;
}

} // namespace dc::core::domain
