#pragma once
// The narration of the current step: its title and what it means, with the
// numbers. One sits in a dock; in presentation mode a larger one runs under the diagram.
#include "seq_notation.hpp"
#include "trace.hpp"

#include <QTextBrowser>

namespace tcpviz {

class NarrationView : public QTextBrowser {
    Q_OBJECT
public:
    explicit NarrationView(QWidget* parent = nullptr);
    void show_step(const Trace& trace, const SeqNotation& numbers, std::uint32_t step);
    QString title() const { return title_; }
    QString text() const { return text_; }

private:
    QString title_, text_;
};

} // namespace tcpviz
