import sys

from swdesk.entry import main

sys.exit(main())
