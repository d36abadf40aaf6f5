from medbetjening.cli import main

raise SystemExit(main())
