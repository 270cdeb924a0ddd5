package main

import (
	"encoding/json"
	"strings"

	"github.com/spf13/cobra"

	"briefing/seeds"
)

// completeFlags gives the shells' completion (cobra's `briefing completion
// bash|zsh|fish|powershell`) the values of the flags that take a fixed set:
// --leader completes the built-in briefing's people, --pane and the
// export's --view, --format and --order their choices.
func completeFlags(root, export *cobra.Command) {
	fixed := func(vals ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return func(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
			var out []string
			for _, v := range vals {
				if strings.HasPrefix(v, prefix) {
					out = append(out, v)
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		}
	}
	_ = root.RegisterFlagCompletionFunc("leader", fixed(leaderIDs()...))
	_ = root.RegisterFlagCompletionFunc("pane", fixed("timeline", "leaders", "guarantees"))
	_ = root.RegisterFlagCompletionFunc("style", fixed(styleNames()...))
	_ = export.RegisterFlagCompletionFunc("view", fixed("timeline", "leaders", "guarantees", "all"))
	_ = export.RegisterFlagCompletionFunc("format", fixed("md", "json"))
	_ = export.RegisterFlagCompletionFunc("order", fixed("newest", "oldest"))
}

// leaderIDs are the built-in people's ids, which --leader accepts.
func leaderIDs() []string {
	var list struct {
		People []struct {
			ID string `json:"id"`
		} `json:"people"`
	}
	if json.Unmarshal(seeds.People(), &list) != nil {
		return nil
	}
	ids := make([]string, 0, len(list.People))
	for _, p := range list.People {
		ids = append(ids, p.ID)
	}
	return ids
}
