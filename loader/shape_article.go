package loader

// articleShape reads one article: a headline, paragraphs and subheadings.
// It is what a text is when no live-page shape explains it.
type articleShape struct{}

func (articleShape) name() string { return "article" }

func (articleShape) score(lines []string) int { return 1 }

func (articleShape) read(lines []string) page {
	a := parseArticle(lines)
	if len(a.blocks) == 0 {
		return page{}
	}
	return page{title: a.title, posts: []rawPost{a}}
}
