#include "narration_view.hpp"

#include "narration.hpp"

namespace tcpviz {

NarrationView::NarrationView(QWidget* parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(10);
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
}

} // namespace tcpviz
