#pragma once
// The narration of the current step: its title and what it means, with the
// numbers. One sits in a dock; in presentation mode a larger one runs under the diagram.
#include "teaching/seq_notation.hpp"
#include "sim/trace.hpp"

#include <QTextBrowser>

namespace tcpviz {

class NarrationView : public QTextBrowser {
    Q_OBJECT
public:
    explicit NarrationView(QWidget* parent = nullptr);
    void show_step(const Trace& trace, const SeqNotation& numbers, std::uint32_t step);
    void show_prompt(const QString& text); // in place of a step's narration
    QString title() const { return title_; }
    QString text() const { return text_; }
    // As tall as its text, up to `max_height`; beyond that it scrolls (never clips).
    void fit_height(int max_height);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    int max_height_ = 0; // 0: not fitted, a dock sizes it
    QString title_, text_;
};

} // namespace tcpviz
