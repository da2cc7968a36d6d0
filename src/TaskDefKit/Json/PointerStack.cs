using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TaskDefKit.Validation;

namespace TaskDefKit.Json
{
    /// <summary>The JSON pointer of the value being read, kept as segments; turned into a string only when reported.</summary>
    internal sealed class PointerStack
    {
        private readonly List<string?> _names = new List<string?>(16);
        private readonly List<int> _indexes = new List<int>(16);
        private readonly string _prefix;

        public PointerStack(string prefix)
        {
            _prefix = prefix;
        }

        public int Depth => _names.Count;

        public void PushName(string name)
        {
            _names.Add(name);
            _indexes.Add(-1);
        }

        public void PushIndex(int index)
        {
            _names.Add(null);
            _indexes.Add(index);
        }

        public void Pop()
        {
            _names.RemoveAt(_names.Count - 1);
            _indexes.RemoveAt(_indexes.Count - 1);
        }

        /// <summary>The last member name on the stack, for messages.</summary>
        public string? LastName
        {
            get
            {
                for (int i = _names.Count - 1; i >= 0; i--)
                {
                    if (_names[i] != null)
                    {
                        return _names[i];
                    }
                }

                return null;
            }
        }

        public override string ToString()
        {
            string pointer = _prefix;
            for (int i = 0; i < _names.Count; i++)
            {
                string? name = _names[i];
                pointer = name != null
                    ? JsonPointer.Member(pointer, name)
                    : pointer + "/" + _indexes[i].ToString(CultureInfo.InvariantCulture);
            }

            return pointer;
        }
    }
}
