package search

import (
	"bytes"
	"encoding/binary"
	"math"
)

// encodeModel writes m as a model file, its weights quantised to steps of
// the largest weight / 127.
func encodeModel(m *model) []byte {
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	buf.Write(m.fingerprint[:])
	top := float32(0)
	for _, ws := range m.weights {
		for _, cw := range ws {
			top = max(top, float32(math.Abs(float64(cw.weight))))
		}
	}
	scale := max(top, 1e-9) / 127
	binary.Write(&buf, binary.LittleEndian, scale)
	putString := func(s string) {
		buf.Write(binary.AppendUvarint(nil, uint64(len(s))))
		buf.WriteString(s)
	}
	buf.Write(binary.AppendUvarint(nil, uint64(len(m.classes))))
	for _, c := range m.classes {
		putString(c)
	}
	keys := sortedKeys(m.weights)
	buf.Write(binary.AppendUvarint(nil, uint64(len(keys))))
	total := 0
	for _, ws := range m.weights {
		total += len(ws)
	}
	buf.Write(binary.AppendUvarint(nil, uint64(total)))
	for _, f := range keys {
		putString(f)
		ws := m.weights[f]
		buf.Write(binary.AppendUvarint(nil, uint64(len(ws))))
		for _, cw := range ws {
			buf.Write(binary.AppendUvarint(nil, uint64(cw.class)))
			buf.WriteByte(byte(int8(math.Round(float64(cw.weight / scale)))))
		}
	}
	return buf.Bytes()
}
