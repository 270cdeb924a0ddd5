package ui

import "briefing/model"

// tinyBriefing is the ui tests' one hand-written briefing, in the shape of
// the seed but small enough to reason about: a live page of three posts
// (oldest first, as the model keeps them) ending in an analysis; three
// leaders, an official with no short name and a commentator with no
// statements; a direct and a reported statement by Merz and one quote cited
// in two posts; two options, one with a mention. Its text carries what the
// export must escape (a leading "-", "*") and a subheading.
func tinyBriefing() *model.Briefing {
	b := &model.Briefing{
		Title:       "Test talks",
		Sources:     []model.Source{{Name: "live", Kind: model.KindLiveblog, Posts: 3}},
		Summary:     []string{"Leaders met in Washington", "Merz wants a ceasefire"},
		SummaryPost: "live/summary",
		Posts: []model.Post{
			{ID: "live/1", Source: "live", Page: 3, Time: "03:59", Zone: "BST", Title: "Meeting is over",
				Author: model.Author{Name: "Ann Editor", Role: "Live editor"},
				Body: []model.Block{
					{Kind: model.BlockParagraph, Text: `Trump said the talks were "very good".`},
					{Kind: model.BlockParagraph, Text: `Kremlin aide Yuri Ushakov said it was "worthwhile".`},
				},
				Mentions: []string{"trump", "ushakov"}},
			{ID: "live/2", Source: "live", Page: 2, Time: "05:50", Zone: "BST", Title: "What the leaders said",
				Body: []model.Block{
					{Kind: model.BlockCaption, Text: "Leaders stand in a row"},
					{Kind: model.BlockParagraph, Text: `"I can't imagine that the next meeting would take place without a ceasefire," said German Chancellor Friedrich Merz.`},
					{Kind: model.BlockParagraph, Text: "Putin had agreed to a bilateral meeting, Merz said."},
					{Kind: model.BlockParagraph, Text: `Macron wants "boots on the ground".`},
				}, Mentions: []string{"macron", "merz"}},
			{ID: "live/3", Source: "live", Page: 1, Time: "06:38", Zone: "BST", Label: "Analysis",
				Title:  "What form could a guarantee take?",
				Author: model.Author{Name: "Frank Gardner", Role: "Security correspondent"},
				Body: []model.Block{
					{Kind: model.BlockParagraph, Text: "There are broadly two possibilities:"},
					{Kind: model.BlockBullet, Text: "Boots on the ground - This is considered the least likely"},
					{Kind: model.BlockBullet, Text: "Intelligence - the US would probably be happy to assist"},
					{Kind: model.BlockSubheading, Text: "What next"},
					{Kind: model.BlockParagraph, Text: "- not a list, and *not* emphasis"},
				}},
		},
		People: []model.Person{
			{ID: "trump", Name: "Donald Trump", Short: "Trump", Role: "US President", Group: model.GroupLeader},
			{ID: "merz", Name: "Friedrich Merz", Short: "Merz", Role: "German Chancellor", Group: model.GroupLeader},
			{ID: "macron", Name: "Emmanuel Macron", Short: "Macron", Role: "French President", Group: model.GroupLeader},
			{ID: "ushakov", Name: "Yuri Ushakov", Role: "Kremlin aide", Group: model.GroupOfficial},
			{ID: "gardner", Name: "Frank Gardner", Short: "Gardner", Role: "Security correspondent", Group: model.GroupCommentator},
		},
		Statements: []model.Statement{
			{Speaker: "trump", Quote: "very good", Kind: model.Direct, Sentence: `Trump said the talks were "very good".`,
				Citations: []model.Citation{{Post: "live/1", Source: "live"}}},
			{Speaker: "ushakov", Quote: "worthwhile", Kind: model.Direct,
				Citations: []model.Citation{{Post: "live/1", Source: "live"}}},
			{Speaker: "merz", Quote: "I can't imagine that the next meeting would take place without a ceasefire,", Kind: model.Direct,
				Citations: []model.Citation{{Post: "live/2", Source: "live"}}},
			{Speaker: "merz", Quote: "Putin had agreed to a bilateral meeting", Kind: model.Reported,
				Citations: []model.Citation{{Post: "live/2", Source: "live"}}},
			{Speaker: "macron", Quote: "boots on the ground", Kind: model.Direct,
				Citations: []model.Citation{{Post: "live/2", Source: "live"}, {Post: "live/3", Source: "live"}}},
		},
		Options: []model.Option{
			{Name: "Boots on the ground", Assessment: "considered the least likely", Rank: 2,
				Description: "Troops deployed in Ukraine", Post: "live/3", Source: "live",
				Mentions: []model.Mention{{Post: "live/2", Source: "live", Speaker: "macron", Quote: "boots on the ground",
					Text: `Macron wants "boots on the ground".`}}},
			{Name: "Intelligence", Assessment: "probably be happy to assist", Rank: 1,
				Description: "Satellite and aerial intelligence", Post: "live/3", Source: "live"},
		},
	}
	b.Reindex()
	return b
}

// exportBriefing is the export tests' name for the same briefing, kept so
// tests written against it still build.
func exportBriefing() *model.Briefing { return tinyBriefing() }
