#include "teaching/narration_view.hpp"

#include "teaching/narration.hpp"

#include <QResizeEvent>

#include <cmath>

namespace tcpviz {

NarrationView::NarrationView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(10);
}

void NarrationView::show_prompt(const QString& text)
{
    title_.clear();
    text_ = text;
    setHtml(QStringLiteral("<p><b>%1</b></p>").arg(text.toHtmlEscaped()));
    if (max_height_ > 0)
        fit_height(max_height_);
}

void NarrationView::fit_height(int max_height)
{
    max_height_ = max_height;
    document()->setTextWidth(viewport()->width());
    const int wanted = int(std::ceil(document()->size().height())) + 2 * frameWidth() + 2;
    setFixedHeight(std::min(wanted, max_height));
    setVerticalScrollBarPolicy(wanted > max_height ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff);
}

void NarrationView::resizeEvent(QResizeEvent* event)
{
    QTextBrowser::resizeEvent(event);
    if (max_height_ > 0 && event->size().width() != event->oldSize().width())
        fit_height(max_height_); // another width, another number of lines
}

void NarrationView::show_step(const Trace& trace, const SeqNotation& numbers, std::uint32_t step)
{
    const StepNarration n = narrate_step(trace, numbers, step);
    if (n.title == title_ && n.text == text_ && !toPlainText().isEmpty())
        return;
    title_ = n.title;
    text_ = n.text;
    //: Heading of the narration: the step number and what happened.
    const QString heading = tr("Step %1: %2").arg(step).arg(n.title);
    setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(heading.toHtmlEscaped(), n.text.toHtmlEscaped()));
    if (max_height_ > 0)
        fit_height(max_height_);
}

} // namespace tcpviz
