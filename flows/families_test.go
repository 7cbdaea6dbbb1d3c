package flows

import "testing"

func TestTopicFamilies(t *testing.T) {
	fam := TopicFamilies()
	known := map[string]bool{}
	for _, tp := range EmbeddedTopics() {
		known[tp.ID] = true
	}
	for id := range fam {
		if !known[id] {
			t.Errorf("families.txt names topic %q, which does not exist", id)
		}
	}
	if fam["meldrecht"] == "" || fam["meldrecht"] != fam["veilig-thuis-meldcode"] {
		t.Errorf("meldrecht and the meldcode are not one family: %q, %q", fam["meldrecht"], fam["veilig-thuis-meldcode"])
	}
}

func TestParseFamilies(t *testing.T) {
	tests := []struct {
		text    string
		want    map[string]string
		wantErr bool
	}{
		{"# c\n\na: x y\nb: z\n", map[string]string{"x": "a", "y": "a", "z": "b"}, false},
		{"a: x\nb: x\n", nil, true},
		{"no colon here\n", nil, true},
		{": x\n", nil, true},
	}
	for _, tt := range tests {
		got, err := ParseFamilies(tt.text)
		if (err != nil) != tt.wantErr {
			t.Errorf("ParseFamilies(%q) error %v, want error %v", tt.text, err, tt.wantErr)
			continue
		}
		if len(got) != len(tt.want) {
			t.Errorf("ParseFamilies(%q) = %v, want %v", tt.text, got, tt.want)
		}
		for k, v := range tt.want {
			if got[k] != v {
				t.Errorf("ParseFamilies(%q)[%s] = %q, want %q", tt.text, k, got[k], v)
			}
		}
	}
}
